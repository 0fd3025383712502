package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Partial derivatives of products involving exponentials and logarithms, e.g. a x^m e^{by}. */
final class ExponentialPartialDerivativeFamily extends GeneratedFamily {

    enum Form { POWER_TIMES_EXP, EXP_OF_PRODUCT, POWER_TIMES_LOG }

    record Params(Form form, int a, int b, int m, char variable) {
    }

    ExponentialPartialDerivativeFamily() {
        super("partial-derivative-exponential", "partial-derivatives", 400);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(Form.values()[random.nextInt(3)], Draws.nonZero(random, -4, 4), Draws.nonZero(random, -3, 3),
                Draws.between(random, 2, 4), random.nextBoolean() ? 'x' : 'y');
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        int a = p.a();
        int b = p.b();
        int m = p.m();
        boolean byX = p.variable() == 'x';
        String f;
        String answer;
        String answerLatex;
        String rule;
        switch (p.form()) {
            case POWER_TIMES_EXP -> {
                f = coefficient(a) + "x^{" + m + "}e^{" + coefficient(b) + "y}";
                if (byX) {
                    answer = (a * m) + "*x^" + (m - 1) + "*exp(" + b + "*y)";
                    answerLatex = (a * m) + power("x", m - 1) + "e^{" + coefficient(b) + "y}";
                    rule = "$e^{" + coefficient(b) + "y}$ is a constant factor; differentiate $x^{" + m + "}$ with the power rule.";
                } else {
                    answer = (a * b) + "*x^" + m + "*exp(" + b + "*y)";
                    answerLatex = (a * b) + "x^{" + m + "}e^{" + coefficient(b) + "y}";
                    rule = "$x^{" + m + "}$ is a constant factor and $\\frac{d}{dy}e^{" + coefficient(b) + "y} = "
                            + b + "e^{" + coefficient(b) + "y}$ by the chain rule.";
                }
            }
            case EXP_OF_PRODUCT -> {
                f = coefficient(a) + "e^{" + coefficient(b) + "xy}";
                String other = byX ? "y" : "x";
                answer = (a * b) + "*" + other + "*exp(" + b + "*x*y)";
                answerLatex = (a * b) + other + "\\,e^{" + coefficient(b) + "xy}";
                rule = "By the chain rule the exponential is multiplied by the derivative of its exponent $"
                        + coefficient(b) + "xy$, which is $" + b + other + "$.";
            }
            default -> {
                f = coefficient(a) + "y^{" + m + "}\\ln x";
                if (byX) {
                    answer = a + "*y^" + m + "/x";
                    answerLatex = "\\frac{" + a + "y^{" + m + "}}{x}";
                    rule = "$y^{" + m + "}$ is a constant factor and $\\frac{d}{dx}\\ln x = \\frac1x$.";
                } else {
                    answer = (a * m) + "*y^" + (m - 1) + "*log(x)";
                    answerLatex = (a * m) + power("y", m - 1) + "\\ln x";
                    rule = "$\\ln x$ is a constant factor; differentiate $y^{" + m + "}$ with the power rule.";
                }
            }
        }
        return draft(seed)
                .stem("Let $f(x, y) = " + f + "$ (for $x > 0$). Find $\\dfrac{\\partial f}{\\partial " + p.variable()
                        + "}$. Write $e^u$ as `exp(u)` and $\\ln$ as `log`.")
                .expression(answer, List.of("x", "y"), 0.5, 1.5)
                .solution(rule + "\n\n$$\\frac{\\partial f}{\\partial " + p.variable() + "} = " + answerLatex + ".$$")
                .hints("Hold the other variable fixed: it behaves like a number.",
                        "$\\frac{d}{du}e^{ku} = ke^{ku}$ and $\\frac{d}{du}\\ln u = \\frac1u$.")
                .irt(1.1, p.form() == Form.EXP_OF_PRODUCT ? -0.2 : -0.6)
                .build();
    }

    /** A coefficient in front of a symbol: 1 and -1 are written as "" and "-". */
    private static String coefficient(int c) {
        return c == 1 ? "" : c == -1 ? "-" : Integer.toString(c);
    }

    private static String power(String variable, int n) {
        return n == 1 ? variable : variable + "^{" + n + "}";
    }
}
