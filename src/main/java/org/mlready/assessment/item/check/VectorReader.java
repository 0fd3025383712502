package org.mlready.assessment.item.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list of numbers: (1, 2, 3), [1, 2, 3], [1 2 3], 1, 2, 3, 1 2 3, [1; 2; 3] or one number per line. When
 * there is a comma or semicolon outside brackets, those separate the elements (a trailing one is allowed) and an
 * element may contain spaces, e.g. (sqrt(2) / 2, 1/2); otherwise spaces and line breaks separate the elements.
 * Every element is read by {@link NumberReader}, except that it may not contain a comma.
 */
public final class VectorReader {

    public static final String EXPECTED = "a list of numbers such as (1, 2, 3), [1 2 3] or 1, 2, 3";

    private VectorReader() {
    }

    public static Reading<List<Double>> read(String text) {
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
        List<String> elements = elements(inside);
        if (elements == null) {
            return Reading.failure("there is an empty place between two separators");
        }
        List<Double> values = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            Reading<Double> number = NumberReader.read(elements.get(i));
            if (!number.isReadable()) {
                return Reading.failure("element " + (i + 1) + " ('" + elements.get(i) + "'): " + number.problem());
            }
            values.add(number.value());
        }
        return Reading.of(List.copyOf(values));
    }

    /** The element texts, or null when two separators have nothing between them. */
    private static List<String> elements(String inside) {
        if (BracketedText.hasSeparatorOutsideBrackets(inside, c -> c == ',' || c == ';')) {
            List<String> pieces = new ArrayList<>(BracketedText.splitOutsideBrackets(inside, c -> c == ',' || c == ';'));
            if (pieces.get(pieces.size() - 1).isEmpty()) {
                pieces.remove(pieces.size() - 1);
            }
            return pieces.stream().anyMatch(String::isEmpty) ? null : pieces;
        }
        return BracketedText.splitOutsideBrackets(inside, Character::isWhitespace).stream()
                .filter(piece -> !piece.isEmpty())
                .toList();
    }
}
