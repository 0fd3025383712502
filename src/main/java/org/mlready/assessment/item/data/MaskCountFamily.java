package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** The shape of a boolean-mask selection on a small shown array: element masks and row masks. */
public final class MaskCountFamily extends GeneratedItemFamily {

    public MaskCountFamily() {
        super("numpy-mask-count", "numpy-arrays", 1000);
    }

    private static final int ROWS = 3;
    private static final int COLS = 4;

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int[][] a = new int[ROWS][COLS];
        for (int[] row : a) {
            for (int j = 0; j < COLS; j++) {
                row[j] = RandomDraw.between(random, 0, 20);
            }
        }
        int kind = random.nextInt(5);
        int t = RandomDraw.between(random, 5, 15);
        int u = t + RandomDraw.between(random, 3, 6);
        int column = random.nextInt(COLS);
        String expression;
        String meaning;
        int count = 0;
        boolean rowMask = kind == 4;
        if (rowMask) {
            expression = "a[a[:, " + column + "] > " + t + "]";
            meaning = "rows whose entry in column " + column + " is greater than " + t;
            for (int[] row : a) {
                count += row[column] > t ? 1 : 0;
            }
        } else {
            expression = switch (kind) {
                case 0 -> "a[a > " + t + "]";
                case 1 -> "a[a <= " + t + "]";
                case 2 -> "a[a % 2 == 0]";
                default -> "a[(a > " + t + ") & (a < " + u + ")]";
            };
            meaning = switch (kind) {
                case 0 -> "entries greater than " + t;
                case 1 -> "entries at most " + t;
                case 2 -> "even entries";
                default -> "entries strictly between " + t + " and " + u;
            };
            for (int[] row : a) {
                for (int x : row) {
                    boolean keep = switch (kind) {
                        case 0 -> x > t;
                        case 1 -> x <= t;
                        case 2 -> x % 2 == 0;
                        default -> x > t && x < u;
                    };
                    count += keep ? 1 : 0;
                }
            }
        }
        List<Integer> result = rowMask ? List.of(count, COLS) : List.of(count);
        String stem = "```python\nimport numpy as np\n" + NumberText.arrayLiteral("a", a) + "\n```\n\n"
                + "What is the shape of `" + expression + "`?";
        String solution = rowMask
                ? "The mask `a[:, " + column + "] > " + t + "` has one boolean per row, so it selects whole rows. "
                        + "Column " + column + " holds " + columnText(a, column) + "; " + count + " of these are "
                        + "greater than " + t + ". Each selected row keeps its " + COLS + " columns, so the shape is **"
                        + NumberText.shape(result) + "**."
                : "A boolean mask with the same shape as `a` selects matching entries and returns them as a flat "
                        + "1-D array. Counting the " + meaning + " gives " + count + ", so the shape is **"
                        + NumberText.shape(result) + "**.";
        List<String> hints = rowMask
                ? List.of("The mask has one value per row, not per entry.",
                        "Selected rows keep all their columns.")
                : List.of("A full-shape boolean mask always gives a 1-D result.",
                        "Count the " + meaning + ".");
        IrtParameters irt = ItemIrt.free(1.0, rowMask ? 0.2 : kind == 3 ? -0.3 : -0.8);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SHAPE, AnswerKeys.shape(result), solution,
                hints, List.of(), irt);
    }

    private static String columnText(int[][] a, int column) {
        int[] values = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            values[i] = a[i][column];
        }
        return NumberText.list(values);
    }
}
