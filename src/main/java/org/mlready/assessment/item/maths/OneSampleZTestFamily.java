package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.mlready.assessment.item.ItemInstance;

/** One-sample z test with known sigma: the statistic or its two-sided p-value. */
final class OneSampleZTestFamily extends GeneratedFamily {

    record Params(int mu0, int n, double standardError, int zTenths, boolean askPValue) {
        double sigma() {
            return standardError * Math.sqrt(n);
        }

        double sampleMean() {
            return mu0 + zTenths / 10.0 * standardError;
        }
    }

    OneSampleZTestFamily() {
        super("one-sample-z-test", "inference-hypothesis-tests", 5_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(Draws.between(random, 10, 200), Draws.pick(random, 16, 25, 36, 49, 64, 100),
                Draws.pick(random, 0.5, 1, 2, 2.5), Draws.nonZero(random, -30, 30), random.nextBoolean());
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double z = q.zTenths() / 10.0;
        double p = 2 * (1 - new NormalDistribution(0, 1).cumulativeProbability(Math.abs(z)));
        String statistic = "$$z = \\frac{\\bar{x} - \\mu_0}{\\sigma/\\sqrt{n}} = \\frac{" + Tex.num(q.sampleMean()) + " - " + q.mu0()
                + "}{" + Tex.num(q.sigma()) + "/\\sqrt{" + q.n() + "}} = \\frac{" + Tex.num(q.sampleMean() - q.mu0()) + "}{"
                + Tex.num(q.standardError()) + "} = " + Tex.num(z) + ".$$";
        var draft = draft(seed)
                .stem("A population has known standard deviation $\\sigma = " + Tex.num(q.sigma()) + "$. A sample of $n = " + q.n()
                        + "$ has mean $\\bar{x} = " + Tex.num(q.sampleMean()) + "$. Testing $H_0: \\mu = " + q.mu0()
                        + "$ against $H_1: \\mu \\ne " + q.mu0() + "$, "
                        + (q.askPValue() ? "what is the two-sided p-value? Give 3 decimal places." : "what is the z statistic? Give 2 decimal places."));
        if (q.askPValue()) {
            draft.number(p, 1e-3).solution(statistic + "\n\nThe two-sided p-value is $2\\,(1 - \\Phi(|z|)) = 2\\,(1 - \\Phi("
                    + Tex.num(Math.abs(z)) + ")) = " + Tex.num(p) + "$.").irt(1.1, 0.3);
        } else {
            draft.number(z, 1e-2).solution(statistic).irt(1.0, -0.6);
        }
        return draft.hints("The standard error of the mean is $\\sigma/\\sqrt{n}$.",
                        "$z$ counts how many standard errors $\\bar{x}$ lies from $\\mu_0$; the two-sided p-value doubles one tail.")
                .build();
    }
}
