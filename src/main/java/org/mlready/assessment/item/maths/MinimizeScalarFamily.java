package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** What scipy.optimize.minimize_scalar reports for a one-dimensional convex quadratic: res.x or res.fun. */
final class MinimizeScalarFamily extends GeneratedFamily {

    record Params(int a, int b, int c, boolean askValue) {
    }

    MinimizeScalarFamily() {
        super("minimize-scalar-quadratic", "scipy-optimisation", 2_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(Draws.pick(random, 1, 2, 4, 5), Draws.nonZero(random, -10, 10), Draws.between(random, -9, 9),
                random.nextBoolean());
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        double xStar = -p.b() / (2.0 * p.a());
        double fStar = p.c() - p.b() * p.b() / (4.0 * p.a());
        String attribute = p.askValue() ? "res.fun" : "res.x";
        return draft(seed)
                .stem("What does the following print (to 4 decimal places)?\n\n```python\nfrom scipy.optimize import minimize_scalar\n"
                        + "res = minimize_scalar(lambda x: " + p.a() + "*x**2 + (" + p.b() + ")*x + (" + p.c() + "))\n"
                        + "print(" + attribute + ")\n```")
                .number(p.askValue() ? fStar : xStar, 1e-4)
                .solution("`minimize_scalar` (Brent's method) finds the minimiser of this convex parabola to high precision. "
                        + "Setting $f'(x) = " + (2 * p.a()) + "x " + Tex.signed(p.b()) + " = 0$ gives $x^* = "
                        + Tex.num(xStar) + "$" + (p.askValue()
                        ? ", and the minimum value is $f(x^*) = c - \\frac{b^2}{4a} = " + p.c() + " - \\frac{" + (p.b() * p.b())
                                + "}{" + (4 * p.a()) + "} = " + Tex.num(fStar) + "$, which is `res.fun`."
                        : ", which is `res.x`."))
                .hints("`res.x` is the minimiser and `res.fun` the function value there.",
                        "For $ax^2 + bx + c$ with $a > 0$ the minimiser is $x^* = -\\frac{b}{2a}$.")
                .irt(0.9, -1.0)
                .build();
    }
}
