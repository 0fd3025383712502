package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Gradient of a polynomial in x and y at an integer point. */
final class GradientAtPointFamily extends GeneratedFamily {

    record Params(Polynomial2 f, int x, int y) {
    }

    GradientAtPointFamily() {
        super("gradient-at-point", "partial-derivatives", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        Polynomial2 f;
        do {
            f = Polynomial2.random(random, 3, 3, 5);
        } while (!f.dependsOn('x') || !f.dependsOn('y'));
        int x;
        int y;
        do {
            x = Draws.between(random, -2, 2);
            y = Draws.between(random, -2, 2);
        } while (x == 0 && y == 0);
        return new Params(f, x, y);
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        Polynomial2 fx = p.f().derivative('x');
        Polynomial2 fy = p.f().derivative('y');
        double gx = fx.valueAt(p.x(), p.y());
        double gy = fy.valueAt(p.x(), p.y());
        return draft(seed)
                .stem("Let $f(x, y) = " + p.f().latex() + "$. Compute the gradient $\\nabla f$ at the point $"
                        + Tex.vec(p.x(), p.y()) + "$.")
                .vector(new double[] {gx, gy}, 1e-9)
                .solution("The gradient collects the partial derivatives:\n\n$$\\frac{\\partial f}{\\partial x} = "
                        + fx.latex() + ", \\qquad \\frac{\\partial f}{\\partial y} = " + fy.latex() + ".$$\n\n"
                        + "At $(x, y) = " + Tex.vec(p.x(), p.y()) + "$ these are $" + Tex.num(gx) + "$ and $"
                        + Tex.num(gy) + "$, so $\\nabla f = " + Tex.vec(gx, gy) + "$.")
                .hints("$\\nabla f = \\left(\\frac{\\partial f}{\\partial x}, \\frac{\\partial f}{\\partial y}\\right)$.",
                        "Differentiate first, then substitute the point.")
                .irt(1.0, -0.7)
                .build();
    }
}
