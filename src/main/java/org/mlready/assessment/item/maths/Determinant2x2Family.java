package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Determinant of a 2x2 integer matrix. */
final class Determinant2x2Family extends GeneratedFamily {

    record Params(int[][] a) {
    }

    Determinant2x2Family() {
        super("determinant-2x2", "matrix-operations", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(new int[][] {Draws.ints(random, 2, -9, 9), Draws.ints(random, 2, -9, 9)});
    }

    @Override
    public ItemInstance generate(long seed) {
        int[][] a = draw(seed).a();
        int det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        return draft(seed)
                .stem("Compute $\\det A$ for $$A = " + Tex.matrix(a) + ".$$")
                .number(det, 1e-9)
                .solution("For a $2\\times 2$ matrix $\\det\\begin{pmatrix} a & b \\\\ c & d\\end{pmatrix} = ad - bc$:\n\n"
                        + "$$\\det A = " + Tex.factor(a[0][0]) + "\\cdot" + Tex.factor(a[1][1]) + " - "
                        + Tex.factor(a[0][1]) + "\\cdot" + Tex.factor(a[1][0]) + " = " + det + ".$$")
                .hints("Main diagonal product minus the off-diagonal product.")
                .irt(0.9, -1.8)
                .build();
    }
}
