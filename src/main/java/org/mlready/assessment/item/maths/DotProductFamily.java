package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Dot product of two small integer vectors in 3 or 4 dimensions. */
final class DotProductFamily extends GeneratedFamily {

    record Params(int[] u, int[] v) {
    }

    DotProductFamily() {
        super("dot-product", "vectors-dot-cross", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        int dimension = Draws.between(random, 3, 4);
        return new Params(Draws.ints(random, dimension, -6, 6), Draws.ints(random, dimension, -6, 6));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        StringBuilder products = new StringBuilder();
        int dot = 0;
        for (int i = 0; i < p.u().length; i++) {
            dot += p.u()[i] * p.v()[i];
            products.append(i == 0 ? "" : " + ").append(Tex.factor(p.u()[i])).append("\\cdot").append(Tex.factor(p.v()[i]));
        }
        return draft(seed)
                .stem("Let $\\mathbf{u} = " + Tex.vec(p.u()) + "$ and $\\mathbf{v} = " + Tex.vec(p.v()) + "$. "
                        + "Compute the dot product $\\mathbf{u} \\cdot \\mathbf{v}$.")
                .number(dot, 1e-9)
                .solution("Multiply matching components and add them up:\n\n$$\\mathbf{u}\\cdot\\mathbf{v} = "
                        + products + " = " + dot + ".$$")
                .hints("The dot product is a single number, not a vector.",
                        "Multiply the first components together, then the second, and so on, and sum the products.")
                .irt(1.0, p.u().length == 3 ? -1.8 : -1.6)
                .build();
    }
}
