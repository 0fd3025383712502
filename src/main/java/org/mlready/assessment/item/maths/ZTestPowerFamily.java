package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.mlready.assessment.item.ItemInstance;

/** Power of a one-sample two-sided z test against a given true shift, ignoring the negligible opposite tail. */
final class ZTestPowerFamily extends GeneratedFamily {

    record Params(int sigma, int shiftTenths, int n, double alpha) {
        double shift() {
            return shiftTenths / 10.0;
        }
    }

    ZTestPowerFamily() {
        super("z-test-power", "experiment-design-power", 2_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        NormalDistribution normal = new NormalDistribution(0, 1);
        while (true) {
            Params q = new Params(Draws.between(random, 2, 10), Draws.between(random, 5, 40),
                    Draws.pick(random, 16, 25, 36, 49, 64, 100), Draws.pick(random, 0.01, 0.05, 0.1));
            double critical = normal.inverseCumulativeProbability(1 - q.alpha() / 2);
            double shiftInSe = q.shift() * Math.sqrt(q.n()) / q.sigma();
            // Keep the ignored wrong-tail rejection negligible at 3 decimals and the power short of certainty.
            double wrongTail = normal.cumulativeProbability(-critical - shiftInSe);
            double power = normal.cumulativeProbability(shiftInSe - critical);
            if (wrongTail < 5e-4 && power < 0.995) {
                return q;
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        NormalDistribution normal = new NormalDistribution(0, 1);
        double critical = normal.inverseCumulativeProbability(1 - q.alpha() / 2);
        double se = q.sigma() / Math.sqrt(q.n());
        double shiftInSe = q.shift() / se;
        double power = normal.cumulativeProbability(shiftInSe - critical);
        return draft(seed)
                .stem("A two-sided one-sample z test of $H_0: \\mu = \\mu_0$ uses $n = " + q.n() + "$, known $\\sigma = " + q.sigma()
                        + "$ and $\\alpha = " + Tex.num(q.alpha()) + "$. If the true mean is $\\mu_0 + " + Tex.num(q.shift())
                        + "$, what is the power of the test? Ignore the tiny chance of rejecting in the wrong tail and give 3 decimal places.")
                .number(power, 2e-3)
                .solution("The standard error is $\\sigma/\\sqrt{n} = " + q.sigma() + "/" + (int) Math.round(Math.sqrt(q.n())) + " = "
                        + Tex.num(se) + "$, so the true shift is $" + Tex.num(q.shift()) + "/" + Tex.num(se) + " = " + Tex.num(shiftInSe)
                        + "$ standard errors. We reject when $z > z_{1-\\alpha/2} = " + Tex.num(critical, 3) + "$, and under the "
                        + "alternative $z \\sim \\mathcal{N}(" + Tex.num(shiftInSe) + ", 1)$, so\n\n$$\\text{power} = \\Phi("
                        + Tex.num(shiftInSe) + " - " + Tex.num(critical, 3) + ") = " + Tex.num(power) + ".$$")
                .hints("Under the alternative the z statistic is centred at $\\delta\\sqrt{n}/\\sigma$ instead of 0.",
                        "Power $\\approx \\Phi\\!\\left(\\frac{\\delta\\sqrt{n}}{\\sigma} - z_{1-\\alpha/2}\\right)$.")
                .irt(1.2, 0.9)
                .build();
    }
}
