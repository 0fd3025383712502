package org.mlready.assessment.item.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an array shape the way NumPy prints it, and a few ways people say it: (3, 4), (3,), [3, 4], 3, 4, 3x4,
 * 3 x 4, 3×4, 3*4, 3 by 4, 3 by 4 by 5, and () or [] for the shape of a scalar. A lone 3 or (3) is read as (3,).
 * Dimensions are whole numbers, zero included.
 */
public final class ShapeReader {

    public static final String EXPECTED = "a shape such as (3, 4), (3,), 3x4, or () for a scalar";

    private static final Pattern WORD_OR_SIGN_SEPARATOR = Pattern.compile("\\s*(?:x|\\*|by)\\s*|\\s+");
    private static final Pattern DIMENSION = Pattern.compile("\\d{1,9}");

    private ShapeReader() {
    }

    public static Reading<List<Integer>> read(String text) {
        if (text == null || text.isBlank()) {
            return Reading.failure("the answer is empty");
        }
        String normalized = MathNotation.normalize(text).toLowerCase(Locale.ROOT);
        String bracketProblem = BracketedText.bracketProblem(normalized);
        if (bracketProblem != null) {
            return Reading.failure(bracketProblem);
        }
        String inside = BracketedText.stripEnclosing(normalized);
        if (inside.isEmpty()) {
            return Reading.of(List.of());
        }
        List<String> pieces = new ArrayList<>();
        if (inside.indexOf(',') >= 0) {
            pieces.addAll(List.of(inside.split("\\s*,\\s*", -1)));
            if (pieces.size() > 1 && pieces.get(pieces.size() - 1).isEmpty()) {
                pieces.remove(pieces.size() - 1);
            }
        } else {
            pieces.addAll(List.of(WORD_OR_SIGN_SEPARATOR.split(inside, -1)));
        }
        List<Integer> dimensions = new ArrayList<>(pieces.size());
        for (String piece : pieces) {
            if (!DIMENSION.matcher(piece).matches()) {
                return Reading.failure(piece.isEmpty()
                        ? "a dimension is missing"
                        : "'" + piece + "' is not a whole number of 0 or more");
            }
            dimensions.add(Integer.parseInt(piece));
        }
        return Reading.of(List.copyOf(dimensions));
    }
}
