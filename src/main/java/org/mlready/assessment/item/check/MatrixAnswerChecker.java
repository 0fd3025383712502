package org.mlready.assessment.item.check;

import java.util.List;

import org.mlready.assessment.item.AnswerKey;

/**
 * Checks a matrix against {@link AnswerKey.Matrix}, entry by entry with the key's tolerance. A matrix of the wrong
 * dimensions is a wrong answer and the message gives the expected dimensions.
 */
public final class MatrixAnswerChecker {

    public CheckResult check(AnswerKey.Matrix key, String response) {
        Reading<List<List<Double>>> matrix = MatrixReader.read(response);
        if (!matrix.isReadable()) {
            return CheckResult.unreadable(MatrixReader.EXPECTED, matrix.problem());
        }
        List<List<Double>> given = matrix.value();
        List<List<Double>> expected = key.rows();
        int rows = expected.size();
        int columns = rows == 0 ? 0 : expected.get(0).size();
        if (given.size() != rows || given.get(0).size() != columns) {
            return CheckResult.incorrect("The answer should be a " + rows + " x " + columns + " matrix ("
                    + rows + " " + VectorAnswerChecker.plural(rows, "row") + " of " + columns + " "
                    + VectorAnswerChecker.plural(columns, "number") + "), but yours is " + given.size() + " x "
                    + given.get(0).size() + ".");
        }
        Tolerance tolerance = new Tolerance(key.absoluteTolerance(), key.relativeTolerance());
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (!tolerance.accepts(expected.get(i).get(j), given.get(i).get(j))) {
                    return CheckResult.incorrect();
                }
            }
        }
        return CheckResult.correct();
    }
}
