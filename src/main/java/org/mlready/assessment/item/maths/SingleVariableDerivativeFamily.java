package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Derivative of a x^n + b g(kx) with g one of sin, cos, exp, or of a x^n + b ln x. */
final class SingleVariableDerivativeFamily extends GeneratedFamily {

    enum Function { SIN, COS, EXP, LOG }

    record Params(int a, int n, int b, Function g, int k) {
    }

    SingleVariableDerivativeFamily() {
        super("single-variable-derivative", "partial-derivatives", 2_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(Draws.nonZero(random, -5, 5), Draws.between(random, 2, 5), Draws.nonZero(random, -4, 4),
                Function.values()[random.nextInt(4)], Draws.between(random, 1, 3));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        int a = p.a();
        int n = p.n();
        int b = p.b();
        int k = p.k();
        String kx = k == 1 ? "x" : k + "x";
        String kxCode = k + "*x";
        String gLatex;
        String answer;
        String answerLatex;
        switch (p.g()) {
            case SIN -> {
                gLatex = "\\sin(" + kx + ")";
                answer = (b * k) + "*cos(" + kxCode + ")";
                answerLatex = termLatex(b * k) + "\\cos(" + kx + ")";
            }
            case COS -> {
                gLatex = "\\cos(" + kx + ")";
                answer = (-b * k) + "*sin(" + kxCode + ")";
                answerLatex = termLatex(-b * k) + "\\sin(" + kx + ")";
            }
            case EXP -> {
                gLatex = "e^{" + kx + "}";
                answer = (b * k) + "*exp(" + kxCode + ")";
                answerLatex = termLatex(b * k) + "e^{" + kx + "}";
            }
            default -> {
                gLatex = "\\ln x";
                answer = b + "/x";
                answerLatex = (b < 0 ? "- " : "+ ") + "\\frac{" + Math.abs(b) + "}{x}";
            }
        }
        String f = (a == 1 ? "" : a == -1 ? "-" : Integer.toString(a)) + "x^{" + n + "} " + termLatex(b) + gLatex;
        String powerPart = (a * n) + (n - 1 == 1 ? "x" : "x^{" + (n - 1) + "}");
        return draft(seed)
                .stem("Differentiate $f(x) = " + f + "$" + (p.g() == Function.LOG ? " (for $x > 0$)" : "")
                        + " with respect to $x$. Write $e^u$ as `exp(u)`.")
                .expression(((a * n) + "*x^" + (n - 1) + " + " + answer).replace("+ -", "- "), List.of("x"), 0.5, 2)
                .solution("Differentiate each term: the power rule gives $" + powerPart + "$ for the first term, "
                        + "and the second uses the derivative of $" + gLatex.replace("\\ln x", "\\ln") + "$"
                        + (p.g() == Function.LOG || k == 1 ? "" : " times the inner derivative $" + k + "$")
                        + ":\n\n$$f'(x) = " + powerPart + " " + answerLatex + ".$$")
                .hints("The derivative of a sum is the sum of the derivatives.",
                        "$\\frac{d}{dx}\\sin(kx) = k\\cos(kx)$, $\\frac{d}{dx}\\cos(kx) = -k\\sin(kx)$, "
                                + "$\\frac{d}{dx}e^{kx} = ke^{kx}$, $\\frac{d}{dx}\\ln x = \\frac1x$.")
                .irt(0.9, -1.4)
                .build();
    }

    /** A signed coefficient written before a function: "+ 3", "- ", "+ ". */
    private static String termLatex(int c) {
        String sign = c < 0 ? "- " : "+ ";
        int magnitude = Math.abs(c);
        return sign + (magnitude == 1 ? "" : Integer.toString(magnitude));
    }
}
