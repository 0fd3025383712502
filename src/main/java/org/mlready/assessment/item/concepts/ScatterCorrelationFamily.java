package org.mlready.assessment.item.concepts;

import java.util.ArrayList;
import java.util.List;
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
 * Paired data drawn as a text scatter plot and listed in full: which band of Pearson's r (sign and strength)
 * does the relationship fall in. The drawn r always sits well inside its band.
 */
public final class ScatterCorrelationFamily extends GeneratedItemFamily {

    private static final int WIDTH = 41;
    private static final int HEIGHT = 12;

    private record Band(String text, double low, double high) {
        boolean contains(double r) {
            return r >= low && r < high;
        }
    }

    private static final List<Band> BANDS = List.of(
            new Band("Strong negative ($r \\le -0.7$)", -1.01, -0.7),
            new Band("Weak to moderate negative ($-0.7 < r \\le -0.2$)", -0.7, -0.2),
            new Band("Little or no linear relationship ($-0.2 < r < 0.2$)", -0.2, 0.2),
            new Band("Weak to moderate positive ($0.2 \\le r < 0.7$)", 0.2, 0.7),
            new Band("Strong positive ($r \\ge 0.7$)", 0.7, 1.01));

    private record Pair(String x, String y) {
    }

    private static final List<Pair> PAIRS = List.of(new Pair("hours_studied", "exam_score"),
            new Pair("ad_spend", "weekly_sales"), new Pair("temperature", "heating_cost"),
            new Pair("distance_km", "delivery_time"), new Pair("age", "screen_time"),
            new Pair("price", "units_sold"), new Pair("rainfall_mm", "bike_rentals"),
            new Pair("page_load_ms", "conversion"), new Pair("shoe_size", "typing_speed"),
            new Pair("team_size", "bugs_per_release"));

    public ScatterCorrelationFamily() {
        super("scatter-correlation-band", "visual-pattern-finding", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int bandIndex = random.nextInt(BANDS.size());
        Band band = BANDS.get(bandIndex);
        Pair pair = RandomDraw.pick(random, PAIRS);
        int n = RandomDraw.between(random, 10, 14);
        int[] x = new int[n];
        int[] y = new int[n];
        double r;
        do {
            double strength = bandIndex == 2 ? 0 : (bandIndex == 0 || bandIndex == 4 ? 0.9 : 0.45)
                    * (bandIndex < 2 ? -1 : 1);
            int base = RandomDraw.between(random, 35, 70);
            for (int i = 0; i < n; i++) {
                x[i] = RandomDraw.between(random, 0, 40);
                double noise = random.nextGaussian();
                double z = (x[i] - 20) / 11.5;
                y[i] = (int) Math.round(base + 10 * (strength * z + Math.sqrt(1 - strength * strength) * noise));
            }
            r = pearson(x, y);
        } while (!comfortablyInside(band, r) || min(y) < 0);

        List<ChoiceSet.Option> options = new ArrayList<>();
        for (Band candidate : BANDS) {
            boolean right = candidate == band;
            options.add(new ChoiceSet.Option(candidate.text(), right, right
                    ? "Correct: $r \\approx " + Text.fixed(r, 2) + "$." : whyNot(candidate, r)));
        }
        List<Choice> choices = ChoiceSet.lettered(options);
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of("`" + pair.x() + "`")));
        rows.add(new ArrayList<>(List.of("`" + pair.y() + "`")));
        List<String> header = new ArrayList<>(List.of("point"));
        for (int i = 0; i < n; i++) {
            header.add(String.valueOf(i + 1));
            rows.get(0).add(String.valueOf(x[i]));
            rows.get(1).add(String.valueOf(y[i]));
        }
        String stem = "A scatter plot of `" + pair.y() + "` (vertical) against `" + pair.x() + "` (horizontal), "
                + "drawn in text (`*` marks a point, `2` two points in one cell):\n\n" + plot(x, y)
                + "\nThe " + n + " points:\n\n" + Text.table(header, rows)
                + "\nIn which band does Pearson's correlation coefficient $r$ of the two columns fall?";
        String solution = scatterReading(band) + "\n\nComputing it: $r = \\dfrac{\\sum (x_i - \\bar x)(y_i - \\bar y)}"
                + "{\\sqrt{\\sum (x_i - \\bar x)^2 \\sum (y_i - \\bar y)^2}} \\approx " + Text.fixed(r, 3) + "$, with "
                + "$\\bar x = " + Text.fixed(mean(x), 2) + "$ and $\\bar y = " + Text.fixed(mean(y), 2) + "$.\n\n"
                + "Answer: **" + band.text() + "**.";
        List<String> hints = List.of("Imagine the best straight line through the cloud: does it rise or fall?",
                "Strength is how tightly the points hug that line, not how steep it is.");
        double difficulty = bandIndex == 0 || bandIndex == 4 ? -0.9 : bandIndex == 2 ? -0.3 : 0.1;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.0, difficulty, choices.size()));
    }

    private static String whyNot(Band candidate, double r) {
        String value = "$r \\approx " + Text.fixed(r, 2) + "$";
        boolean candidatePositive = candidate.low() >= 0.2;
        boolean candidateNegative = candidate.high() <= -0.2;
        if (Math.abs(r) < 0.2) {
            return "The cloud has hardly any tilt: " + value + ", too weak for this band.";
        }
        if (candidatePositive && r < 0 || candidateNegative && r > 0) {
            return "The sign is wrong: the cloud " + (r < 0 ? "falls" : "rises") + ", " + value + ".";
        }
        if (candidate.contains(0)) {
            return "There is a clear tilt: " + value + ", at least 0.2 in size.";
        }
        double weakest = Math.min(Math.abs(candidate.low()), Math.abs(candidate.high()));
        return Math.abs(r) < weakest ? "The points scatter too widely for this band: " + value + "."
                : "The points hug a line more tightly than this band allows: " + value + ".";
    }

    private static int min(int[] values) {
        int min = Integer.MAX_VALUE;
        for (int v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    private static String scatterReading(Band band) {
        if (band.high() <= -0.2) {
            return "The cloud falls from left to right" + (band.high() <= -0.7 ? " and hugs a line tightly."
                    : ", but loosely, with wide scatter around any line.");
        }
        if (band.low() >= 0.2) {
            return "The cloud rises from left to right" + (band.low() >= 0.7 ? " and hugs a line tightly."
                    : ", but loosely, with wide scatter around any line.");
        }
        return "The cloud shows no clear upward or downward tilt.";
    }

    /** A character grid with x to the right and y upwards; cells hit by several points show their count. */
    private static String plot(int[] x, int[] y) {
        int yMin = Integer.MAX_VALUE;
        int yMax = Integer.MIN_VALUE;
        for (int v : y) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
        }
        int[][] grid = new int[HEIGHT][WIDTH];
        for (int i = 0; i < x.length; i++) {
            int column = (int) Math.round(x[i] * (WIDTH - 1) / 40.0);
            int row = yMax == yMin ? 0 : (int) Math.round((y[i] - yMin) * (HEIGHT - 1) / (double) (yMax - yMin));
            grid[HEIGHT - 1 - row][column]++;
        }
        int labelWidth = Math.max(String.valueOf(yMax).length(), String.valueOf(yMin).length());
        StringBuilder out = new StringBuilder("```text\n");
        for (int r = 0; r < HEIGHT; r++) {
            String label = r == 0 ? String.valueOf(yMax) : r == HEIGHT - 1 ? String.valueOf(yMin) : "";
            out.append(" ".repeat(labelWidth - label.length())).append(label).append(" |");
            for (int c = 0; c < WIDTH; c++) {
                int count = grid[r][c];
                out.append(count == 0 ? ' ' : count == 1 ? '*' : (char) ('0' + Math.min(count, 9)));
            }
            out.append('\n');
        }
        out.append(" ".repeat(labelWidth)).append(" +").append("-".repeat(WIDTH)).append('\n');
        out.append(" ".repeat(labelWidth)).append("  0").append(" ".repeat(WIDTH - 3)).append("40\n```\n");
        return out.toString();
    }

    private static double mean(int[] values) {
        double sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double pearson(int[] x, int[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static boolean comfortablyInside(Band band, double r) {
        return band.contains(r) && r - band.low() >= 0.06 && band.high() - r >= 0.06;
    }
}
