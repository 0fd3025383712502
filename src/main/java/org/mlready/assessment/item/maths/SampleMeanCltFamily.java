package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.mlready.assessment.item.ItemInstance;

/** The central limit theorem for a sample mean: its standard error, or the probability it exceeds a value. */
final class SampleMeanCltFamily extends GeneratedFamily {

    record Params(int mu, int sigma, int n, int zTenths, boolean askTail) {
        double standardError() {
            return sigma / Math.sqrt(n);
        }

        double threshold() {
            return mu + zTenths / 10.0 * standardError();
        }
    }

    SampleMeanCltFamily() {
        super("sample-mean-clt", "clt-confidence-intervals", 2_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        int n = Draws.pick(random, 25, 36, 49, 64, 100, 144);
        int root = (int) Math.round(Math.sqrt(n));
        // sigma is a multiple of sqrt(n) / 2, so the standard error is a multiple of 0.5.
        int sigma = root * Draws.between(random, 1, 5) / (root % 2 == 0 ? 2 : 1);
        return new Params(Draws.between(random, 20, 300), sigma, n, Draws.nonZero(random, -25, 25), random.nextBoolean());
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double se = q.standardError();
        double z = q.zTenths() / 10.0;
        double tail = 1 - new NormalDistribution(0, 1).cumulativeProbability(z);
        String intro = "Individual values have mean $\\mu = " + q.mu() + "$ and standard deviation $\\sigma = " + q.sigma()
                + "$ (not necessarily normal). You take a random sample of $n = " + q.n() + "$. ";
        String seWorking = "$\\operatorname{SE}(\\bar{X}) = \\sigma/\\sqrt{n} = " + q.sigma() + "/\\sqrt{" + q.n() + "} = "
                + Tex.num(se) + "$";
        var draft = draft(seed);
        if (q.askTail()) {
            draft.stem(intro + "Using the central limit theorem, find $P(\\bar{X} > " + Tex.num(q.threshold())
                            + ")$ to 3 decimal places.")
                    .number(tail, 1e-3)
                    .solution("By the CLT, $\\bar{X}$ is approximately normal with mean " + q.mu() + " and " + seWorking
                            + ". Then $z = \\frac{" + Tex.num(q.threshold()) + " - " + q.mu() + "}{" + Tex.num(se) + "} = "
                            + Tex.num(z) + "$ and $P(\\bar{X} > " + Tex.num(q.threshold()) + ") = 1 - \\Phi(" + Tex.num(z)
                            + ") = " + Tex.num(tail) + "$.")
                    .irt(1.1, 0.2);
        } else {
            draft.stem(intro + "What is the standard error of the sample mean $\\bar{X}$? Give 4 decimal places.")
                    .number(se, 1e-4)
                    .solution("The variance of a mean of $n$ independent values is $\\sigma^2/n$, so " + seWorking + ".")
                    .irt(0.9, -1.3);
        }
        return draft.hints("The standard error of a mean is $\\sigma/\\sqrt{n}$.",
                        "By the CLT, $\\bar{X} \\approx \\mathcal{N}(\\mu, \\sigma^2/n)$ for large $n$.")
                .build();
    }
}
