package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.hipparchus.distribution.continuous.TDistribution;
import org.mlready.assessment.item.ItemInstance;

/** One-sample t test with the sample standard deviation: the statistic or its two-sided p-value. */
final class OneSampleTTestFamily extends GeneratedFamily {

    record Params(int mu0, int n, double standardError, int tTenths, boolean askPValue) {
        double s() {
            return standardError * Math.sqrt(n);
        }

        double sampleMean() {
            return mu0 + tTenths / 10.0 * standardError;
        }
    }

    OneSampleTTestFamily() {
        super("one-sample-t-test", "inference-hypothesis-tests", 5_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(Draws.between(random, 10, 200), Draws.pick(random, 9, 16, 25, 36),
                Draws.pick(random, 0.5, 1, 2, 2.5), Draws.nonZero(random, -35, 35), random.nextBoolean());
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double t = q.tTenths() / 10.0;
        int df = q.n() - 1;
        double p = 2 * (1 - new TDistribution(df).cumulativeProbability(Math.abs(t)));
        String statistic = "$$t = \\frac{\\bar{x} - \\mu_0}{s/\\sqrt{n}} = \\frac{" + Tex.num(q.sampleMean()) + " - " + q.mu0()
                + "}{" + Tex.num(q.s()) + "/\\sqrt{" + q.n() + "}} = \\frac{" + Tex.num(q.sampleMean() - q.mu0()) + "}{"
                + Tex.num(q.standardError()) + "} = " + Tex.num(t) + ".$$";
        var draft = draft(seed)
                .stem("A sample of $n = " + q.n() + "$ has mean $\\bar{x} = " + Tex.num(q.sampleMean())
                        + "$ and sample standard deviation $s = " + Tex.num(q.s()) + "$. Testing $H_0: \\mu = " + q.mu0()
                        + "$ against $H_1: \\mu \\ne " + q.mu0() + "$ with a one-sample t test, "
                        + (q.askPValue() ? "what is the two-sided p-value? Give 3 decimal places."
                                : "what is the t statistic? Give 2 decimal places."));
        if (q.askPValue()) {
            draft.number(p, 1e-3).solution(statistic + "\n\nWith $n - 1 = " + df + "$ degrees of freedom the two-sided p-value is "
                    + "$2\\,P(T_{" + df + "} > " + Tex.num(Math.abs(t)) + ") = " + Tex.num(p) + "$ (e.g. `2 * scipy.stats.t.sf("
                    + Tex.num(Math.abs(t)) + ", " + df + ")`).").irt(1.1, 0.6);
        } else {
            draft.number(t, 1e-2).solution(statistic).irt(1.0, -0.5);
        }
        return draft.hints("Use the estimated standard error $s/\\sqrt{n}$.",
                        "The reference distribution is Student's t with $n - 1$ degrees of freedom.")
                .build();
    }
}
