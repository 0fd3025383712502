package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** The upper factor U of A = LU with L unit lower triangular, for a 2x2 matrix built from integer factors. */
final class LuDecomposition2x2Family extends GeneratedFamily {

    record Params(int multiplier, int u11, int u12, int u22) {
        int[][] a() {
            return new int[][] {{u11, u12}, {multiplier * u11, multiplier * u12 + u22}};
        }
    }

    LuDecomposition2x2Family() {
        super("lu-decomposition-2x2", "matrix-operations", 2_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(Draws.nonZero(random, -3, 3), Draws.nonZero(random, -5, 5), Draws.between(random, -5, 5),
                Draws.nonZero(random, -5, 5));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        int[][] a = p.a();
        int[][] u = {{p.u11(), p.u12()}, {0, p.u22()}};
        int[][] l = {{1, 0}, {p.multiplier(), 1}};
        return draft(seed)
                .stem("Write $$A = " + Tex.matrix(a) + "$$ as $A = LU$ with $L$ lower triangular with ones on its "
                        + "diagonal and $U$ upper triangular (Doolittle form). Give $U$.")
                .matrix(new double[][] {{p.u11(), p.u12()}, {0, p.u22()}}, 1e-9)
                .solution("Gaussian elimination: the multiplier for row 2 is $\\ell_{21} = a_{21}/a_{11} = "
                        + a[1][0] + "/" + Tex.factor(a[0][0]) + " = " + p.multiplier() + "$. "
                        + "Row 2 minus $" + Tex.factor(p.multiplier()) + "\\times$ row 1 gives $(0,\\ "
                        + a[1][1] + " - " + Tex.factor(p.multiplier()) + "\\cdot" + Tex.factor(a[0][1]) + ") = (0,\\ " + p.u22() + ")$. So\n\n"
                        + "$$L = " + Tex.matrix(l) + ", \\qquad U = " + Tex.matrix(u) + ",$$ and multiplying back gives $A$.")
                .hints("$U$ is what Gaussian elimination leaves; its first row is the first row of $A$.",
                        "The multiplier is $a_{21}/a_{11}$; subtract that many copies of row 1 from row 2.")
                .irt(1.0, 0.2)
                .build();
    }
}
