package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** A numeric backward pass through a small computational graph at a given point. */
final class BackpropGraphFamily extends GeneratedFamily {

    enum Graph {
        /** z = w x + b, L = (z - t)^2; derivative with respect to w. */
        SQUARED_ERROR_W,
        /** z = w x + b, L = (z - t)^2; derivative with respect to b. */
        SQUARED_ERROR_B,
        /** q = x + y, f = q z, g = f^2; derivative with respect to x. */
        PRODUCT_SQUARE_X,
        /** q = x + y, f = q z, g = f^2; derivative with respect to z. */
        PRODUCT_SQUARE_Z,
        /** z = w x + b, h = relu(z), L = c h; derivative with respect to w. */
        RELU_W
    }

    record Params(Graph graph, int p1, int p2, int p3, int p4) {
    }

    BackpropGraphFamily() {
        super("backprop-graph", "chain-rule-backprop", 5_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        Graph graph = Graph.values()[random.nextInt(Graph.values().length)];
        return new Params(graph, Draws.nonZero(random, -4, 4), Draws.nonZero(random, -4, 4), Draws.between(random, -4, 4),
                Draws.nonZero(random, -5, 5));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        return switch (p.graph()) {
            case SQUARED_ERROR_W, SQUARED_ERROR_B -> squaredError(seed, p);
            case PRODUCT_SQUARE_X, PRODUCT_SQUARE_Z -> productSquare(seed, p);
            case RELU_W -> relu(seed, p);
        };
    }

    private ItemInstance squaredError(long seed, Params p) {
        int w = p.p1();
        int x = p.p2();
        int b = p.p3();
        int t = p.p4();
        boolean byW = p.graph() == Graph.SQUARED_ERROR_W;
        int z = w * x + b;
        int dLdz = 2 * (z - t);
        int answer = byW ? dLdz * x : dLdz;
        String target = byW ? "w" : "b";
        return draft(seed)
                .stem("A one-weight model computes $z = wx + b$ and the loss $L = (z - t)^2$. With $w = " + w
                        + "$, $x = " + x + "$, $b = " + b + "$ and target $t = " + t + "$, compute $\\dfrac{\\partial L}{\\partial "
                        + target + "}$.")
                .number(answer, 1e-9)
                .solution("Forward pass: $z = " + Tex.factor(w) + "\\cdot" + Tex.factor(x) + Tex.signed(b) + " = " + z + "$. "
                        + "Backward pass: $\\frac{\\partial L}{\\partial z} = 2(z - t) = 2(" + z + " - " + Tex.factor(t) + ") = " + dLdz + "$, "
                        + (byW ? "and $\\frac{\\partial z}{\\partial w} = x = " + x + "$, so $\\frac{\\partial L}{\\partial w} = "
                                + dLdz + "\\cdot" + Tex.factor(x) + " = " + answer + "$."
                                : "and $\\frac{\\partial z}{\\partial b} = 1$, so $\\frac{\\partial L}{\\partial b} = " + answer + "$."))
                .hints("Run the forward pass first to get $z$.",
                        "$\\frac{\\partial L}{\\partial " + target + "} = \\frac{\\partial L}{\\partial z}\\cdot\\frac{\\partial z}{\\partial " + target + "}$.")
                .irt(1.1, byW ? -0.5 : -0.8)
                .build();
    }

    private ItemInstance productSquare(long seed, Params p) {
        int x = p.p1();
        int y = p.p2();
        int z = p.p4();
        boolean byX = p.graph() == Graph.PRODUCT_SQUARE_X;
        int q = x + y;
        int f = q * z;
        int dgdf = 2 * f;
        int answer = byX ? dgdf * z : dgdf * q;
        String target = byX ? "x" : "z";
        return draft(seed)
                .stem("A computational graph computes $q = x + y$, then $f = qz$, then $g = f^2$. At $x = " + x + "$, $y = "
                        + y + "$, $z = " + z + "$, compute $\\dfrac{\\partial g}{\\partial " + target + "}$.")
                .number(answer, 1e-9)
                .solution("Forward: $q = " + q + "$, $f = " + Tex.factor(q) + "\\cdot" + Tex.factor(z) + " = " + f
                        + "$, $g = " + (f * f) + "$. Backward: $\\frac{\\partial g}{\\partial f} = 2f = " + dgdf + "$. "
                        + (byX ? "Then $\\frac{\\partial f}{\\partial q} = z = " + z + "$ and $\\frac{\\partial q}{\\partial x} = 1$, so "
                                + "$\\frac{\\partial g}{\\partial x} = " + dgdf + "\\cdot" + Tex.factor(z) + "\\cdot 1 = " + answer + "$."
                                : "Then $\\frac{\\partial f}{\\partial z} = q = " + q + "$, so $\\frac{\\partial g}{\\partial z} = "
                                + dgdf + "\\cdot" + Tex.factor(q) + " = " + answer + "$."))
                .hints("Compute the forward values $q$, $f$ and $g$ first.",
                        "Multiply the local derivatives along the path from $g$ back to $" + target + "$.",
                        "A multiplication node passes the upstream gradient times the other input.")
                .irt(1.2, 0.0)
                .build();
    }

    private ItemInstance relu(long seed, Params p) {
        int w = p.p1();
        int x = p.p2();
        int b = p.p3();
        int c = p.p4();
        int z = w * x + b;
        boolean active = z > 0;
        int answer = active ? c * x : 0;
        return draft(seed)
                .stem("A neuron computes $z = wx + b$, $h = \\operatorname{ReLU}(z) = \\max(0, z)$ and $L = ch$. With $w = "
                        + w + "$, $x = " + x + "$, $b = " + b + "$, $c = " + c + "$, compute $\\dfrac{\\partial L}{\\partial w}$.")
                .number(answer, 1e-9)
                .solution("Forward: $z = " + Tex.factor(w) + "\\cdot" + Tex.factor(x) + Tex.signed(b) + " = " + z + "$. "
                        + (active ? "Since $z > 0$ the ReLU passes gradients through (slope 1), so $\\frac{\\partial L}{\\partial w} = c\\cdot 1\\cdot x = "
                                + Tex.factor(c) + "\\cdot" + Tex.factor(x) + " = " + answer + "$."
                                : "Since $z \\le 0$ the ReLU is flat here (slope 0), so no gradient reaches $w$: $\\frac{\\partial L}{\\partial w} = 0$."))
                .hints("Compute $z$ first: the ReLU's derivative depends on its sign.",
                        "$\\frac{\\partial L}{\\partial w} = c\\cdot\\operatorname{ReLU}'(z)\\cdot x$ with $\\operatorname{ReLU}'(z) = 1$ if $z > 0$ else $0$.")
                .irt(1.2, -0.3)
                .build();
    }
}
