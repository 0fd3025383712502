package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/**
 * Where gradient descent is after k steps on f(x) = c (x - m)^2: every step multiplies the distance to m by
 * r = 1 - 2 c eta, so x_k = m + r^k (x_0 - m). Learning rates are chosen so that r is a simple decimal.
 */
final class GradientDescentIteratesFamily extends GeneratedFamily {

    record Params(int c, int m, int x0, double learningRate, int steps) {
        double factor() {
            return 1 - 2 * c * learningRate;
        }
    }

    /** Learning rates giving r in {0.5, -0.5, 0.8, 0.2, 0.9, 0.6} for c = 1, 2, 5. */
    private static final double[][] RATES_BY_C = {
            {0.25, 0.75, 0.1, 0.4, 0.05, 0.2},
            {0.125, 0.375, 0.05, 0.2, 0.025, 0.1},
            {0.05, 0.15, 0.02, 0.08, 0.01, 0.04}};
    private static final int[] CURVATURES = {1, 2, 5};

    GradientDescentIteratesFamily() {
        super("gradient-descent-iterates", "gradient-descent", 2_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        int which = random.nextInt(CURVATURES.length);
        int m = Draws.between(random, -5, 5);
        int x0;
        do {
            x0 = Draws.between(random, -10, 10);
        } while (x0 == m);
        return new Params(CURVATURES[which], m, x0, Draws.pick(random, RATES_BY_C[which]), Draws.between(random, 2, 4));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        double r = p.factor();
        double rk = Math.pow(r, p.steps());
        double xk = Math.round((p.m() + rk * (p.x0() - p.m())) * 1e8) / 1e8;
        String f = (p.c() == 1 ? "" : Integer.toString(p.c())) + "(x " + Tex.signed(-p.m()) + ")^2";
        if (p.m() == 0) {
            f = (p.c() == 1 ? "" : Integer.toString(p.c())) + "x^2";
        }
        return draft(seed)
                .stem("Run gradient descent on $f(x) = " + f + "$ with learning rate $\\eta = " + Tex.num(p.learningRate())
                        + "$, starting from $x_0 = " + p.x0() + "$. What is $x_{" + p.steps() + "}$, the point after "
                        + p.steps() + " steps? Give 4 decimal places if needed.")
                .number(xk, 1e-4)
                .solution("$f'(x) = " + (2 * p.c()) + "(x " + Tex.signed(-p.m()) + ")$, so one step gives $x_{k+1} - "
                        + Tex.factor(p.m()) + " = (1 - " + (2 * p.c()) + "\\cdot" + Tex.num(p.learningRate()) + ")(x_k - "
                        + Tex.factor(p.m()) + ") = " + Tex.num(r) + "\\,(x_k - " + Tex.factor(p.m()) + ")$. "
                        + "The distance to the minimiser is multiplied by $" + Tex.num(r) + "$ each step, so\n\n$$x_{" + p.steps()
                        + "} = " + p.m() + " + (" + Tex.num(r) + ")^{" + p.steps() + "}\\,(" + p.x0() + " - " + Tex.factor(p.m())
                        + ") = " + Tex.num(xk) + ".$$")
                .hints("Write the update $x_{k+1} = x_k - \\eta f'(x_k)$ in terms of the distance $x_k - m$ to the minimiser $m$.",
                        "Each step multiplies that distance by the same factor $1 - 2c\\eta$.",
                        "Alternatively, just apply the update " + p.steps() + " times.")
                .irt(1.1, 0.0)
                .build();
    }
}
