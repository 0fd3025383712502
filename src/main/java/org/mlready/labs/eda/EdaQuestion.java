package org.mlready.labs.eda;

/** A findings question about the learner's copy. Answers are typed as text; {@link #kind} says how they are read. */
public record EdaQuestion(String id, String text, Kind kind) {

    public enum Kind {
        /** A whole number, compared exactly. */
        COUNT,
        /** A decimal number, compared within {@link EdaLab#RELATIVE_TOLERANCE} or {@link EdaLab#ABSOLUTE_TOLERANCE}. */
        NUMBER,
        /** Two column names separated by a comma, in either order. */
        COLUMN_PAIR
    }
}
