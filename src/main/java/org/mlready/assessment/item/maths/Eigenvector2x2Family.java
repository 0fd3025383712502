package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** The eigenvector with first component 1 for one given eigenvalue of a constructed 2x2 matrix. */
final class Eigenvector2x2Family extends GeneratedFamily {

    record Params(Diagonalisable2x2 matrix, boolean first) {
        int eigenvalue() {
            return first ? matrix.lambda1() : matrix.lambda2();
        }
    }

    Eigenvector2x2Family() {
        super("eigenvector-2x2", "eigen-diagonalisation", 1_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(Diagonalisable2x2.draw(random, -4, 5, 15), random.nextBoolean());
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        int[][] a = p.matrix().a();
        int lambda = p.eigenvalue();
        int column = p.first() ? 0 : 1;
        double second = (double) p.matrix().p()[1][column] / p.matrix().p()[0][column];
        String working;
        if (a[0][1] != 0) {
            working = "The first row of $(A - \\lambda I)\\mathbf{v} = \\mathbf{0}$ with $\\mathbf{v} = (1, y)$ reads $"
                    + (a[0][0] - lambda) + " " + Tex.signed(a[0][1]) + "\\,y = 0$, so $y = " + Tex.num(second) + "$.";
        } else {
            working = "The first row of $A - \\lambda I$ is zero, so use the second row with $\\mathbf{v} = (1, y)$: $"
                    + a[1][0] + " " + Tex.signed(a[1][1] - lambda) + "\\,y = 0$, so $y = " + Tex.num(second) + "$.";
        }
        return draft(seed)
                .stem("$\\lambda = " + lambda + "$ is an eigenvalue of $$A = " + Tex.matrix(a) + ".$$ "
                        + "Find the eigenvector for $\\lambda = " + lambda + "$ scaled so that its first component is 1, "
                        + "written as $(1, y)$.")
                .vector(new double[] {1, second}, 1e-6)
                .solution("$$A - " + Tex.factor(lambda) + "I = "
                        + Tex.matrix(new int[][] {{a[0][0] - lambda, a[0][1]}, {a[1][0], a[1][1] - lambda}})
                        + "$$ is singular, so its two rows give the same condition. " + working
                        + " The eigenvector is $" + Tex.vec(1, second) + "$; check that $A\\mathbf{v} = " + lambda
                        + "\\mathbf{v}$.")
                .hints("An eigenvector solves $(A - \\lambda I)\\mathbf{v} = \\mathbf{0}$.",
                        "Put $\\mathbf{v} = (1, y)$ and solve one row of the system for $y$.")
                .irt(1.1, 0.3)
                .build();
    }
}
