package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Cross product of two small integer vectors in 3D. */
final class CrossProductFamily extends GeneratedFamily {

    record Params(int[] u, int[] v) {
    }

    CrossProductFamily() {
        super("cross-product", "vectors-dot-cross", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(Draws.ints(random, 3, -5, 5), Draws.ints(random, 3, -5, 5));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        int[] u = p.u();
        int[] v = p.v();
        int x = u[1] * v[2] - u[2] * v[1];
        int y = u[2] * v[0] - u[0] * v[2];
        int z = u[0] * v[1] - u[1] * v[0];
        String solution = "Use $\\mathbf{u}\\times\\mathbf{v} = (u_2v_3 - u_3v_2,\\; u_3v_1 - u_1v_3,\\; u_1v_2 - u_2v_1)$:\n\n"
                + "$$\\begin{aligned}"
                + " x &= " + Tex.factor(u[1]) + "\\cdot" + Tex.factor(v[2]) + " - " + Tex.factor(u[2]) + "\\cdot" + Tex.factor(v[1]) + " = " + x + "\\\\"
                + " y &= " + Tex.factor(u[2]) + "\\cdot" + Tex.factor(v[0]) + " - " + Tex.factor(u[0]) + "\\cdot" + Tex.factor(v[2]) + " = " + y + "\\\\"
                + " z &= " + Tex.factor(u[0]) + "\\cdot" + Tex.factor(v[1]) + " - " + Tex.factor(u[1]) + "\\cdot" + Tex.factor(v[0]) + " = " + z
                + "\\end{aligned}$$\n\nso $\\mathbf{u}\\times\\mathbf{v} = " + Tex.vec(x, y, z) + "$. "
                + "A quick check: the result is orthogonal to both inputs (its dot product with each is 0).";
        return draft(seed)
                .stem("Let $\\mathbf{u} = " + Tex.vec(u) + "$ and $\\mathbf{v} = " + Tex.vec(v) + "$. "
                        + "Compute the cross product $\\mathbf{u} \\times \\mathbf{v}$ as a vector $(x, y, z)$.")
                .vector(new double[] {x, y, z}, 1e-9)
                .solution(solution)
                .hints("The cross product of two 3D vectors is another 3D vector, orthogonal to both.",
                        "Expand the determinant with rows $(\\mathbf{i}, \\mathbf{j}, \\mathbf{k})$, $\\mathbf{u}$ and $\\mathbf{v}$.",
                        "The first component is $u_2v_3 - u_3v_2$; mind the sign of the middle component.")
                .irt(1.1, -0.6)
                .build();
    }
}
