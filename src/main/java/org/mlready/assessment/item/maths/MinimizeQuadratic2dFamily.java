package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** res.x or res.fun of scipy.optimize.minimize on a strictly convex two-variable quadratic. */
final class MinimizeQuadratic2dFamily extends GeneratedFamily {

    record Params(Quadratic2 f, int xStar, int yStar, boolean askValue) {
    }

    MinimizeQuadratic2dFamily() {
        super("minimize-convex-quadratic-2d", "scipy-optimisation", 5_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        int x = Draws.between(random, -4, 4);
        int y = Draws.between(random, -4, 4);
        return new Params(Quadratic2.convexWithMinimiser(random, x, y), x, y, random.nextInt(3) == 0);
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        Quadratic2 f = p.f();
        double value = f.valueAt(p.xStar(), p.yStar());
        String solve = "Setting $" + f.gradientLatex() + " = (0, 0)$ and solving the two linear equations gives $(x^*, y^*) = "
                + Tex.vec(p.xStar(), p.yStar()) + "$; the function is strictly convex ($4ab - c^2 = "
                + (4 * f.a() * f.b() - f.c() * f.c()) + " > 0$), so this is the unique minimum and BFGS converges to it.";
        var draft = draft(seed)
                .stem("With $f(x, y) = " + f.latex() + "$, what does this print"
                        + (p.askValue() ? " (to 4 decimal places)" : " (rounded; give the vector)") + "?\n\n```python\n"
                        + "from scipy.optimize import minimize\n"
                        + "res = minimize(lambda v: " + f.python() + ", x0=[0.0, 0.0])\n"
                        + "print(" + (p.askValue() ? "res.fun" : "res.x.round(4)") + ")\n```");
        if (p.askValue()) {
            draft.number(value, 1e-4).solution(solve + " Then `res.fun` $= f(" + p.xStar() + ", " + p.yStar() + ") = "
                    + Tex.num(value) + "$.");
        } else {
            draft.vector(new double[] {p.xStar(), p.yStar()}, 1e-4).solution(solve);
        }
        return draft.hints("`minimize` returns the minimiser in `res.x` and the minimum value in `res.fun`.",
                        "For a smooth convex function the minimiser is where the gradient is zero.")
                .irt(1.0, p.askValue() ? 0.4 : 0.1)
                .build();
    }
}
