package org.mlready.assessment.item.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * EDA step "look at pairwise relationships": which pair of four numeric columns of a small shown table has the
 * largest |Pearson r|. Columns mix two hidden factors, so the strongest pair may be negatively correlated.
 */
public final class StrongestCorrelationFamily extends GeneratedItemFamily {

    private static final int ROWS = 8;
    private static final List<List<String>> DOMAINS = List.of(
            List.of("area_m2", "rooms", "age_years", "distance_km", "price_k"),
            List.of("tenure_months", "monthly_spend", "support_calls", "logins_per_week", "discount_pct"),
            List.of("temperature_c", "humidity_pct", "wind_kmh", "rainfall_mm", "visitors"),
            List.of("study_hours", "sleep_hours", "screen_hours", "exam_score", "absences"),
            List.of("engine_kw", "weight_kg", "fuel_l_per_100km", "top_speed_kmh", "price_k"));

    public StrongestCorrelationFamily() {
        super("eda-strongest-correlation", "task-complete-eda", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        List<String> names = RandomDraw.sample(random, RandomDraw.pick(random, DOMAINS), 4);
        int[][] columns;
        double[][] r;
        int[] order;
        do {
            columns = draw(random);
            r = correlations(columns);
            order = pairsByStrength(r);
        } while (Math.abs(r[order[0] / 4][order[0] % 4]) < 0.5
                || Math.abs(r[order[0] / 4][order[0] % 4]) - Math.abs(r[order[1] / 4][order[1] % 4]) < 0.1);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            List<String> row = new ArrayList<>();
            for (int[] column : columns) {
                row.add(String.valueOf(column[i]));
            }
            rows.add(row);
        }
        int best = order[0];
        List<Integer> shown = new ArrayList<>(List.of(best));
        List<Integer> others = new ArrayList<>();
        for (int k = 1; k < order.length; k++) {
            others.add(order[k]);
        }
        shown.addAll(RandomDraw.sample(random, others, 3));
        double bestR = r[best / 4][best % 4];
        List<ChoiceSet.Option> options = new ArrayList<>();
        for (int pair : shown) {
            double value = r[pair / 4][pair % 4];
            String text = "`" + names.get(pair / 4) + "` and `" + names.get(pair % 4) + "`";
            String explanation = pair == best
                    ? "Correct: r = " + Num.fixed(value, 3) + ", the largest |r| of all six pairs"
                    + (value < 0 ? "; a strong negative relationship counts as strongly as a positive one." : ".")
                    : "r = " + Num.fixed(value, 3) + ", so |r| = " + Num.fixed(Math.abs(value), 3)
                    + " is below " + Num.fixed(Math.abs(bestR), 3) + ": a weaker linear relationship.";
            options.add(new ChoiceSet.Option(text, pair == best, explanation));
        }
        var choices = ChoiceSet.shuffled(random, options);
        String stem = "As part of an EDA you look at pairwise relationships between the numeric columns of a small "
                + "sample (`df`, " + ROWS + " rows):\n\n" + MarkdownTable.render(names, rows)
                + "\nWhich pair of columns has the strongest **linear** relationship, i.e. the largest absolute "
                + "Pearson correlation $|r|$ in `df.corr()`?";
        StringBuilder solution = new StringBuilder("Compute $r = \\frac{\\sum (x_i - \\bar x)(y_i - \\bar y)}"
                + "{\\sqrt{\\sum (x_i - \\bar x)^2 \\sum (y_i - \\bar y)^2}}$ for every pair (this is what "
                + "`df.corr()` shows):\n\n| pair | r | abs r |\n| --- | --- | --- |\n");
        for (int pair : order) {
            double value = r[pair / 4][pair % 4];
            solution.append(MarkdownTable.row(List.of(names.get(pair / 4) + " / " + names.get(pair % 4),
                    Num.fixed(value, 3), Num.fixed(Math.abs(value), 3))));
        }
        solution.append("\nThe sign only gives the direction; the strength is $|r|$. The largest is ")
                .append(Num.fixed(Math.abs(bestR), 3)).append(".\n\nAnswer: **").append(names.get(best / 4))
                .append(" and ").append(names.get(best % 4)).append("**.");
        List<String> hints = List.of("`df.corr()` gives Pearson r for every pair of columns.",
                "Compare absolute values: r = -0.9 is a stronger relationship than r = 0.6.",
                "A scatter of two columns that lies close to a line, rising or falling, has |r| near 1.");
        boolean negative = bestR < 0;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution.toString(), hints, choices, ItemIrt.choice(1.1, negative ? 0.6 : 0.2, choices.size()));
    }

    /** Four integer columns, each a random mix of two hidden factors plus noise, in a plausible range. */
    private static int[][] draw(Random random) {
        double[][] factors = new double[2][ROWS];
        for (int i = 0; i < ROWS; i++) {
            factors[0][i] = random.nextGaussian();
            factors[1][i] = random.nextGaussian();
        }
        int[][] columns = new int[4][ROWS];
        for (int c = 0; c < 4; c++) {
            double w0 = RandomDraw.pick(random, -2, -1, 0, 1, 2);
            double w1 = RandomDraw.pick(random, -2, -1, 0, 1, 2);
            double noise = RandomDraw.pick(random, 1, 2, 3) * 0.4;
            int centre = RandomDraw.between(random, 2, 9) * 10;
            int scale = RandomDraw.between(random, 2, 6);
            for (int i = 0; i < ROWS; i++) {
                double z = w0 * factors[0][i] + w1 * factors[1][i] + noise * random.nextGaussian();
                columns[c][i] = Math.max(0, (int) Math.round(centre + scale * z));
            }
        }
        return columns;
    }

    private static double[][] correlations(int[][] columns) {
        double[][] r = new double[4][4];
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                r[a][b] = pearson(columns[a], columns[b]);
            }
        }
        return r;
    }

    private static double pearson(int[] x, int[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
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

    /** The six pairs (encoded a * 4 + b, a < b) from the largest |r| down. */
    private static int[] pairsByStrength(double[][] r) {
        List<Integer> pairs = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                pairs.add(a * 4 + b);
            }
        }
        pairs.sort((p, q) -> Double.compare(Math.abs(r[q / 4][q % 4]), Math.abs(r[p / 4][p % 4])));
        return pairs.stream().mapToInt(Integer::intValue).toArray();
    }
}
