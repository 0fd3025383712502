package org.mlready.assessment.item.data;

import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/**
 * A draft summary table with four entries of which exactly one is right; each wrong entry is the result of a
 * typical slip (population instead of sample deviation, unsorted median, wrong divisor, and so on).
 */
public final class SummaryTableCheckFamily extends GeneratedItemFamily {

    public SummaryTableCheckFamily() {
        super("summary-table-check", "task-visual-summaries", 1000);
    }

    private record Entry(String label, double correct, double wrong, String slip) {
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n;
        double[] values;
        List<Entry> entries;
        do {
            n = RandomDraw.between(random, 6, 9);
            values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = RandomDraw.between(random, 1, 40);
            }
            entries = entries(values);
        } while (entries.stream().anyMatch(e -> Math.abs(e.correct() - e.wrong()) < 0.05));
        List<Entry> pool = new ArrayList<>(entries);
        List<Entry> shown = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            shown.add(pool.remove(random.nextInt(pool.size())));
        }
        int right = random.nextInt(4);
        List<ChoiceSet.Option> options = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Entry e = shown.get(i);
            double listed = i == right ? e.correct() : e.wrong();
            String text = e.label() + " = " + NumberText.of(listed);
            rows.add(List.of(e.label(), NumberText.of(listed)));
            options.add(new ChoiceSet.Option(text, i == right, i == right
                    ? "Correct: " + e.label() + " is " + NumberText.of(e.correct()) + "."
                    : "Wrong: the " + e.label() + " is " + NumberText.of(e.correct()) + "; " + NumberText.of(listed)
                    + " comes from " + e.slip() + "."));
        }
        List<Choice> choices = ChoiceSet.lettered(options);
        List<String> texts = new ArrayList<>();
        for (double v : values) {
            texts.add(NumberText.of(v));
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        List<String> sortedTexts = new ArrayList<>();
        for (double v : sorted) {
            sortedTexts.add(NumberText.of(v));
        }
        String stem = "A column `x` holds\n\n$$" + String.join(",\\ ", texts) + "$$\n\n"
                + "A draft summary table (values rounded to 2 decimals) says:\n\n"
                + MarkdownTable.render(List.of("statistic", "value"), rows)
                + "\nExactly one entry is correct. Which one? (Standard deviation means the sample standard deviation "
                + "`x.std()` in pandas, dividing by $n - 1$; quartiles use NumPy's default linear method.)";
        StringBuilder solution = new StringBuilder("Sorted: $" + String.join(",\\ ", sortedTexts) + "$.\n\n");
        for (int i = 0; i < 4; i++) {
            Entry e = shown.get(i);
            solution.append("- ").append(e.label()).append(": ").append(NumberText.of(e.correct()))
                    .append(i == right ? " (matches the table)" : " (the table's " + NumberText.of(e.wrong())
                            + " comes from " + e.slip() + ")").append('\n');
        }
        solution.append("\nAnswer: **").append(options.get(right).text()).append("**.");
        List<String> hints = List.of("Recompute each statistic yourself from the sorted data.",
                "Check the divisor of the standard deviation ($n - 1$) and sort before taking the median.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution.toString(), hints, choices, ItemIrt.choice(1.0, 0.2, choices.size()));
    }

    private static List<Entry> entries(double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = Arrays.stream(values).sum();
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double unsortedMedian = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        double median = NumpyPercentile.of(values, 50);
        return List.of(
                new Entry("mean", r(mean), r(sum / (n - 1)), "dividing the sum by $n - 1$ instead of $n$"),
                new Entry("median", r(median), r(unsortedMedian), "taking the middle of the unsorted list"),
                new Entry("standard deviation", r(Math.sqrt(squares / (n - 1))), r(Math.sqrt(squares / n)),
                        "dividing by $n$ (population formula) instead of $n - 1$"),
                new Entry("range", r(sorted[n - 1] - sorted[0]), r(Math.abs(values[n - 1] - values[0])),
                        "the gap between the first and last listed values instead of max minus min"),
                new Entry("Q3", r(NumpyPercentile.of(values, 75)), r(sorted[(int) Math.floor(0.75 * (n - 1))]),
                        "truncating the position $0.75(n-1)$ instead of interpolating"));
    }

    private static double r(double value) {
        return NumberText.round(value, 2);
    }
}
