package org.mlready.assessment.item.maths;

/** An integer-coefficient term c x^i y^j. */
record Monomial(int coefficient, int xPower, int yPower) {

    Monomial derivative(char variable) {
        int power = variable == 'x' ? xPower : yPower;
        if (power == 0) {
            return new Monomial(0, 0, 0);
        }
        return variable == 'x'
                ? new Monomial(coefficient * power, xPower - 1, yPower)
                : new Monomial(coefficient * power, xPower, yPower - 1);
    }

    double valueAt(double x, double y) {
        return coefficient * Math.pow(x, xPower) * Math.pow(y, yPower);
    }

    /** The term without its sign, e.g. 3x^{2}y or 1 for the constant 1. */
    String latexMagnitude() {
        String variables = latexPower("x", xPower) + latexPower("y", yPower);
        int magnitude = Math.abs(coefficient);
        if (variables.isEmpty()) {
            return Integer.toString(magnitude);
        }
        return magnitude == 1 ? variables : magnitude + variables;
    }

    /** The term without its sign in exp4j syntax, e.g. 3*x^2*y. */
    String expressionMagnitude() {
        StringBuilder text = new StringBuilder(Integer.toString(Math.abs(coefficient)));
        appendPower(text, "x", xPower);
        appendPower(text, "y", yPower);
        return text.toString();
    }

    private static String latexPower(String variable, int power) {
        if (power == 0) {
            return "";
        }
        return power == 1 ? variable : variable + "^{" + power + "}";
    }

    private static void appendPower(StringBuilder text, String variable, int power) {
        if (power == 1) {
            text.append('*').append(variable);
        } else if (power > 1) {
            text.append('*').append(variable).append('^').append(power);
        }
    }
}
