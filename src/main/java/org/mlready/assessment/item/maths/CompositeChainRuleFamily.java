package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** d/dx f(g(x)) for an outer function f (exp, sin, cos, ln or a power) and a quadratic inner function g. */
final class CompositeChainRuleFamily extends GeneratedFamily {

    enum Outer { EXP, SIN, COS, LOG, POWER }

    record Params(Outer outer, int a, int b, int c, int n) {
    }

    CompositeChainRuleFamily() {
        super("chain-rule-composite", "chain-rule-backprop", 2_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        Outer outer = Outer.values()[random.nextInt(Outer.values().length)];
        if (outer == Outer.LOG) {
            // Positive coefficients keep the inner function positive on the checking domain.
            return new Params(outer, Draws.between(random, 1, 5), Draws.between(random, 0, 5), Draws.between(random, 1, 6), 1);
        }
        return new Params(outer, Draws.nonZero(random, -4, 4), Draws.between(random, -5, 5), Draws.between(random, -6, 6),
                Draws.between(random, 2, 5));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        String innerLatex = quadraticLatex(p.a(), p.b(), p.c());
        String innerCode = ("(" + p.a() + "*x^2 + " + p.b() + "*x + " + p.c() + ")").replace("+ -", "- ");
        String innerDerivativeLatex = p.b() == 0 ? (2 * p.a()) + "x" : (2 * p.a()) + "x " + Tex.signed(p.b());
        String innerDerivativeCode = ("(" + (2 * p.a()) + "*x + " + p.b() + ")").replace("+ -", "- ");
        String f;
        String outerDerivative;
        String answer;
        switch (p.outer()) {
            case EXP -> {
                f = "e^{" + innerLatex + "}";
                outerDerivative = "e^{" + innerLatex + "}";
                answer = innerDerivativeCode + "*exp" + innerCode;
            }
            case SIN -> {
                f = "\\sin(" + innerLatex + ")";
                outerDerivative = "\\cos(" + innerLatex + ")";
                answer = innerDerivativeCode + "*cos" + innerCode;
            }
            case COS -> {
                f = "\\cos(" + innerLatex + ")";
                outerDerivative = "-\\sin(" + innerLatex + ")";
                answer = "-" + innerDerivativeCode + "*sin" + innerCode;
            }
            case LOG -> {
                f = "\\ln(" + innerLatex + ")";
                outerDerivative = "\\frac{1}{" + innerLatex + "}";
                answer = innerDerivativeCode + "/" + innerCode;
            }
            default -> {
                f = "(" + innerLatex + ")^{" + p.n() + "}";
                outerDerivative = p.n() + "(" + innerLatex + ")" + (p.n() == 2 ? "" : "^{" + (p.n() - 1) + "}");
                answer = p.n() + "*" + innerDerivativeCode + "*" + innerCode + (p.n() == 2 ? "" : "^" + (p.n() - 1));
            }
        }
        return draft(seed)
                .stem("Let $h(x) = " + f + "$. Find $h'(x)$. Write $e^u$ as `exp(u)` and $\\ln$ as `log`.")
                .expression(answer, List.of("x"), 0.5, 2)
                .solution("This is $f(g(x))$ with inner function $g(x) = " + innerLatex + "$, so $h'(x) = f'(g(x))\\,g'(x)$. "
                        + "The outer derivative evaluated at $g(x)$ is $" + outerDerivative + "$ and $g'(x) = "
                        + innerDerivativeLatex + "$, so\n\n$$h'(x) = (" + innerDerivativeLatex + ")\\," + outerDerivative + ".$$")
                .hints("Identify the inner function $g(x)$ and the outer function $f$.",
                        "Chain rule: $\\frac{d}{dx} f(g(x)) = f'(g(x))\\, g'(x)$.",
                        "Here $g'(x) = " + innerDerivativeLatex + "$.")
                .irt(1.1, p.outer() == Outer.POWER ? -0.8 : -0.4)
                .build();
    }

    private static String quadraticLatex(int a, int b, int c) {
        StringBuilder text = new StringBuilder(a == 1 ? "" : a == -1 ? "-" : Integer.toString(a)).append("x^2");
        if (b != 0) {
            text.append(b < 0 ? " - " : " + ").append(Math.abs(b) == 1 ? "" : Integer.toString(Math.abs(b))).append("x");
        }
        if (c != 0) {
            text.append(" ").append(Tex.signed(c));
        }
        return text.toString();
    }
}
