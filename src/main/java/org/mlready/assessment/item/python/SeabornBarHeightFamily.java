package org.mlready.assessment.item.python;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * The height of one bar Seaborn draws from a small long-format table: {@code barplot} aggregates the rows of each
 * x level (and hue level) with its estimator, the mean unless told otherwise; {@code countplot} counts rows.
 */
public final class SeabornBarHeightFamily extends GeneratedItemFamily {

    public SeabornBarHeightFamily() {
        super("seaborn-bar-height", "matplotlib-seaborn", 2000);
    }

    private record Column(String name, List<String> levels) {
    }

    private static final List<Column> XS = List.of(new Column("day", List.of("Mon", "Tue", "Wed")),
            new Column("site", List.of("north", "south", "east")),
            new Column("model", List.of("tree", "linear", "knn")));
    private static final List<Column> HUES = List.of(new Column("group", List.of("control", "treated")),
            new Column("split", List.of("train", "valid")), new Column("device", List.of("cpu", "gpu")));
    private static final List<String> YS = List.of("score", "latency", "sales");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Column x = RandomDraw.pick(random, XS);
        Column hue = RandomDraw.pick(random, HUES);
        String y = RandomDraw.pick(random, YS);
        int variant = random.nextInt(5);
        boolean useHue = variant != 4;
        String xLevel = RandomDraw.pick(random, x.levels());
        String hueLevel = RandomDraw.pick(random, hue.levels());
        int rows = RandomDraw.between(random, 8, 12);
        List<String[]> table = new ArrayList<>();
        int forced = RandomDraw.between(random, 2, 4);
        for (int i = 0; i < rows; i++) {
            String xv = i < forced ? xLevel : RandomDraw.pick(random, x.levels());
            String hv = i < forced ? hueLevel : RandomDraw.pick(random, hue.levels());
            table.add(new String[] {xv, hv, String.valueOf(RandomDraw.between(random, 1, 20))});
        }
        table = RandomDraw.shuffled(random, table);

        List<Integer> group = new ArrayList<>();
        for (String[] row : table) {
            if (row[0].equals(xLevel) && (!useHue || row[1].equals(hueLevel))) {
                group.add(Integer.parseInt(row[2]));
            }
        }
        String call;
        String estimator;
        BigDecimal exact;
        if (variant == 3) {
            call = "sns.countplot(data=df, x=\"" + x.name() + "\", hue=\"" + hue.name() + "\")";
            estimator = "count";
            exact = BigDecimal.valueOf(group.size());
        } else {
            estimator = variant == 1 ? "sum" : variant == 2 ? "median" : "mean";
            call = "sns.barplot(data=df, x=\"" + x.name() + "\", y=\"" + y + "\"" + (useHue ? ", hue=\"" + hue.name()
                    + "\"" : "") + (variant == 1 || variant == 2 ? ", estimator=\"" + estimator + "\"" : "") + ")";
            exact = aggregate(estimator, group);
        }
        double answer = exact.setScale(2, RoundingMode.HALF_UP).doubleValue();
        StringBuilder markdown = new StringBuilder("| " + x.name() + " | " + hue.name() + " | " + y + " |\n| --- | --- "
                + "| --- |\n");
        for (String[] row : table) {
            markdown.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        String bar = "`" + x.name() + " == \"" + xLevel + "\"`" + (useHue ? " and `" + hue.name() + " == \"" + hueLevel
                + "\"`" : "");
        String stem = "The DataFrame `df` holds these rows:\n\n" + markdown + "\n```python\n" + call + "\n```\n\n"
                + "How tall is the bar for " + bar + "? Give the height rounded to 2 decimal places.";
        List<Integer> sorted = group.stream().sorted().toList();
        String values = sorted.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String how;
        if (estimator.equals("count")) {
            how = "`countplot` draws one bar per x level and hue level whose height is the number of rows: "
                    + group.size() + " rows match.";
        } else if (estimator.equals("sum")) {
            how = "With `estimator=\"sum\"` the height is the total of `" + y + "` over the matching rows: $"
                    + sorted.stream().map(String::valueOf).collect(Collectors.joining(" + ")) + " = " + plain(exact)
                    + "$.";
        } else if (estimator.equals("median")) {
            how = "With `estimator=\"median\"` the height is the middle of the sorted values " + values + ", which is "
                    + plain(exact) + (sorted.size() % 2 == 0 ? " (the mean of the two middle values)." : ".");
        } else {
            how = "`barplot` uses the mean by default (the error bar shows its uncertainty, not the height): $("
                    + sorted.stream().map(String::valueOf).collect(Collectors.joining(" + ")) + ")/" + sorted.size()
                    + (exact.compareTo(BigDecimal.valueOf(answer)) == 0 ? " = " : " \\approx ")
                    + plain(BigDecimal.valueOf(answer)) + "$.";
        }
        String solution = "The bar collects every row with " + bar + (estimator.equals("count") ? "." : ", whose `" + y
                + "` values are " + values + ".") + (useHue ? "" : " Without `hue`, rows of both " + hue.name()
                + " levels go into the same bar.") + "\n\n" + how + "\n\nAnswer: **" + plain(BigDecimal.valueOf(answer))
                + "**.";
        List<String> hints = List.of("Find the rows that belong to this bar: same x level" + (useHue ? " and same hue "
                        + "level." : ", whatever the other columns say."),
                estimator.equals("count") ? "A count plot has no y column: the height is a number of rows."
                        : "Which estimator does this call use? Without `estimator=`, `barplot` shows the mean.");
        double difficulty = (estimator.equals("count") ? -0.9 : estimator.equals("median") ? 0.1 : -0.4)
                + (useHue ? 0.2 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.rounded(answer, 2),
                solution, hints, List.of(), ItemIrt.free(1.0, difficulty));
    }

    private static BigDecimal aggregate(String estimator, List<Integer> group) {
        List<Integer> sorted = group.stream().sorted().toList();
        BigDecimal sum = BigDecimal.valueOf(sorted.stream().mapToInt(Integer::intValue).sum());
        if (estimator.equals("sum")) {
            return sum;
        }
        if (estimator.equals("median")) {
            int n = sorted.size();
            return n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                    : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        }
        return sum.divide(BigDecimal.valueOf(sorted.size()), 10, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
