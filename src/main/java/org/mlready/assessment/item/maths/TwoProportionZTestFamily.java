package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.mlready.assessment.item.ItemInstance;

/** A/B test on conversion counts: the pooled two-proportion z statistic or its two-sided p-value. */
final class TwoProportionZTestFamily extends GeneratedFamily {

    record Params(int visitorsA, int conversionsA, int visitorsB, int conversionsB, boolean askPValue) {
    }

    TwoProportionZTestFamily() {
        super("two-proportion-z-test", "ab-testing-design", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        int na = Draws.between(random, 4, 40) * 50;
        int nb = Draws.between(random, 4, 40) * 50;
        int rate = Draws.between(random, 5, 30);
        int ca = na * rate / 100 + Draws.between(random, -10, 10);
        int cb = nb * (rate + Draws.between(random, -3, 6)) / 100 + Draws.between(random, -10, 10);
        Params q = new Params(na, Math.max(ca, 5), nb, Math.max(cb, 5), random.nextBoolean());
        return q.askPValue() && pValue(q) < 0.002 ? new Params(na, q.conversionsA(), nb, q.conversionsB(), false) : q;
    }

    static double zStatistic(Params q) {
        double pa = (double) q.conversionsA() / q.visitorsA();
        double pb = (double) q.conversionsB() / q.visitorsB();
        double pooled = (double) (q.conversionsA() + q.conversionsB()) / (q.visitorsA() + q.visitorsB());
        return (pb - pa) / Math.sqrt(pooled * (1 - pooled) * (1.0 / q.visitorsA() + 1.0 / q.visitorsB()));
    }

    static double pValue(Params q) {
        return 2 * (1 - new NormalDistribution(0, 1).cumulativeProbability(Math.abs(zStatistic(q))));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double pa = (double) q.conversionsA() / q.visitorsA();
        double pb = (double) q.conversionsB() / q.visitorsB();
        double pooled = (double) (q.conversionsA() + q.conversionsB()) / (q.visitorsA() + q.visitorsB());
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / q.visitorsA() + 1.0 / q.visitorsB()));
        double z = zStatistic(q);
        double p = pValue(q);
        var draft = draft(seed)
                .stem("In an A/B test, variant A converted " + q.conversionsA() + " of " + q.visitorsA() + " visitors and variant B "
                        + q.conversionsB() + " of " + q.visitorsB() + ". Using the pooled two-proportion z test of $H_0: p_A = p_B$, "
                        + (q.askPValue() ? "what is the two-sided p-value? Give 3 decimal places."
                                : "what is $z = (\\hat p_B - \\hat p_A)/\\operatorname{SE}$? Give 2 decimal places."));
        String working = "$\\hat p_A = " + Tex.num(pa) + "$, $\\hat p_B = " + Tex.num(pb) + "$, pooled $\\hat p = \\frac{"
                + (q.conversionsA() + q.conversionsB()) + "}{" + (q.visitorsA() + q.visitorsB()) + "} = " + Tex.num(pooled) + "$.\n\n"
                + "$$\\operatorname{SE} = \\sqrt{\\hat p(1 - \\hat p)\\left(\\frac{1}{" + q.visitorsA() + "} + \\frac{1}{" + q.visitorsB()
                + "}\\right)} = " + Tex.num(se, 5) + ", \\qquad z = \\frac{" + Tex.num(pb) + " - " + Tex.num(pa) + "}{" + Tex.num(se, 5)
                + "} = " + Tex.num(z, 3) + ".$$";
        if (q.askPValue()) {
            draft.number(p, 1e-3).solution(working + "\n\nTwo-sided p-value: $2(1 - \\Phi(|z|)) = " + Tex.num(p) + "$.").irt(1.2, 0.7);
        } else {
            draft.number(z, 1e-2).solution(working).irt(1.2, 0.4);
        }
        return draft.hints("Under $H_0$ both groups share one conversion rate: pool the counts to estimate it.",
                        "$\\operatorname{SE} = \\sqrt{\\hat p(1-\\hat p)(1/n_A + 1/n_B)}$ and $z = (\\hat p_B - \\hat p_A)/\\operatorname{SE}$.")
                .build();
    }
}
