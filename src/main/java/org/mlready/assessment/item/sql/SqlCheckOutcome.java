package org.mlready.assessment.item.sql;

/**
 * The verdict on a learner's query. {@code readable} is false when the query could not be run at all (refused or
 * failed), which is a different thing from a query that ran and gave the wrong rows.
 */
public record SqlCheckOutcome(boolean readable, boolean correct, String message) {

    static SqlCheckOutcome unreadable(String message) {
        return new SqlCheckOutcome(false, false, message);
    }

    static SqlCheckOutcome wrong(String message) {
        return new SqlCheckOutcome(true, false, message);
    }

    static SqlCheckOutcome right() {
        return new SqlCheckOutcome(true, true, "Correct: your query returns the expected rows");
    }
}
