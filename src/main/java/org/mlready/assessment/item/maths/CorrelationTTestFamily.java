package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.hipparchus.distribution.continuous.TDistribution;
import org.mlready.assessment.item.ItemInstance;

/** Significance of a sample correlation: t = r sqrt(n - 2) / sqrt(1 - r^2), or its two-sided p-value. */
final class CorrelationTTestFamily extends GeneratedFamily {

    record Params(int rHundredths, int n, boolean askPValue) {
        double r() {
            return rHundredths / 100.0;
        }
    }

    CorrelationTTestFamily() {
        super("correlation-t-test", "correlation-significance", 5_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        while (true) {
            Params q = new Params(Draws.sign(random) * Draws.between(random, 10, 90), Draws.between(random, 8, 60),
                    random.nextBoolean());
            if (!q.askPValue() || pValue(q) >= 0.002) {
                return q;
            }
        }
    }

    static double pValue(Params q) {
        double r = q.r();
        int df = q.n() - 2;
        double t = r * Math.sqrt(df) / Math.sqrt(1 - r * r);
        return 2 * (1 - new TDistribution(df).cumulativeProbability(Math.abs(t)));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double r = q.r();
        int df = q.n() - 2;
        double t = r * Math.sqrt(df) / Math.sqrt(1 - r * r);
        double p = pValue(q);
        String working = "$$t = \\frac{r\\sqrt{n-2}}{\\sqrt{1-r^2}} = \\frac{" + Tex.num(r) + "\\sqrt{" + df + "}}{\\sqrt{1 - "
                + Tex.num(r * r) + "}} = " + Tex.num(t, 3) + ".$$";
        var draft = draft(seed)
                .stem("A sample of $n = " + q.n() + "$ pairs has Pearson correlation $r = " + Tex.num(r) + "$. To test $H_0: \\rho = 0$, "
                        + (q.askPValue() ? "what is the two-sided p-value? Give 3 decimal places."
                                : "what is the t statistic? Give 2 decimal places."));
        if (q.askPValue()) {
            draft.number(p, 1e-3).solution(working + "\n\nUnder $H_0$, $t$ follows Student's t with $n - 2 = " + df
                    + "$ degrees of freedom, so the two-sided p-value is $2P(T_{" + df + "} > " + Tex.num(Math.abs(t), 3) + ") = "
                    + Tex.num(p) + "$.").irt(1.2, 0.7);
        } else {
            draft.number(t, 1e-2).solution(working).irt(1.1, 0.1);
        }
        return draft.hints("The test statistic is $t = r\\sqrt{n-2}/\\sqrt{1-r^2}$.",
                        "It has $n - 2$ degrees of freedom: two parameters (slope and intercept) are estimated.")
                .build();
    }
}
