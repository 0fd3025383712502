package org.mlready.labs.summary;

/** The verdict on one line of the summary table, with a hint when it is wrong (never the expected values). */
public record CellResult(String className, String column, boolean meanCorrect, boolean stdCorrect, String feedback) {

    public boolean correct() {
        return meanCorrect && stdCorrect;
    }
}
