package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Cosine of the angle between two 3D vectors with whole-number lengths. */
final class VectorAngleFamily extends GeneratedFamily {

    record Params(int[] u, int[] v) {
    }

    VectorAngleFamily() {
        super("vector-angle-cosine", "vectors-dot-cross", 5_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(IntegerNormVectors.draw(random), IntegerNormVectors.draw(random));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        int[] u = p.u();
        int[] v = p.v();
        int dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
        int nu = IntegerNormVectors.norm(u);
        int nv = IntegerNormVectors.norm(v);
        double cosine = (double) dot / (nu * nv);
        return draft(seed)
                .stem("Let $\\mathbf{u} = " + Tex.vec(u) + "$ and $\\mathbf{v} = " + Tex.vec(v) + "$. "
                        + "Find $\\cos\\theta$, where $\\theta$ is the angle between them. Give 4 decimal places.")
                .number(cosine, 1e-4)
                .solution("$$\\cos\\theta = \\frac{\\mathbf{u}\\cdot\\mathbf{v}}{\\lVert\\mathbf{u}\\rVert\\,\\lVert\\mathbf{v}\\rVert}"
                        + " = \\frac{" + dot + "}{" + nu + "\\cdot " + nv + "} = " + Tex.num(cosine) + ".$$\n\n"
                        + "Here $\\lVert\\mathbf{u}\\rVert = " + nu + "$ and $\\lVert\\mathbf{v}\\rVert = " + nv
                        + "$ (both lengths are whole numbers).")
                .hints("Use $\\mathbf{u}\\cdot\\mathbf{v} = \\lVert\\mathbf{u}\\rVert\\,\\lVert\\mathbf{v}\\rVert\\cos\\theta$.",
                        "Both lengths are whole numbers: compute $\\sqrt{u_1^2+u_2^2+u_3^2}$ and the same for $\\mathbf{v}$.")
                .irt(1.1, -0.8)
                .build();
    }
}
