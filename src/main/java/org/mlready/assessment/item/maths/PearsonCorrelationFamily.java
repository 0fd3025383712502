package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Pearson correlation r, or the coefficient of determination R^2 of the least-squares line, of a small data set. */
final class PearsonCorrelationFamily extends GeneratedFamily {

    record Params(PairedData data, boolean askRSquared) {
    }

    PearsonCorrelationFamily() {
        super("pearson-correlation", "correlation-significance", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(PairedData.draw(random), random.nextBoolean());
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        PairedData d = q.data();
        double r = d.correlation();
        String working = "$\\bar{x} = " + Tex.num(d.meanX()) + "$, $\\bar{y} = " + Tex.num(d.meanY()) + "$, $S_{xx} = "
                + Tex.num(d.sxx()) + "$, $S_{yy} = " + Tex.num(d.syy()) + "$, $S_{xy} = " + Tex.num(d.sxy()) + "$, so\n\n"
                + "$$r = \\frac{S_{xy}}{\\sqrt{S_{xx}S_{yy}}} = \\frac{" + Tex.num(d.sxy()) + "}{\\sqrt{" + Tex.num(d.sxx()) + "\\cdot"
                + Tex.num(d.syy()) + "}} = " + Tex.num(r) + ".$$";
        var draft = draft(seed)
                .stem("For the paired data below, "
                        + (q.askRSquared() ? "what fraction of the variance of $y$ is explained by the least-squares line of $y$ on $x$ "
                                + "(the coefficient of determination $R^2$)?" : "compute the Pearson correlation coefficient $r$.")
                        + " Give 3 decimal places.\n\n" + d.table());
        if (q.askRSquared()) {
            draft.number(r * r, 1e-3).solution(working + "\n\nFor simple linear regression $R^2 = r^2 = " + Tex.num(r * r) + "$.").irt(1.1, 0.2);
        } else {
            draft.number(r, 1e-3).solution(working).irt(1.0, -0.2);
        }
        return draft.hints("Centre both variables on their means.",
                        "$r = \\frac{\\sum (x_i - \\bar x)(y_i - \\bar y)}{\\sqrt{\\sum (x_i - \\bar x)^2 \\sum (y_i - \\bar y)^2}}$; for one predictor, $R^2 = r^2$.")
                .build();
    }
}
