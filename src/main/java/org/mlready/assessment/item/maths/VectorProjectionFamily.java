package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/**
 * Orthogonal projection of u onto v. u is built as t v + w with w orthogonal to v, so the projection is the
 * integer vector t v.
 */
final class VectorProjectionFamily extends GeneratedFamily {

    record Params(int[] u, int[] v) {
    }

    VectorProjectionFamily() {
        super("vector-projection", "vectors-dot-cross", 1_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        while (true) {
            int[] v = Draws.ints(random, 3, -3, 3);
            int[] e = Draws.ints(random, 3, -2, 2);
            int[] w = {v[1] * e[2] - v[2] * e[1], v[2] * e[0] - v[0] * e[2], v[0] * e[1] - v[1] * e[0]};
            int t = Draws.nonZero(random, -3, 3);
            int[] u = {t * v[0] + w[0], t * v[1] + w[1], t * v[2] + w[2]};
            boolean vIsZero = v[0] == 0 && v[1] == 0 && v[2] == 0;
            boolean wIsZero = w[0] == 0 && w[1] == 0 && w[2] == 0;
            boolean small = Math.abs(u[0]) <= 12 && Math.abs(u[1]) <= 12 && Math.abs(u[2]) <= 12;
            if (!vIsZero && !wIsZero && small) {
                return new Params(u, v);
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        int[] u = p.u();
        int[] v = p.v();
        int dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
        int vv = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
        int t = dot / vv;
        return draft(seed)
                .stem("Let $\\mathbf{u} = " + Tex.vec(u) + "$ and $\\mathbf{v} = " + Tex.vec(v) + "$. "
                        + "Find the orthogonal projection of $\\mathbf{u}$ onto $\\mathbf{v}$, "
                        + "$\\operatorname{proj}_{\\mathbf{v}}\\mathbf{u}$, as a vector.")
                .vector(new double[] {t * v[0], t * v[1], t * v[2]}, 1e-9)
                .solution("$$\\operatorname{proj}_{\\mathbf{v}}\\mathbf{u} = \\frac{\\mathbf{u}\\cdot\\mathbf{v}}"
                        + "{\\mathbf{v}\\cdot\\mathbf{v}}\\,\\mathbf{v} = \\frac{" + dot + "}{" + vv + "}\\,"
                        + Tex.vec(v) + " = " + Tex.vec(t * v[0], t * v[1], t * v[2]) + ".$$\n\n"
                        + "Check: $\\mathbf{u} - \\operatorname{proj}_{\\mathbf{v}}\\mathbf{u}$ is orthogonal to $\\mathbf{v}$.")
                .hints("The projection points along $\\mathbf{v}$: it is a multiple of $\\mathbf{v}$.",
                        "The multiple is $\\dfrac{\\mathbf{u}\\cdot\\mathbf{v}}{\\mathbf{v}\\cdot\\mathbf{v}}$.")
                .irt(1.2, -0.2)
                .build();
    }
}
