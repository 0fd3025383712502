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

/** Counts from boolean filters and {@code value_counts} on a small shown product table. */
public final class FilterCountFamily extends GeneratedItemFamily {

    public FilterCountFamily() {
        super("pandas-filter-count", "pandas-manipulation", 1000);
    }

    private static final List<String> CATEGORIES = List.of("books", "games", "music");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int rows = RandomDraw.between(random, 7, 10);
        String[] category = new String[rows];
        int[] price = new int[rows];
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            category[i] = RandomDraw.pick(random, CATEGORIES);
            price[i] = RandomDraw.between(random, 5, 40);
            body.add(List.of("item" + (i + 1), category[i], String.valueOf(price[i])));
        }
        int kind = random.nextInt(4);
        int t = RandomDraw.between(random, 12, 32);
        String target = RandomDraw.pick(random, CATEGORIES);
        String expression = switch (kind) {
            case 0 -> "(df[\"price\"] > " + t + ").sum()";
            case 1 -> "len(df[(df[\"price\"] > " + t + ") & (df[\"category\"] == \"" + target + "\")])";
            case 2 -> "len(df[(df[\"price\"] <= " + t + ") | (df[\"category\"] == \"" + target + "\")])";
            default -> "df[\"category\"].value_counts().get(\"" + target + "\", 0)";
        };
        int count = 0;
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            boolean keep = switch (kind) {
                case 0 -> price[i] > t;
                case 1 -> price[i] > t && category[i].equals(target);
                case 2 -> price[i] <= t || category[i].equals(target);
                default -> category[i].equals(target);
            };
            if (keep) {
                count++;
                kept.add("item" + (i + 1));
            }
        }
        String condition = switch (kind) {
            case 0 -> "price greater than " + t;
            case 1 -> "price greater than " + t + " **and** category `" + target + "`";
            case 2 -> "price at most " + t + " **or** category `" + target + "`";
            default -> "category `" + target + "` (`value_counts` counts each category)";
        };
        String stem = "The DataFrame `df` holds:\n\n" + MarkdownTable.render(List.of("name", "category", "price"), body)
                + "\nWhat does `" + expression + "` return?";
        String solution = "Keep the rows with " + condition + ": "
                + (kept.isEmpty() ? "none" : String.join(", ", kept)) + ".\n\nThe result is **" + count + "**.";
        List<String> hints = List.of(
                kind == 1 ? "`&` requires both conditions." : kind == 2 ? "`|` requires at least one condition."
                        : "Go through the table row by row.",
                "Count the rows with " + condition + ".");
        double difficulty = kind == 0 || kind == 3 ? -1.3 : kind == 1 ? -0.7 : -0.4;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(count), solution,
                hints, List.of(), ItemIrt.free(1.0, difficulty));
    }
}
