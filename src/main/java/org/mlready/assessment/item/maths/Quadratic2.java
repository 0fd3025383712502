package org.mlready.assessment.item.maths;

import java.util.Random;

/** f(x, y) = a x^2 + b y^2 + c xy + d x + e y with integer coefficients. */
record Quadratic2(int a, int b, int c, int d, int e) {

    /** A strictly convex quadratic whose minimiser is the given integer point. */
    static Quadratic2 convexWithMinimiser(Random random, int xStar, int yStar) {
        int a;
        int b;
        int c;
        do {
            a = Draws.between(random, 1, 4);
            b = Draws.between(random, 1, 4);
            c = Draws.between(random, -3, 3);
        } while (4 * a * b - c * c <= 0);
        return new Quadratic2(a, b, c, -(2 * a * xStar + c * yStar), -(c * xStar + 2 * b * yStar));
    }

    double[] gradient(double x, double y) {
        return new double[] {2 * a * x + c * y + d, 2 * b * y + c * x + e};
    }

    double valueAt(double x, double y) {
        return a * x * x + b * y * y + c * x * y + d * x + e * y;
    }

    String latex() {
        StringBuilder text = new StringBuilder(coefficient(a, true) + "x^2 " + sign(b) + coefficient(b, false) + "y^2");
        append(text, c, "xy");
        append(text, d, "x");
        append(text, e, "y");
        return text.toString();
    }

    /** Python source of the function of v = (x, y). */
    String python() {
        return a + "*v[0]**2 + " + b + "*v[1]**2 + (" + c + ")*v[0]*v[1] + (" + d + ")*v[0] + (" + e + ")*v[1]";
    }

    String gradientLatex() {
        return "\\nabla f = (" + (2 * a) + "x" + signedTerm(c, "y") + signedTerm(d, "") + ",\\ " + (2 * b) + "y"
                + signedTerm(c, "x") + signedTerm(e, "") + ")";
    }

    private static String signedTerm(int value, String symbol) {
        if (value == 0) {
            return "";
        }
        String magnitude = Math.abs(value) == 1 && !symbol.isEmpty() ? "" : Integer.toString(Math.abs(value));
        return (value < 0 ? " - " : " + ") + magnitude + symbol;
    }

    private static void append(StringBuilder text, int value, String symbol) {
        text.append(signedTerm(value, symbol));
    }

    private static String sign(int value) {
        return value < 0 ? "- " : "+ ";
    }

    private static String coefficient(int value, boolean leading) {
        int magnitude = leading ? value : Math.abs(value);
        return magnitude == 1 ? "" : magnitude == -1 ? "-" : Integer.toString(magnitude);
    }
}
