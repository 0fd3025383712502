package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Relative lift of variant B over control A from conversion counts. */
final class RelativeLiftFamily extends GeneratedFamily {

    record Params(int visitorsA, int conversionsA, int visitorsB, int conversionsB) {
    }

    RelativeLiftFamily() {
        super("relative-lift", "ab-testing-design", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        int na = Draws.between(random, 2, 20) * 100;
        int nb = Draws.between(random, 2, 20) * 100;
        int ratePercent = Draws.between(random, 3, 25);
        int ratePercentB = Math.max(1, ratePercent + Draws.nonZero(random, -3, 5));
        return new Params(na, na * ratePercent / 100, nb, nb * ratePercentB / 100);
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double pa = (double) q.conversionsA() / q.visitorsA();
        double pb = (double) q.conversionsB() / q.visitorsB();
        double lift = (pb - pa) / pa;
        return draft(seed)
                .stem("Control A converted " + q.conversionsA() + " of " + q.visitorsA() + " users; variant B converted "
                        + q.conversionsB() + " of " + q.visitorsB() + ". What is the relative lift of B over A, "
                        + "$(p_B - p_A)/p_A$? Give it as a decimal to 4 places (e.g. 0.125 for a 12.5% lift; negative if B is worse).")
                .number(lift, 1e-4)
                .solution("$p_A = " + q.conversionsA() + "/" + q.visitorsA() + " = " + Tex.num(pa) + "$ and $p_B = " + q.conversionsB()
                        + "/" + q.visitorsB() + " = " + Tex.num(pb) + "$. The lift is relative to the control:\n\n$$\\frac{" + Tex.num(pb)
                        + " - " + Tex.num(pa) + "}{" + Tex.num(pa) + "} = " + Tex.num(lift) + ".$$\n\n"
                        + "The absolute difference $p_B - p_A = " + Tex.num(pb - pa) + "$ is a different quantity.")
                .hints("Compute both conversion rates first.", "Relative lift divides the difference by the control rate.")
                .irt(0.9, -1.2)
                .build();
    }
}
