package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** One gradient-descent step on a two-variable quadratic from an integer point. */
final class GradientDescentStepFamily extends GeneratedFamily {

    record Params(Quadratic2 f, int x, int y, double learningRate) {
    }

    GradientDescentStepFamily() {
        super("gradient-descent-step", "gradient-descent", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        Quadratic2 f = Quadratic2.convexWithMinimiser(random, Draws.between(random, -3, 3), Draws.between(random, -3, 3));
        return new Params(f, Draws.between(random, -3, 3), Draws.between(random, -3, 3),
                Draws.pick(random, 0.1, 0.05, 0.25, 0.5));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        double[] g = p.f().gradient(p.x(), p.y());
        double eta = p.learningRate();
        double[] next = {Math.round((p.x() - eta * g[0]) * 1e6) / 1e6, Math.round((p.y() - eta * g[1]) * 1e6) / 1e6};
        return draft(seed)
                .stem("Minimise $f(x, y) = " + p.f().latex() + "$ by gradient descent with learning rate $\\eta = "
                        + Tex.num(eta) + "$. Starting from $" + Tex.vec(p.x(), p.y()) + "$, where are you after one step?")
                .vector(next, 1e-6)
                .solution("$$" + p.f().gradientLatex() + ".$$ At $" + Tex.vec(p.x(), p.y()) + "$ the gradient is $"
                        + Tex.vec(g) + "$. The update moves against the gradient:\n\n$$\\mathbf{x}_1 = \\mathbf{x}_0 - \\eta\\nabla f(\\mathbf{x}_0) = "
                        + Tex.vec(p.x(), p.y()) + " - " + Tex.num(eta) + "\\cdot" + Tex.vec(g) + " = " + Tex.vec(next) + ".$$")
                .hints("Gradient descent updates $\\mathbf{x} \\leftarrow \\mathbf{x} - \\eta\\nabla f(\\mathbf{x})$.",
                        "Compute both partial derivatives, evaluate them at the starting point, then scale by $\\eta$.")
                .irt(1.1, -0.4)
                .build();
    }
}
