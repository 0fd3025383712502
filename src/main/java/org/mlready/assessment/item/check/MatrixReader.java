package org.mlready.assessment.item.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a matrix, row by row. Accepted: nested lists [[1, 2], [3, 4]], [[1 2] [3 4]], ((1, 2), (3, 4)); or rows
 * separated by semicolons or line breaks, with or without outer brackets: 1 2; 3 4, [1, 2; 3, 4], or one row per
 * line. A single row such as [1 2 3] is a 1 x 3 matrix. Each row is read by {@link VectorReader}; rows of
 * different lengths make the answer unreadable.
 *
 * <p>A bracketed group counts as a row when it uses square brackets or holds a separator, so [(1/2), (3/4)] is one
 * row of two numbers while [(1, 2), (3, 4)] is two rows.
 */
public final class MatrixReader {

    public static final String EXPECTED = "a matrix such as [[1, 2], [3, 4]] or 1 2; 3 4";

    private MatrixReader() {
    }

    public static Reading<List<List<Double>>> read(String text) {
        if (text == null || text.isBlank()) {
            return Reading.failure("the answer is empty");
        }
        String normalized = MathNotation.normalize(text);
        String bracketProblem = BracketedText.bracketProblem(normalized);
        if (bracketProblem != null) {
            return Reading.failure(bracketProblem);
        }
        String inside = BracketedText.stripEnclosing(normalized);
        if (inside.isEmpty()) {
            return Reading.failure("there are no numbers in it");
        }
        List<List<Double>> rows = new ArrayList<>();
        List<String> rowTexts = rowTexts(inside);
        if (rowTexts.isEmpty()) {
            return Reading.failure("there are no numbers in it");
        }
        for (int i = 0; i < rowTexts.size(); i++) {
            Reading<List<Double>> row = VectorReader.read(rowTexts.get(i));
            if (!row.isReadable()) {
                return Reading.failure("row " + (i + 1) + ": " + row.problem());
            }
            rows.add(row.value());
        }
        int columns = rows.get(0).size();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).size() != columns) {
                return Reading.failure("the rows must have equal lengths, but row 1 has " + columns
                        + " numbers and row " + (i + 1) + " has " + rows.get(i).size());
            }
        }
        return Reading.of(List.copyOf(rows));
    }

    private static List<String> rowTexts(String inside) {
        List<String> pieces = BracketedText.splitOutsideBrackets(inside,
                c -> c == ',' || c == ';' || Character.isWhitespace(c)).stream()
                .filter(piece -> !piece.isEmpty())
                .toList();
        if (!pieces.isEmpty() && pieces.stream().allMatch(MatrixReader::isRowGroup)) {
            return pieces;
        }
        if (BracketedText.hasSeparatorOutsideBrackets(inside, c -> c == ';' || c == '\n')) {
            return BracketedText.splitOutsideBrackets(inside, c -> c == ';' || c == '\n').stream()
                    .filter(row -> !row.isEmpty())
                    .toList();
        }
        return List.of(inside);
    }

    private static boolean isRowGroup(String piece) {
        if (!BracketedText.isEnclosed(piece)) {
            return false;
        }
        String inside = piece.substring(1, piece.length() - 1).strip();
        return piece.charAt(0) == '['
                || BracketedText.hasSeparatorOutsideBrackets(inside, c -> c == ',' || c == ';' || Character.isWhitespace(c));
    }
}
