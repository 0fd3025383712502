package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Sample size per group to detect a difference in means with a two-sided two-sample z test. */
final class SampleSizeTwoMeansFamily extends GeneratedFamily {

    record Params(int sigma, int difference, double alpha, double power) {
        double rawSize() {
            double z = CriticalValues.twoSided(alpha) + CriticalValues.forPower(power);
            return 2 * z * z * sigma * sigma / ((double) difference * difference);
        }
    }

    SampleSizeTwoMeansFamily() {
        super("sample-size-two-means", "experiment-design-power", 500);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        while (true) {
            Params q = new Params(Draws.between(random, 2, 20), Draws.between(random, 1, 10), Draws.pick(random, 0.01, 0.05, 0.1),
                    Draws.pick(random, 0.8, 0.9));
            double fraction = q.rawSize() - Math.floor(q.rawSize());
            if (fraction > 0.01 && fraction < 0.99 && q.rawSize() > 2) {
                return q;
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double za = CriticalValues.twoSided(q.alpha());
        double zb = CriticalValues.forPower(q.power());
        double raw = q.rawSize();
        long n = (long) Math.ceil(raw);
        return draft(seed)
                .stem("An outcome has standard deviation $\\sigma = " + q.sigma() + "$ in both groups. You want to detect a difference "
                        + "in means of $\\delta = " + q.difference() + "$ with a two-sided test at $\\alpha = " + Tex.num(q.alpha())
                        + "$ and power " + Tex.num(q.power()) + ". Using $$n = \\frac{2(z_{1-\\alpha/2} + z_{1-\\beta})^2\\sigma^2}{\\delta^2}$$ "
                        + "with $z_{1-\\alpha/2} = " + Tex.num(za) + "$ and $z_{1-\\beta} = " + Tex.num(zb)
                        + "$, how many subjects are needed per group? Round up to a whole number.")
                .number(n, 0.5)
                .solution("$$n = \\frac{2(" + Tex.num(za) + " + " + Tex.num(zb) + ")^2\\cdot " + q.sigma() + "^2}{" + q.difference()
                        + "^2} = " + Tex.num(raw, 2) + ",$$ which rounds up to $" + n + "$ per group.")
                .hints("Substitute into the formula carefully: $\\sigma$ and $\\delta$ are squared.",
                        "Halving $\\delta$ quadruples the required sample size.")
                .irt(0.9, 0.0)
                .build();
    }
}
