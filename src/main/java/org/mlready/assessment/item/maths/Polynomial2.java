package org.mlready.assessment.item.maths;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A polynomial in x and y with integer coefficients, able to print itself and differentiate term by term. */
record Polynomial2(List<Monomial> terms) {

    Polynomial2 {
        terms = List.copyOf(terms.stream().filter(term -> term.coefficient() != 0).toList());
    }

    /** Distinct (xPower, yPower) pairs, each with a non-zero coefficient in [-range, range]. */
    static Polynomial2 random(Random random, int termCount, int maxPower, int range) {
        List<Monomial> terms = new ArrayList<>();
        while (terms.size() < termCount) {
            int i = Draws.between(random, 0, maxPower);
            int j = Draws.between(random, 0, maxPower - i);
            boolean seen = terms.stream().anyMatch(t -> t.xPower() == i && t.yPower() == j);
            if (!seen && i + j > 0) {
                terms.add(new Monomial(Draws.nonZero(random, -range, range), i, j));
            }
        }
        return new Polynomial2(terms);
    }

    Polynomial2 derivative(char variable) {
        return new Polynomial2(terms.stream().map(term -> term.derivative(variable)).toList());
    }

    double valueAt(double x, double y) {
        return terms.stream().mapToDouble(term -> term.valueAt(x, y)).sum();
    }

    boolean dependsOn(char variable) {
        return terms.stream().anyMatch(t -> (variable == 'x' ? t.xPower() : t.yPower()) > 0);
    }

    String latex() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        for (Monomial term : terms) {
            appendSigned(text, term.coefficient(), term.latexMagnitude());
        }
        return text.toString();
    }

    /** The polynomial in exp4j syntax, e.g. 3*x^2*y - 2*y + 5. */
    String expression() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        for (Monomial term : terms) {
            appendSigned(text, term.coefficient(), term.expressionMagnitude());
        }
        return text.toString();
    }

    private static void appendSigned(StringBuilder text, int coefficient, String magnitude) {
        if (text.isEmpty()) {
            text.append(coefficient < 0 ? "-" : "").append(magnitude);
        } else {
            text.append(coefficient < 0 ? " - " : " + ").append(magnitude);
        }
    }
}
