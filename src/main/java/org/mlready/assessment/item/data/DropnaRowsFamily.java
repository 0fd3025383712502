package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Rows left after {@code dropna} with its {@code how}, {@code subset} and {@code thresh} options. */
public final class DropnaRowsFamily extends GeneratedItemFamily {

    public DropnaRowsFamily() {
        super("cleaning-dropna-rows", "data-cleaning", 1000);
    }

    private static final List<String> COLUMNS = List.of("temp", "humidity", "wind");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int rows = RandomDraw.between(random, 6, 9);
        int cols = COLUMNS.size();
        boolean[][] missing = new boolean[rows][cols];
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            boolean allMissing = random.nextInt(6) == 0;
            List<String> row = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                missing[i][j] = allMissing || random.nextInt(4) == 0;
                row.add(missing[i][j] ? "NaN" : String.valueOf(RandomDraw.between(random, 5, 35)));
            }
            body.add(row);
        }
        int variant = random.nextInt(4);
        int subsetColumn = random.nextInt(cols);
        int thresh = RandomDraw.between(random, 2, 3);
        String call = switch (variant) {
            case 0 -> "df.dropna()";
            case 1 -> "df.dropna(how=\"all\")";
            case 2 -> "df.dropna(subset=[\"" + COLUMNS.get(subsetColumn) + "\"])";
            default -> "df.dropna(thresh=" + thresh + ")";
        };
        String rule = switch (variant) {
            case 0 -> "drops every row with at least one NaN";
            case 1 -> "drops only rows where every value is NaN";
            case 2 -> "drops rows whose `" + COLUMNS.get(subsetColumn) + "` is NaN, ignoring other columns";
            default -> "keeps rows with at least " + thresh + " non-missing values";
        };
        int kept = 0;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int present = 0;
            for (int j = 0; j < cols; j++) {
                present += missing[i][j] ? 0 : 1;
            }
            boolean keep = switch (variant) {
                case 0 -> present == cols;
                case 1 -> present > 0;
                case 2 -> !missing[i][subsetColumn];
                default -> present >= thresh;
            };
            kept += keep ? 1 : 0;
            lines.add(MarkdownTable.row(String.valueOf(i), String.valueOf(present), keep ? "kept" : "dropped"));
        }
        String stem = "The DataFrame `df` (index 0 to " + (rows - 1) + ") holds:\n\n"
                + MarkdownTable.render(COLUMNS, body) + "\nHow many rows does `" + call + "` return?";
        String solution = "`" + call + "` " + rule + ".\n\n| row | non-missing values | result |\n| --- | --- | --- |\n"
                + String.join("", lines) + "\n**" + kept + "** rows remain.";
        List<String> hints = List.of(
                "Count the non-missing values in each row.",
                "`" + call + "` " + rule + ".");
        double difficulty = variant == 0 ? -1.2 : variant == 2 ? -0.8 : variant == 1 ? -0.5 : 0.1;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(kept), solution,
                hints, List.of(), ItemIrt.free(1.1, difficulty));
    }
}
