package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/**
 * Least squares with an intercept and two features, by the normal equations $X^T X w = X^T y$. The targets are an
 * exact linear function of the features, so the solution is exact and the residuals are zero.
 */
public final class NormalEquationsFamily extends GeneratedItemFamily {

    public NormalEquationsFamily() {
        super("normal-equations-two-features", "task-linear-regression-numpy", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = RandomDraw.between(random, 5, 6);
        int[][] design = new int[n][3];
        long[][] gram;
        do {
            for (int[] row : design) {
                row[0] = 1;
                row[1] = RandomDraw.between(random, 0, 5);
                row[2] = RandomDraw.between(random, 0, 5);
            }
            gram = gram(design);
        } while (determinant(gram) == 0);
        int[] w = {RandomDraw.between(random, -4, 6), RandomDraw.between(random, -3, 4),
                RandomDraw.between(random, -3, 4)};
        if (w[1] == 0) {
            w[1] = 2;
        }
        if (w[2] == 0) {
            w[2] = -1;
        }
        int[] y = new int[n];
        long[] xty = new long[3];
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            y[i] = w[0] + w[1] * design[i][1] + w[2] * design[i][2];
            for (int j = 0; j < 3; j++) {
                xty[j] += (long) design[i][j] * y[i];
            }
            body.add(List.of(String.valueOf(design[i][1]), String.valueOf(design[i][2]), String.valueOf(y[i])));
        }
        String stem = "Fit $\\hat y = w_0 + w_1 x_1 + w_2 x_2$ by least squares to:\n\n"
                + MarkdownTable.render(List.of("x1", "x2", "y"), body)
                + "\nWith the design matrix $X$ (a column of ones, then $x_1$, $x_2$), the solution satisfies the "
                + "normal "
                + "equations $X^\\top X\\,w = X^\\top y$, which here have exactly one solution, e.g. "
                + "`np.linalg.solve(X.T @ X, X.T @ y)`.\n\nWhat is $w$? Answer as $(w_0, w_1, w_2)$.";
        String solution = "$$X^\\top X = " + matrix(gram) + ",\\qquad X^\\top y = " + column(xty) + "$$\n\n"
                + "Solving the $3 \\times 3$ system (e.g. by elimination) gives $w = (" + w[0] + ", " + w[1] + ", "
                + w[2]
                + ")$. Check: every row satisfies $y = " + w[0] + signed(w[1]) + " x_1" + signed(w[2])
                + " x_2$ exactly, "
                + "so the residuals are all zero and no other $w$ can do better.\n\nAnswer: **(" + w[0] + ", " + w[1]
                + ", " + w[2] + ")**.";
        List<String> hints = List.of(
                "Build $X$ with a leading column of ones and form $X^\\top X$ and $X^\\top y$.",
                "Try whether one linear function fits every row exactly: then it is the least-squares solution.",
                "If two rows share the same $x_2$, the change in $y$ over the change in $x_1$ is $w_1$ (and likewise "
                        + "for $w_2$).");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.VECTOR,
                AnswerKeys.exactVector(w[0], w[1], w[2]), solution, hints, List.of(), ItemIrt.free(1.3, 1.0));
    }

    private static String signed(int coefficient) {
        return coefficient < 0 ? " - " + (-coefficient) : " + " + coefficient;
    }

    private static long[][] gram(int[][] design) {
        long[][] g = new long[3][3];
        for (int[] row : design) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    g[a][b] += (long) row[a] * row[b];
                }
            }
        }
        return g;
    }

    private static long determinant(long[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    private static String matrix(long[][] m) {
        StringBuilder out = new StringBuilder("\\begin{pmatrix}");
        for (int i = 0; i < 3; i++) {
            out.append(m[i][0]).append(" & ").append(m[i][1]).append(" & ").append(m[i][2])
                    .append(i < 2 ? " \\\\ " : "");
        }
        return out.append("\\end{pmatrix}").toString();
    }

    private static String column(long[] v) {
        return "\\begin{pmatrix}" + v[0] + " \\\\ " + v[1] + " \\\\ " + v[2] + "\\end{pmatrix}";
    }
}
