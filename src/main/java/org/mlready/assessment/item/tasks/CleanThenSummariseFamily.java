package org.mlready.assessment.item.tasks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A first EDA pass over a small raw table with missing cells and an exact duplicate row: the share of missing
 * values in a column, the rows left after {@code drop_duplicates().dropna()}, or the difference of group means
 * after that cleaning.
 */
public final class CleanThenSummariseFamily extends GeneratedItemFamily {

    private record Domain(String category, List<String> levels, String count, int countLow, int countHigh,
                          String amount, int amountLowTenths, int amountHighTenths) {
    }

    private static final List<Domain> DOMAINS = List.of(
            new Domain("region", List.of("North", "South", "East", "West"), "age", 18, 70, "income_k", 200, 950),
            new Domain("plan", List.of("basic", "premium", "family"), "tenure_months", 1, 60, "monthly_spend",
                    100, 800),
            new Domain("device", List.of("mobile", "desktop", "tablet"), "sessions", 1, 40, "minutes", 20, 600),
            new Domain("shift", List.of("day", "night", "weekend"), "units", 50, 200, "defect_pct", 5, 99));

    private static final String MISSING = "";

    public CleanThenSummariseFamily() {
        super("eda-clean-then-summarise", "task-complete-eda", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Domain domain = RandomDraw.pick(random, DOMAINS);
        List<String> levels = RandomDraw.sample(random, domain.levels(), 2);
        List<String> header = List.of(domain.category(), domain.count(), domain.amount());
        int question = random.nextInt(3);
        List<List<String>> rows;
        List<List<String>> clean;
        do {
            rows = draw(random, domain, levels);
            clean = clean(rows);
        } while (question == 2 && (group(clean, levels.get(0)).isEmpty() || group(clean, levels.get(1)).isEmpty()));
        int n = rows.size();
        Set<List<String>> unique = new LinkedHashSet<>(rows);
        int duplicates = n - unique.size();
        int withMissing = unique.size() - clean.size();
        String intro = "You start an EDA on a raw extract `df`, read from a CSV file (an empty cell is a missing value):\n\n"
                + MarkdownTable.render(header, rows) + "\n";
        String stem;
        String solution;
        AnswerKey key;
        List<String> hints;
        double difficulty;
        if (question == 0) {
            int column = RandomDraw.between(random, 0, 2);
            String name = header.get(column);
            long missing = rows.stream().filter(r -> r.get(column).equals(MISSING)).count();
            double percent = 100.0 * missing / n;
            double answer = Num.round(percent, 1);
            stem = intro + "What percentage of the values in column `" + name + "` are missing, i.e. `df[\""
                    + name + "\"].isna().mean() * 100`? Round to 1 decimal place.";
            solution = "Count the empty (missing) cells in `" + name + "`: " + missing + " of the " + n + " rows (every row "
                    + "counts, including the duplicate).\n\n$$" + missing + " / " + n + " \\cdot 100"
                    + Num.eq(percent, 1) + Num.fixed(answer, 1) + "$$\n\nAnswer: **" + Num.fixed(answer, 1) + "**.";
            key = AnswerKeys.rounded(answer, 1);
            hints = List.of("`isna().mean()` is the fraction of missing cells in the column.",
                    "Divide by the number of rows in `df` as it is, before any cleaning.");
            difficulty = -1.2;
        } else if (question == 1) {
            stem = intro + "How many rows does `df.drop_duplicates().dropna()` have?";
            solution = "`drop_duplicates()` removes rows that repeat an earlier row in every column: " + duplicates
                    + " such row" + (duplicates == 1 ? "" : "s") + ", leaving " + unique.size() + ". `dropna()` "
                    + "then removes every remaining row with at least one missing cell: " + withMissing + " row"
                    + (withMissing == 1 ? "" : "s") + ".\n\n$$" + n + " - " + duplicates + " - " + withMissing
                    + " = " + clean.size() + "$$\n\nAnswer: **" + clean.size() + "**.";
            key = AnswerKeys.exact(clean.size());
            hints = List.of("Find rows identical in every column to an earlier row; one copy stays.",
                    "A row with a single missing cell anywhere is dropped by `dropna()`.");
            difficulty = -0.5;
        } else {
            List<Double> first = group(clean, levels.get(0));
            List<Double> second = group(clean, levels.get(1));
            double meanFirst = mean(first);
            double meanSecond = mean(second);
            double answer = Num.round(meanFirst - meanSecond, 2);
            String amount = domain.amount();
            stem = intro + "You clean it with `clean = df.drop_duplicates().dropna()` and compare groups:\n\n"
                    + "```python\nm = clean.groupby(\"" + domain.category() + "\")[\"" + amount + "\"].mean()\n"
                    + "diff = m[\"" + levels.get(0) + "\"] - m[\"" + levels.get(1) + "\"]\n```\n\n"
                    + "What is `diff`? Round to 2 decimal places.";
            solution = "Cleaning drops " + duplicates + " duplicate row" + (duplicates == 1 ? "" : "s") + " and "
                    + withMissing + " row" + (withMissing == 1 ? "" : "s") + " with a missing cell, leaving "
                    + clean.size() + " rows.\n\n- " + levels.get(0) + ": $" + sumText(first) + " = "
                    + Num.of(sum(first)) + "$ over " + first.size() + " rows, mean " + Num.of(meanFirst) + "\n- "
                    + levels.get(1) + ": $" + sumText(second) + " = " + Num.of(sum(second)) + "$ over "
                    + second.size() + " rows, mean " + Num.of(meanSecond) + "\n\n$$" + Num.of(meanFirst) + " - "
                    + Num.of(meanSecond) + Num.eq(meanFirst - meanSecond, 2) + Num.fixed(answer, 2)
                    + "$$\n\nAnswer: **" + Num.fixed(answer, 2) + "**.";
            key = AnswerKeys.rounded(answer, 2);
            hints = List.of("Clean first: remove the repeated row, then every row with a missing cell.",
                    "Average `" + amount + "` within each group of the cleaned table, then subtract.");
            difficulty = 0.6;
        }
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, key,
                solution, hints, List.of(), ItemIrt.free(1.1, difficulty));
    }

    /** 9 to 12 distinct rows, 1 or 2 of them (complete ones) repeated later, and 2 to 4 missing cells elsewhere. */
    private static List<List<String>> draw(Random random, Domain domain, List<String> levels) {
        int distinct = RandomDraw.between(random, 9, 12);
        Set<List<String>> seen = new LinkedHashSet<>();
        while (seen.size() < distinct) {
            int tenths = RandomDraw.between(random, domain.amountLowTenths(), domain.amountHighTenths());
            seen.add(List.of(RandomDraw.pick(random, levels),
                    String.valueOf(RandomDraw.between(random, domain.countLow(), domain.countHigh())),
                    Num.fixed(tenths / 10.0, 1)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : seen) {
            rows.add(new ArrayList<>(row));
        }
        int copies = RandomDraw.between(random, 1, 2);
        List<Integer> repeated = RandomDraw.sample(random, range(distinct), copies);
        int missingCells = RandomDraw.between(random, 2, 4);
        List<Integer> others = range(distinct);
        others.removeAll(repeated);
        for (int i : RandomDraw.sample(random, others, missingCells)) {
            rows.get(i).set(random.nextInt(3), MISSING);
        }
        List<List<String>> copied = repeated.stream().map(i -> List.copyOf(rows.get(i))).toList();
        for (List<String> copy : copied) {
            rows.add(RandomDraw.between(random, rows.indexOf(copy) + 1, rows.size()), copy);
        }
        return rows;
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private static List<List<String>> clean(List<List<String>> rows) {
        return new LinkedHashSet<>(rows).stream().filter(r -> !r.contains(MISSING)).toList();
    }

    private static List<Double> group(List<List<String>> clean, String level) {
        return clean.stream().filter(r -> r.get(0).equals(level)).map(r -> Double.parseDouble(r.get(2))).toList();
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double mean(List<Double> values) {
        return sum(values) / values.size();
    }

    private static String sumText(List<Double> values) {
        return String.join(" + ", values.stream().map(Num::of).toList());
    }
}
