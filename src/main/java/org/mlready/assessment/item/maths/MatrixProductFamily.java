package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Product of two small integer matrices with compatible shapes (2x3 by 3x2, 3x2 by 2x3, 2x2 by 2x2, 2x3 by 3x3). */
final class MatrixProductFamily extends GeneratedFamily {

    private static final int[][] SHAPES = {{2, 3, 2}, {3, 2, 3}, {2, 2, 2}, {2, 3, 3}};

    record Params(int[][] a, int[][] b) {
    }

    MatrixProductFamily() {
        super("matrix-product", "matrix-operations", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        int[] shape = SHAPES[random.nextInt(SHAPES.length)];
        return new Params(randomMatrix(random, shape[0], shape[1]), randomMatrix(random, shape[1], shape[2]));
    }

    private static int[][] randomMatrix(Random random, int rows, int columns) {
        int[][] m = new int[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = Draws.ints(random, columns, -4, 4);
        }
        return m;
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        int[][] a = p.a();
        int[][] b = p.b();
        int rows = a.length;
        int inner = b.length;
        int columns = b[0].length;
        double[][] c = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                for (int k = 0; k < inner; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        StringBuilder firstEntry = new StringBuilder();
        for (int k = 0; k < inner; k++) {
            firstEntry.append(k == 0 ? "" : " + ").append(Tex.factor(a[0][k])).append("\\cdot").append(Tex.factor(b[k][0]));
        }
        return draft(seed)
                .stem("Let $$A = " + Tex.matrix(a) + ", \\qquad B = " + Tex.matrix(b) + ".$$ Compute the product $AB$.")
                .matrix(c, 1e-9)
                .solution("$A$ is $" + rows + "\\times" + inner + "$ and $B$ is $" + inner + "\\times" + columns
                        + "$, so $AB$ is $" + rows + "\\times" + columns + "$. Entry $(i, j)$ is row $i$ of $A$ dotted "
                        + "with column $j$ of $B$; for example $(AB)_{11} = " + firstEntry + " = " + Tex.num(c[0][0])
                        + "$. Doing this for every entry gives\n\n$$AB = " + Tex.matrix(c) + ".$$")
                .hints("The product of an $m\\times n$ and an $n\\times p$ matrix is $m\\times p$.",
                        "Entry $(i,j)$ of $AB$ is $\\sum_k A_{ik}B_{kj}$: row $i$ of $A$ times column $j$ of $B$.")
                .irt(1.0, rows * columns > 4 ? -0.9 : -1.2)
                .build();
    }
}
