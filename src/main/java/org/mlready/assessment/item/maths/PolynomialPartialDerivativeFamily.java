package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Partial derivative of a three-term polynomial in x and y with respect to one of them. */
final class PolynomialPartialDerivativeFamily extends GeneratedFamily {

    record Params(Polynomial2 f, char variable) {
    }

    PolynomialPartialDerivativeFamily() {
        super("partial-derivative-polynomial", "partial-derivatives", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        char variable = random.nextBoolean() ? 'x' : 'y';
        Polynomial2 f;
        do {
            f = Polynomial2.random(random, 3, 3, 6);
        } while (!f.dependsOn(variable));
        return new Params(f, variable);
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        char v = p.variable();
        char other = v == 'x' ? 'y' : 'x';
        Polynomial2 derivative = p.f().derivative(v);
        return draft(seed)
                .stem("Let $f(x, y) = " + p.f().latex() + "$. Find $\\dfrac{\\partial f}{\\partial " + v + "}$.")
                .expression(derivative.expression(), List.of("x", "y"), -2, 2)
                .solution("Differentiate term by term with respect to $" + v + "$, treating $" + other
                        + "$ as a constant (a term without $" + v + "$ differentiates to 0):\n\n$$\\frac{\\partial f}{\\partial "
                        + v + "} = " + derivative.latex() + ".$$")
                .hints("Treat $" + other + "$ as a constant number.",
                        "Use the power rule on $" + v + "$: $\\frac{\\partial}{\\partial " + v + "}\\, c\\," + v + "^n = cn\\," + v + "^{n-1}$.")
                .irt(1.0, -1.2)
                .build();
    }
}
