package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Missing values on a shown table: per-column counts ({@code isna().sum()}) or rows with any missing value. */
public final class MissingCountFamily extends GeneratedItemFamily {

    public MissingCountFamily() {
        super("cleaning-missing-count", "data-cleaning", 1000);
    }

    private static final List<String> COLUMNS = List.of("age", "income", "score", "visits");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int rows = RandomDraw.between(random, 6, 9);
        int cols = RandomDraw.between(random, 3, 4);
        List<String> header = COLUMNS.subList(0, cols);
        boolean[][] missing = new boolean[rows][cols];
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<String> row = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                missing[i][j] = random.nextInt(5) == 0;
                row.add(missing[i][j] ? "NaN" : String.valueOf(value(random, j)));
            }
            body.add(row);
        }
        boolean perColumn = random.nextInt(3) > 0;
        double[] perColumnCounts = new double[cols];
        int rowsWithMissing = 0;
        for (int i = 0; i < rows; i++) {
            boolean any = false;
            for (int j = 0; j < cols; j++) {
                if (missing[i][j]) {
                    perColumnCounts[j]++;
                    any = true;
                }
            }
            rowsWithMissing += any ? 1 : 0;
        }
        String expression = perColumn ? "df.isna().sum()" : "df.isna().any(axis=1).sum()";
        String stem = "The DataFrame `df` holds (NaN marks a missing value):\n\n" + MarkdownTable.render(header, body)
                + "\nWhat does `" + expression + "` return?"
                + (perColumn ? " Give the counts in column order." : "");
        String solution;
        AnswerKey key;
        if (perColumn) {
            List<String> lines = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                lines.add("- `" + header.get(j) + "`: " + NumberText.of(perColumnCounts[j]));
            }
            solution = "`isna()` marks each missing cell with True; `sum()` adds the Trues down each column:\n\n"
                    + String.join("\n", lines) + "\n\nResult: **" + NumberText.list(perColumnCounts) + "**.";
            key = AnswerKeys.exactVector(perColumnCounts);
        } else {
            solution = "`isna().any(axis=1)` is True for each row with at least one NaN; summing counts those rows. "
                    + rowsWithMissing + " of the " + rows + " rows contain a NaN, so the result is **"
                    + rowsWithMissing + "**.";
            key = AnswerKeys.exact(rowsWithMissing);
        }
        List<String> hints = perColumn
                ? List.of("Count the NaN cells in each column separately.")
                : List.of("`any(axis=1)` looks across each row.", "Count rows that have at least one NaN, "
                        + "not the NaN cells.");
        return new ItemInstance(id(), skillId(), seed, stem, perColumn ? ResponseType.VECTOR : ResponseType.NUMBER,
                key, solution, hints, List.of(), ItemIrt.free(1.0, perColumn ? -1.4 : -0.6));
    }

    private static int value(Random random, int column) {
        return switch (column) {
            case 0 -> RandomDraw.between(random, 18, 70);
            case 1 -> RandomDraw.between(random, 20, 90) * 1000;
            case 2 -> RandomDraw.between(random, 40, 100);
            default -> RandomDraw.between(random, 0, 12);
        };
    }
}
