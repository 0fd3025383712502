package org.mlready.labs.regression;

import java.util.Arrays;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/** Ordinary least squares by QR decomposition, which avoids squaring the condition number as normal equations do. */
final class LeastSquares {

    private LeastSquares() {
    }

    /** Coefficients b minimising |y - X b|^2, where the rows of X are {@code rows} (no column added). */
    static double[] solve(double[][] rows, double[] y) {
        Array2DRowRealMatrix design = new Array2DRowRealMatrix(rows, true);
        RealVector solution = new QRDecomposition(design).getSolver().solve(new ArrayRealVector(y, false));
        return solution.toArray();
    }

    /** The same rows with a leading 1 for the intercept. */
    static double[][] withIntercept(double[][] rows) {
        double[][] design = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            design[i] = new double[rows[i].length + 1];
            design[i][0] = 1;
            System.arraycopy(rows[i], 0, design[i], 1, rows[i].length);
        }
        return design;
    }

    static double[] predict(double[][] rows, double intercept, double[] coefficients) {
        return Arrays.stream(rows).mapToDouble(row -> {
            double value = intercept;
            for (int j = 0; j < coefficients.length; j++) {
                value += coefficients[j] * row[j];
            }
            return value;
        }).toArray();
    }
}
