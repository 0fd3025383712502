package org.mlready.assessment.item.maths;

import java.util.List;

import net.objecthunter.exp4j.ExpressionBuilder;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;

/** Reads answer keys of generated instances in tests. */
final class Keys {

    static final int SEEDS = 1_000;

    private Keys() {
    }

    static double number(ItemInstance item) {
        return ((AnswerKey.Numeric) item.key()).value();
    }

    static double[] vector(ItemInstance item) {
        return ((AnswerKey.Vector) item.key()).values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[][] matrix(ItemInstance item) {
        List<List<Double>> rows = ((AnswerKey.Matrix) item.key()).rows();
        return rows.stream().map(r -> r.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
    }

    static AnswerKey.Expression expression(ItemInstance item) {
        return (AnswerKey.Expression) item.key();
    }

    /** Evaluates an exp4j expression in x (and y when given). */
    static double evaluate(String expression, double x, double y) {
        return new ExpressionBuilder(expression).variables("x", "y").build().setVariable("x", x).setVariable("y", y).evaluate();
    }

    /** Central difference of an exp4j expression with respect to x or y. */
    static double centralDifference(String f, char variable, double x, double y) {
        double h = 1e-5;
        return variable == 'x'
                ? (evaluate(f, x + h, y) - evaluate(f, x - h, y)) / (2 * h)
                : (evaluate(f, x, y + h) - evaluate(f, x, y - h)) / (2 * h);
    }

    static double[][] toDouble(int[][] m) {
        double[][] d = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            d[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                d[i][j] = m[i][j];
            }
        }
        return d;
    }

    static double[] toDouble(int[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
