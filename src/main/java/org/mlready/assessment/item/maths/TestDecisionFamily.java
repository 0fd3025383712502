package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;

/** Reject or fail to reject H0, given a z statistic, the alternative and the significance level. */
final class TestDecisionFamily extends GeneratedFamily {

    record Params(int zHundredths, double alpha, boolean twoSided) {
        double z() {
            return zHundredths / 100.0;
        }
    }

    TestDecisionFamily() {
        super("test-decision", "inference-hypothesis-tests", 1_000);
    }

    static double pValue(Params q) {
        double upper = 1 - new NormalDistribution(0, 1).cumulativeProbability(q.twoSided() ? Math.abs(q.z()) : q.z());
        return q.twoSided() ? 2 * upper : upper;
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        while (true) {
            Params q = new Params(Draws.between(random, -300, 300), Draws.pick(random, 0.01, 0.05, 0.10), random.nextBoolean());
            if (Math.abs(pValue(q) - q.alpha()) > 0.004) {
                return q;
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double p = pValue(q);
        boolean reject = p < q.alpha();
        NormalDistribution normal = new NormalDistribution(0, 1);
        double critical = normal.inverseCumulativeProbability(1 - (q.twoSided() ? q.alpha() / 2 : q.alpha()));
        String alternative = q.twoSided() ? "\\mu \\ne \\mu_0" : "\\mu > \\mu_0";
        List<Choice> choices = List.of(
                new Choice("a", "Reject $H_0$", reject, reject ? "The p-value is below $\\alpha$." : "The p-value is not below $\\alpha$."),
                new Choice("b", "Fail to reject $H_0$", !reject, reject ? "The evidence is strong enough to reject." : "The p-value is at least $\\alpha$."));
        return draft(seed)
                .stem("A z test of $H_0: \\mu = \\mu_0$ against $H_1: " + alternative + "$ gives $z = " + Tex.num(q.z())
                        + "$. At significance level $\\alpha = " + Tex.num(q.alpha()) + "$, what is the decision?")
                .singleChoice(choices)
                .solution((q.twoSided() ? "Two-sided: p-value $= 2(1 - \\Phi(|z|))" : "One-sided (upper tail): p-value $= 1 - \\Phi(z)")
                        + " = " + Tex.num(p) + "$. Equivalently, the critical value is $" + Tex.num(critical, 3) + "$"
                        + (q.twoSided() ? " for $|z|$" : "") + ". Since $p " + (reject ? "<" : "\\ge") + " " + Tex.num(q.alpha())
                        + "$, we " + (reject ? "reject $H_0$." : "fail to reject $H_0$ (which is not the same as accepting it)."))
                .hints("Compare the p-value with $\\alpha$, or $z$ with the critical value.",
                        q.twoSided() ? "Two-sided tests split $\\alpha$ between both tails." : "A one-sided upper test only rejects for large positive $z$.")
                .irt(1.0, q.twoSided() ? -0.4 : 0.0)
                .build();
    }
}
