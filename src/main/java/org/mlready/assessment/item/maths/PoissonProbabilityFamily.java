package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.mlready.assessment.item.ItemInstance;

/** Poisson P(X = k). */
final class PoissonProbabilityFamily extends GeneratedFamily {

    record Params(double lambda, int k) {
    }

    PoissonProbabilityFamily() {
        super("poisson-pmf", "distributions-bayes", 56);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(Draws.pick(random, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5), Draws.between(random, 0, 6));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double answer = new PoissonDistribution(q.lambda()).probability(q.k());
        return draft(seed)
                .stem("Events arrive at an average rate of $\\lambda = " + Tex.num(q.lambda()) + "$ per hour, modelled as "
                        + "$X \\sim \\operatorname{Poisson}(" + Tex.num(q.lambda()) + ")$. Compute $P(X = " + q.k()
                        + ")$ to 4 decimal places.")
                .number(answer, 1e-4)
                .solution("$$P(X = k) = \\frac{\\lambda^k e^{-\\lambda}}{k!} = \\frac{" + Tex.num(q.lambda()) + "^{" + q.k()
                        + "} e^{-" + Tex.num(q.lambda()) + "}}{" + q.k() + "!} = " + Tex.num(answer) + ".$$")
                .hints("The Poisson pmf is $\\frac{\\lambda^k e^{-\\lambda}}{k!}$.", "Remember $0! = 1$ and $\\lambda^0 = 1$.")
                .irt(0.9, -1.0)
                .build();
    }
}
