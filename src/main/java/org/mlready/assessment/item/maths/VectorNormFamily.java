package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Euclidean length of a 3D integer vector whose length happens to be a whole number. */
final class VectorNormFamily extends GeneratedFamily {

    record Params(int[] v) {
    }

    VectorNormFamily() {
        // 11 different quadruples times 8 sign patterns, all distinct vectors.
        super("vector-norm", "vectors-dot-cross", 88);
    }

    static Params draw(long seed) {
        return new Params(IntegerNormVectors.draw(SeededRandom.of(seed)));
    }

    @Override
    public ItemInstance generate(long seed) {
        int[] v = draw(seed).v();
        int squares = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
        int norm = IntegerNormVectors.norm(v);
        return draft(seed)
                .stem("Find the Euclidean length $\\lVert \\mathbf{v} \\rVert_2$ of $\\mathbf{v} = " + Tex.vec(v) + "$.")
                .number(norm, 1e-9)
                .solution("$$\\lVert \\mathbf{v} \\rVert_2 = \\sqrt{" + Tex.factor(v[0]) + "^2 + " + Tex.factor(v[1])
                        + "^2 + " + Tex.factor(v[2]) + "^2} = \\sqrt{" + squares + "} = " + norm + ".$$")
                .hints("The length is the square root of the sum of the squared components.",
                        "Signs do not matter once a component is squared.")
                .irt(0.9, -2.0)
                .build();
    }
}
