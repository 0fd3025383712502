package org.mlready.labs;

/**
 * One thing wrong with a submission, precise enough for the learner to fix it.
 *
 * @param line   line of the uploaded file (the header is line 1), or 0 when the problem concerns the whole file
 * @param column column name, or null when the problem concerns a whole line or the whole file
 */
public record UploadProblem(int line, String column, String message) {

    public static UploadProblem ofFile(String message) {
        return new UploadProblem(0, null, message);
    }

    public static UploadProblem ofLine(int line, String message) {
        return new UploadProblem(line, null, message);
    }

    public static UploadProblem ofCell(int line, String column, String message) {
        return new UploadProblem(line, column, message);
    }

    /** For example {@code line 7, column probability: 1.3 is not between 0 and 1}. */
    public String describe() {
        StringBuilder where = new StringBuilder();
        if (line > 0) {
            where.append("line ").append(line);
        }
        if (column != null) {
            where.append(where.isEmpty() ? "" : ", ").append("column ").append(column);
        }
        return where.isEmpty() ? message : where + ": " + message;
    }
}
