package org.mlready.assessment.item.concepts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A trending series with one anomaly, shown as a table: which period departs most from the least-squares trend
 * line. The distractors are the largest and smallest raw values, which a trend makes unremarkable.
 */
public final class SeriesAnomalyFamily extends GeneratedItemFamily {

    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");
    private static final List<String> METRICS = List.of("new sign-ups", "support tickets", "orders",
            "app downloads", "returned parcels", "newsletter subscribers", "API errors", "energy use (MWh)",
            "deliveries", "website visits (thousands)");

    public SeriesAnomalyFamily() {
        super("series-trend-anomaly", "visual-pattern-finding", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean monthly = random.nextBoolean();
        int n = monthly ? 12 : RandomDraw.between(random, 10, 14);
        int firstMonth = random.nextInt(12);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(monthly ? MONTHS.get((firstMonth + i) % 12) : "Week " + (i + 1));
        }
        String metric = RandomDraw.pick(random, METRICS);
        int[] values;
        int anomaly;
        double[] residuals;
        do {
            int slope = RandomDraw.between(random, 2, 7) * (random.nextBoolean() ? 1 : -1);
            int base = RandomDraw.between(random, 60, 160) + (slope < 0 ? -slope * n : 0);
            anomaly = RandomDraw.between(random, 2, n - 3);
            int jump = RandomDraw.between(random, 16, 34) * (random.nextBoolean() ? 1 : -1);
            values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = base + slope * i + RandomDraw.between(random, -3, 3) + (i == anomaly ? jump : 0);
            }
            residuals = residuals(values);
        } while (!clearAnomaly(residuals, anomaly));
        double[] line = line(values);
        int largest = 0;
        int smallest = 0;
        for (int i = 1; i < n; i++) {
            largest = values[i] > values[largest] ? i : largest;
            smallest = values[i] < values[smallest] ? i : smallest;
        }
        Map<Integer, String> offered = new LinkedHashMap<>();
        offered.put(anomaly, "Correct: its residual is " + Text.fixed(residuals[anomaly], 1)
                + ", by far the largest in size; every other point lies within "
                + Text.fixed(secondLargest(residuals, anomaly), 1) + " of the line.");
        for (int candidate : new int[] {largest, smallest}) {
            offered.putIfAbsent(candidate, "This is the " + (candidate == largest ? "largest" : "smallest")
                    + " value, but the trend predicts it: its residual is only " + Text.fixed(residuals[candidate], 1)
                    + ".");
        }
        while (offered.size() < 4) {
            int other = random.nextInt(n);
            offered.putIfAbsent(other, "Its value sits close to the trend line: residual "
                    + Text.fixed(residuals[other], 1) + ".");
        }
        List<ChoiceSet.Option> options = new ArrayList<>();
        for (Map.Entry<Integer, String> entry : offered.entrySet()) {
            options.add(new ChoiceSet.Option(labels.get(entry.getKey()), entry.getKey() == anomaly, entry.getValue()));
        }
        List<Choice> choices = ChoiceSet.shuffled(random, options);

        String unit = monthly ? "month" : "week";
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(labels.get(i), String.valueOf(values[i])));
        }
        String stem = "The table shows " + (monthly ? "monthly" : "weekly") + " " + metric + ".\n\n"
                + Text.table(List.of(unit, "value"), rows)
                + "\nOne " + unit + " is an anomaly: the value that departs most from the overall linear trend, "
                + "meaning the largest absolute residual from a least-squares line fitted to all " + n
                + " points (" + unit + "s numbered $t = 1, \\dots, " + n + "$). Which " + unit + " is it?";
        List<List<String>> residualRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            residualRows.add(List.of(labels.get(i), String.valueOf(i + 1), String.valueOf(values[i]),
                    Text.fixed(line[0] + line[1] * (i + 1), 1), Text.fixed(residuals[i], 1)));
        }
        String solution = "The series " + (line[1] > 0 ? "rises" : "falls") + " steadily, so the anomaly is the "
                + "point that breaks the pattern, not simply the largest or smallest value.\n\n"
                + "Least-squares line: $\\hat y = " + Text.fixed(line[0], 2) + (line[1] < 0 ? " - " : " + ")
                + Text.fixed(Math.abs(line[1]), 2) + "\\,t$. Residuals $y - \\hat y$:\n\n"
                + Text.table(List.of(unit, "t", "value", "fitted", "residual"), residualRows)
                + "\nThe residual largest in absolute value is " + Text.fixed(residuals[anomaly], 1) + " at "
                + labels.get(anomaly) + ".\n\nAnswer: **" + labels.get(anomaly) + "**.";
        List<String> hints = List.of("Picture the points on a line chart: which one breaks the steady "
                        + (line[1] > 0 ? "rise" : "fall") + "?",
                "Compare each value with the average of its two neighbours; on a straight trend they agree.");
        boolean subtle = anomaly != largest && anomaly != smallest;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.1, subtle ? -0.2 : -0.7, choices.size()));
    }

    /** Intercept and slope of the least-squares line through (t, y) with t = 1..n. */
    static double[] line(int[] values) {
        int n = values.length;
        double tMean = (n + 1) / 2.0;
        double yMean = 0;
        for (int v : values) {
            yMean += v;
        }
        yMean /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i + 1 - tMean) * (values[i] - yMean);
            sxx += (i + 1 - tMean) * (i + 1 - tMean);
        }
        double slope = sxy / sxx;
        return new double[] {yMean - slope * tMean, slope};
    }

    private static double[] residuals(int[] values) {
        double[] line = line(values);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] - (line[0] + line[1] * (i + 1));
        }
        return out;
    }

    private static double secondLargest(double[] residuals, int except) {
        double max = 0;
        for (int i = 0; i < residuals.length; i++) {
            max = i == except ? max : Math.max(max, Math.abs(residuals[i]));
        }
        return max;
    }

    /** The anomaly must stand out: at least twice the size of any other residual. */
    private static boolean clearAnomaly(double[] residuals, int anomaly) {
        return Math.abs(residuals[anomaly]) >= 2 * secondLargest(residuals, anomaly);
    }
}
