package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Sample size per group to detect a difference between two proportions with a two-sided z test. */
final class SampleSizeTwoProportionsFamily extends GeneratedFamily {

    record Params(int baselinePercent, int differencePercent, double alpha, double power) {
        double rawSize() {
            double p1 = baselinePercent / 100.0;
            double p2 = (baselinePercent + differencePercent) / 100.0;
            double z = CriticalValues.twoSided(alpha) + CriticalValues.forPower(power);
            return z * z * (p1 * (1 - p1) + p2 * (1 - p2)) / ((p2 - p1) * (p2 - p1));
        }
    }

    SampleSizeTwoProportionsFamily() {
        super("sample-size-two-proportions", "experiment-design-power", 250);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        while (true) {
            Params q = new Params(Draws.between(random, 2, 10) * 5, Draws.pick(random, 2, 3, 4, 5, 10),
                    Draws.pick(random, 0.01, 0.05, 0.1), Draws.pick(random, 0.8, 0.9));
            double fraction = q.rawSize() - Math.floor(q.rawSize());
            if (fraction > 0.01 && fraction < 0.99) {
                return q;
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double p1 = q.baselinePercent() / 100.0;
        double p2 = (q.baselinePercent() + q.differencePercent()) / 100.0;
        double za = CriticalValues.twoSided(q.alpha());
        double zb = CriticalValues.forPower(q.power());
        double raw = q.rawSize();
        long n = (long) Math.ceil(raw);
        return draft(seed)
                .stem("A baseline conversion rate is " + q.baselinePercent() + "% and you want to detect an increase to "
                        + (q.baselinePercent() + q.differencePercent()) + "% with a two-sided two-proportion z test at $\\alpha = "
                        + Tex.num(q.alpha()) + "$ and power " + Tex.num(q.power()) + ". Using "
                        + "$$n = \\frac{(z_{1-\\alpha/2} + z_{1-\\beta})^2\\,[p_1(1-p_1) + p_2(1-p_2)]}{(p_2 - p_1)^2}$$ "
                        + "with $z_{1-\\alpha/2} = " + Tex.num(za) + "$ and $z_{1-\\beta} = " + Tex.num(zb)
                        + "$, how many users are needed per group? Round up to a whole number.")
                .number(n, 0.5)
                .solution("$$n = \\frac{(" + Tex.num(za) + " + " + Tex.num(zb) + ")^2\\,[" + Tex.num(p1) + "\\cdot" + Tex.num(1 - p1) + " + "
                        + Tex.num(p2) + "\\cdot" + Tex.num(1 - p2) + "]}{" + Tex.num(p2 - p1) + "^2} = " + Tex.num(raw, 2)
                        + ",$$ which rounds up to $" + n + "$ per group. Rounding up guarantees at least the requested power.")
                .hints("Plug the numbers into the formula; $p_1$ and $p_2$ are the two rates as decimals.",
                        "Small differences need large samples: $n$ grows like $1/(p_2 - p_1)^2$.")
                .irt(1.0, 0.3)
                .build();
    }
}
