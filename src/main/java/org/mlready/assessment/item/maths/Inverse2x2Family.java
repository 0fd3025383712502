package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Inverse of a 2x2 integer matrix whose determinant is +-1 or +-2, so the inverse has whole or half entries. */
final class Inverse2x2Family extends GeneratedFamily {

    record Params(int[][] a) {
    }

    Inverse2x2Family() {
        super("inverse-2x2", "matrix-operations", 500);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        while (true) {
            int[][] a = {Draws.ints(random, 2, -6, 6), Draws.ints(random, 2, -6, 6)};
            int det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
            boolean offDiagonal = a[0][1] != 0 || a[1][0] != 0;
            if ((Math.abs(det) == 1 || Math.abs(det) == 2) && offDiagonal) {
                return new Params(a);
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        int[][] a = draw(seed).a();
        int det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        int[][] adjugate = {{a[1][1], -a[0][1]}, {-a[1][0], a[0][0]}};
        double[][] inverse = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                inverse[i][j] = (double) adjugate[i][j] / det + 0.0;
            }
        }
        return draft(seed)
                .stem("Find the inverse $A^{-1}$ of $$A = " + Tex.matrix(a) + ".$$ Decimals such as 0.5 are fine.")
                .matrix(inverse, 1e-9)
                .solution("$\\det A = " + Tex.factor(a[0][0]) + "\\cdot" + Tex.factor(a[1][1]) + " - "
                        + Tex.factor(a[0][1]) + "\\cdot" + Tex.factor(a[1][0]) + " = " + det + "$. "
                        + "Swap the diagonal entries, negate the off-diagonal ones and divide by the determinant:\n\n"
                        + "$$A^{-1} = \\frac{1}{" + det + "}" + Tex.matrix(adjugate) + " = " + Tex.matrix(inverse) + ".$$\n\n"
                        + "Check: $AA^{-1} = I$.")
                .hints("$\\begin{pmatrix} a & b \\\\ c & d\\end{pmatrix}^{-1} = \\frac{1}{ad-bc}\\begin{pmatrix} d & -b \\\\ -c & a\\end{pmatrix}$.",
                        "Start with the determinant; it is small here.")
                .irt(1.1, -0.5)
                .build();
    }
}
