package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** A^k from a given diagonalisation A = P D P^-1. */
final class MatrixPowerFamily extends GeneratedFamily {

    record Params(Diagonalisable2x2 matrix, int k) {
    }

    MatrixPowerFamily() {
        super("matrix-power-diagonalisation", "eigen-diagonalisation", 1_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        Diagonalisable2x2 matrix;
        do {
            matrix = Diagonalisable2x2.draw(random, -2, 3, 12);
        } while (matrix.lambda1() * matrix.lambda2() == 0);
        return new Params(matrix, Draws.between(random, 3, 5));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        Diagonalisable2x2 m = q.matrix();
        int k = q.k();
        long[][] power = m.power(k);
        double[][] answer = {{power[0][0], power[0][1]}, {power[1][0], power[1][1]}};
        int[][] d = {{m.lambda1(), 0}, {0, m.lambda2()}};
        double[][] dk = {{Math.pow(m.lambda1(), k), 0}, {0, Math.pow(m.lambda2(), k)}};
        return draft(seed)
                .stem("The matrix $A = " + Tex.matrix(m.a()) + "$ diagonalises as $A = PDP^{-1}$ with "
                        + "$$P = " + Tex.matrix(m.p()) + ", \\quad D = " + Tex.matrix(d) + ", \\quad P^{-1} = "
                        + Tex.matrix(m.pInverse()) + ".$$ Compute $A^{" + k + "}$.")
                .matrix(answer, 1e-6)
                .solution("Because $P^{-1}P = I$ cancels between neighbouring factors, $A^{" + k + "} = PD^{" + k
                        + "}P^{-1}$, and powers of a diagonal matrix are taken entry by entry:\n\n$$D^{" + k + "} = "
                        + Tex.matrix(dk) + ", \\qquad A^{" + k + "} = " + Tex.matrix(m.p()) + Tex.matrix(dk)
                        + Tex.matrix(m.pInverse()) + " = " + Tex.matrix(answer) + ".$$")
                .hints("$A^k = (PDP^{-1})(PDP^{-1})\\cdots = PD^kP^{-1}$.",
                        "$D^k$ is diagonal with the eigenvalues raised to the power $k$.",
                        "Multiply $PD^k$ first, then multiply the result by $P^{-1}$.")
                .irt(1.2, 0.6)
                .build();
    }
}
