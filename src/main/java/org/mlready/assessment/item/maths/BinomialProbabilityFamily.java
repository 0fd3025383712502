package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.mlready.assessment.item.ItemInstance;

/** Binomial P(X = k) or P(X <= k) for small n. */
final class BinomialProbabilityFamily extends GeneratedFamily {

    record Params(int n, double p, int k, boolean cumulative) {
    }

    BinomialProbabilityFamily() {
        super("binomial-probability", "distributions-bayes", 800);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        while (true) {
            int n = Draws.between(random, 4, 12);
            Params q = new Params(n, Draws.pick(random, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8),
                    Draws.between(random, 1, n - 1), random.nextBoolean());
            BinomialDistribution binomial = new BinomialDistribution(q.n(), q.p());
            double answer = q.cumulative() ? binomial.cumulativeProbability(q.k()) : binomial.probability(q.k());
            // Near 0 or 1 the question is a formality; keep answers that need real work.
            if (answer > 0.01 && answer < 0.99) {
                return q;
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        BinomialDistribution binomial = new BinomialDistribution(q.n(), q.p());
        double answer = q.cumulative() ? binomial.cumulativeProbability(q.k()) : binomial.probability(q.k());
        String pmf = "\\binom{" + q.n() + "}{j}(" + Tex.num(q.p()) + ")^j(" + Tex.num(1 - q.p()) + ")^{" + q.n() + "-j}";
        String working = q.cumulative()
                ? "$$P(X \\le " + q.k() + ") = \\sum_{j=0}^{" + q.k() + "} " + pmf + " = " + Tex.num(answer) + ".$$"
                : "$$P(X = " + q.k() + ") = \\binom{" + q.n() + "}{" + q.k() + "}(" + Tex.num(q.p()) + ")^{" + q.k() + "}("
                        + Tex.num(1 - q.p()) + ")^{" + (q.n() - q.k()) + "} = " + Tex.num(answer) + ".$$";
        return draft(seed)
                .stem("$X \\sim \\operatorname{Binomial}(n = " + q.n() + ", p = " + Tex.num(q.p()) + ")$. Compute $P(X "
                        + (q.cumulative() ? "\\le" : "=") + " " + q.k() + ")$ to 4 decimal places.")
                .number(answer, 1e-4)
                .solution("Each outcome with exactly $j$ successes has probability $p^j(1-p)^{n-j}$ and there are $\\binom{n}{j}$ of them. "
                        + (q.cumulative() ? "Add the probabilities for $j = 0, \\dots, " + q.k() + "$:\n\n" : "\n\n") + working)
                .hints("$P(X = j) = \\binom{n}{j} p^j (1-p)^{n-j}$.",
                        q.cumulative() ? "$P(X \\le k)$ is the sum of $P(X = j)$ for $j = 0, \\dots, k$." : "Compute $\\binom{n}{k}$ first.")
                .irt(1.0, q.cumulative() ? -0.2 : -0.9)
                .build();
    }
}
