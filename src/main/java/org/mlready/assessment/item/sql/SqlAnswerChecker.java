package org.mlready.assessment.item.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.mlready.assessment.item.AnswerKey;

/**
 * Checks a learner's query by running it and the key's reference query on the sandbox and comparing the result sets:
 * same number of columns in the same order (names are ignored), same rows, in the same order when the key is
 * ordered. Numbers compare with a tiny tolerance, so 2.5 from a DECIMAL column equals 2.5 from a DOUBLE.
 */
public final class SqlAnswerChecker {

    private static final double TOLERANCE = 1e-6;

    private final SqlSandbox sandbox;

    public SqlAnswerChecker(SqlSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /**
     * @throws IllegalStateException if the key's reference query itself does not run, which is a fault in the item
     */
    public SqlCheckOutcome check(String learnerQuery, AnswerKey.Sql key) {
        SqlRun reference = sandbox.run(key.referenceQuery());
        if (reference instanceof SqlRefusal refusal) {
            throw new IllegalStateException(
                    "The reference query failed: " + refusal.message() + " -- " + key.referenceQuery());
        }
        SqlRun learner = sandbox.run(learnerQuery);
        if (learner instanceof SqlRefusal refusal) {
            return SqlCheckOutcome.unreadable("Could not run your query: " + refusal.message());
        }
        return compare((SqlResult) learner, (SqlResult) reference, key.ordered());
    }

    static SqlCheckOutcome compare(SqlResult actual, SqlResult expected, boolean ordered) {
        int width = expected.columns().size();
        if (actual.columns().size() != width) {
            return SqlCheckOutcome.wrong("Your query returned " + count(actual.columns().size(), "column")
                    + "; expected " + width);
        }
        if (actual.truncated() && !expected.truncated()) {
            return SqlCheckOutcome.wrong("Your query returned more than " + SqlSandbox.ROW_CAP + " rows; expected "
                    + expected.rowCount());
        }
        if (actual.rowCount() != expected.rowCount()) {
            return SqlCheckOutcome.wrong("Your query returned " + count(actual.rowCount(), "row") + "; expected "
                    + expected.rowCount());
        }
        int unmatched = firstUnmatchedRow(actual.rows(), expected.rows());
        if (unmatched >= 0) {
            return SqlCheckOutcome.wrong("Row " + (unmatched + 1) + " of your result, "
                    + describe(actual.rows().get(unmatched)) + ", is not in the expected result");
        }
        if (ordered) {
            for (int row = 0; row < expected.rowCount(); row++) {
                if (!sameRow(actual.rows().get(row), expected.rows().get(row))) {
                    return SqlCheckOutcome.wrong("Your rows are right but not in the asked order: row " + (row + 1)
                            + " differs: you have " + describe(actual.rows().get(row)) + ", expected "
                            + describe(expected.rows().get(row)));
                }
            }
        }
        return SqlCheckOutcome.right();
    }

    /**
     * Matches every actual row to a distinct equal expected row (greedy, as equality with a tiny tolerance is close
     * enough to exact); returns the index of the first actual row left without a partner, or -1.
     */
    private static int firstUnmatchedRow(List<List<Object>> actual, List<List<Object>> expected) {
        List<List<Object>> remaining = new ArrayList<>(expected);
        for (int row = 0; row < actual.size(); row++) {
            List<Object> candidate = actual.get(row);
            int partner = -1;
            for (int other = 0; other < remaining.size() && partner < 0; other++) {
                if (sameRow(candidate, remaining.get(other))) {
                    partner = other;
                }
            }
            if (partner < 0) {
                return row;
            }
            remaining.remove(partner);
        }
        return -1;
    }

    private static boolean sameRow(List<Object> left, List<Object> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (int column = 0; column < left.size(); column++) {
            if (!sameValue(left.get(column), right.get(column))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameValue(Object left, Object right) {
        if (left == null || right == null) {
            return left == right;
        }
        if (left instanceof Number a && right instanceof Number b) {
            if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
                return x.compareTo(y) == 0;
            }
            double x = a.doubleValue();
            double y = b.doubleValue();
            return Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
        }
        return left.equals(right);
    }

    private static String describe(List<Object> row) {
        return row.stream().map(SqlAnswerChecker::describe).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String describe(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value instanceof String text ? "'" + text + "'" : value.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
