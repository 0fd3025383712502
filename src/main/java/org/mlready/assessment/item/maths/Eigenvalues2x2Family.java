package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Eigenvalues of a 2x2 integer matrix constructed to have two distinct integer eigenvalues. */
final class Eigenvalues2x2Family extends GeneratedFamily {

    Eigenvalues2x2Family() {
        super("eigenvalues-2x2", "eigen-diagonalisation", 1_000);
    }

    static Diagonalisable2x2 draw(long seed) {
        return Diagonalisable2x2.draw(SeededRandom.of(seed), -5, 6, 15);
    }

    @Override
    public ItemInstance generate(long seed) {
        Diagonalisable2x2 d = draw(seed);
        int[][] a = d.a();
        int trace = a[0][0] + a[1][1];
        int det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        int low = Math.min(d.lambda1(), d.lambda2());
        int high = Math.max(d.lambda1(), d.lambda2());
        return draft(seed)
                .stem("Find the eigenvalues of $$A = " + Tex.matrix(a) + ".$$ Give them in increasing order.")
                .vector(new double[] {low, high}, 1e-6)
                .solution("The characteristic polynomial of a $2\\times2$ matrix is $\\lambda^2 - (\\operatorname{tr}A)\\lambda + \\det A$. "
                        + "Here $\\operatorname{tr}A = " + trace + "$ and $\\det A = " + det + "$, so\n\n"
                        + "$$\\lambda^2 " + Tex.signed(-trace) + "\\lambda " + Tex.signed(det) + " = (\\lambda "
                        + Tex.signed(-low) + ")(\\lambda " + Tex.signed(-high) + ") = 0,$$\n\n"
                        + "giving $\\lambda = " + low + "$ and $\\lambda = " + high + "$. "
                        + "Check: they add up to the trace and multiply to the determinant.")
                .hints("Solve $\\det(A - \\lambda I) = 0$.",
                        "For a $2\\times2$ matrix this is $\\lambda^2 - (\\operatorname{tr}A)\\lambda + \\det A = 0$.",
                        "Look for two integers whose sum is the trace and whose product is the determinant.")
                .irt(1.1, -0.2)
                .build();
    }
}
