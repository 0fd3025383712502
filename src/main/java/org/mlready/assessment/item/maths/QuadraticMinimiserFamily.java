package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** The point where gradient descent ends up on a convex two-variable quadratic: its unique minimiser. */
final class QuadraticMinimiserFamily extends GeneratedFamily {

    record Params(Quadratic2 f) {
    }

    QuadraticMinimiserFamily() {
        super("quadratic-minimiser", "gradient-descent", 5_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(Quadratic2.convexWithMinimiser(random, Draws.between(random, -4, 4), Draws.between(random, -4, 4)));
    }

    @Override
    public ItemInstance generate(long seed) {
        Quadratic2 f = draw(seed).f();
        int det = 4 * f.a() * f.b() - f.c() * f.c();
        double x = (double) (-2 * f.b() * f.d() + f.c() * f.e()) / det;
        double y = (double) (-2 * f.a() * f.e() + f.c() * f.d()) / det;
        return draft(seed)
                .stem("Gradient descent with a small enough learning rate converges to the minimiser of the convex function "
                        + "$f(x, y) = " + f.latex() + "$. Find that minimiser $(x^*, y^*)$.")
                .vector(new double[] {x + 0.0, y + 0.0}, 1e-6)
                .solution("At the minimiser the gradient vanishes: $" + f.gradientLatex().replace("\\nabla f = ", "")
                        + " = (0, 0)$, i.e.\n\n$$\\begin{aligned} " + (2 * f.a()) + "x " + Tex.signed(f.c()) + "y &= " + (-f.d())
                        + " \\\\ " + f.c() + "x " + Tex.signed(2 * f.b()) + "y &= " + (-f.e()) + "\\end{aligned}$$\n\n"
                        + "Solving the linear system gives $(x^*, y^*) = " + Tex.vec(x, y) + "$. The Hessian "
                        + "$\\begin{pmatrix} " + (2 * f.a()) + " & " + f.c() + " \\\\ " + f.c() + " & " + (2 * f.b())
                        + " \\end{pmatrix}$ has positive determinant " + det + " and positive diagonal, so this is a minimum.")
                .hints("Set both partial derivatives to zero.",
                        "You get two linear equations in $x$ and $y$; solve them by elimination or Cramer's rule.")
                .irt(1.0, 0.1)
                .build();
    }
}
