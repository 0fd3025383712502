package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Determinant of a 3x3 integer matrix by cofactor expansion. */
final class Determinant3x3Family extends GeneratedFamily {

    record Params(int[][] a) {
    }

    Determinant3x3Family() {
        super("determinant-3x3", "matrix-operations", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(new int[][] {Draws.ints(random, 3, -4, 4), Draws.ints(random, 3, -4, 4),
                Draws.ints(random, 3, -4, 4)});
    }

    @Override
    public ItemInstance generate(long seed) {
        int[][] a = draw(seed).a();
        int m0 = a[1][1] * a[2][2] - a[1][2] * a[2][1];
        int m1 = a[1][0] * a[2][2] - a[1][2] * a[2][0];
        int m2 = a[1][0] * a[2][1] - a[1][1] * a[2][0];
        int det = a[0][0] * m0 - a[0][1] * m1 + a[0][2] * m2;
        return draft(seed)
                .stem("Compute $\\det A$ for $$A = " + Tex.matrix(a) + ".$$")
                .number(det, 1e-9)
                .solution("Expand along the first row, alternating signs $+,-,+$ and using the $2\\times 2$ minors:\n\n"
                        + "$$\\det A = " + Tex.factor(a[0][0]) + "\\cdot(" + m0 + ") - " + Tex.factor(a[0][1])
                        + "\\cdot(" + m1 + ") + " + Tex.factor(a[0][2]) + "\\cdot(" + m2 + ") = " + det + ".$$\n\n"
                        + "Each minor is the determinant of the $2\\times 2$ matrix left after deleting row 1 and that entry's column.")
                .hints("Use cofactor expansion along a row or column (the first row works).",
                        "The signs of the cofactors along the first row are $+, -, +$.",
                        "The first minor is $a_{22}a_{33} - a_{23}a_{32}$.")
                .irt(1.1, -0.3)
                .build();
    }
}
