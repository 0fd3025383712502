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
 * A series with a repeating cycle plus noise: which candidate lag has the highest sample autocorrelation, i.e.
 * the seasonal period. Candidates never include a multiple of the period, which would also correlate highly.
 */
public final class SeasonalPeriodFamily extends GeneratedItemFamily {

    private record Setting(String series, String step, int period, int minLength, int maxLength) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("daily visits to a gym", "day", 7, 28, 35),
            new Setting("daily orders of a bakery", "day", 7, 28, 35),
            new Setting("quarterly sales of a garden centre", "quarter", 4, 20, 28),
            new Setting("monthly heating-oil deliveries", "month", 12, 36, 36),
            new Setting("weekday canteen meals at a school with a 5-day week", "school day", 5, 25, 30),
            new Setting("readings every 4 hours of a building's power use", "4-hour slot", 6, 24, 30),
            new Setting("hourly calls to a 3-shift factory's helpdesk", "hour", 8, 32, 40));

    public SeasonalPeriodFamily() {
        super("seasonal-period-acf", "visual-pattern-finding", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Setting setting = RandomDraw.pick(random, SETTINGS);
        int p = setting.period();
        int n = RandomDraw.between(random, setting.minLength(), setting.maxLength());
        List<Integer> candidates;
        int[] values;
        double[] acf;
        do {
            int level = RandomDraw.between(random, 40, 120);
            int[] pattern = new int[p];
            for (int i = 0; i < p; i++) {
                pattern[i] = RandomDraw.between(random, -18, 18);
            }
            values = new int[n];
            for (int t = 0; t < n; t++) {
                values[t] = level + pattern[t % p] + RandomDraw.between(random, -3, 3);
            }
            List<Integer> others = new ArrayList<>();
            for (int lag = 2; lag <= n / 2; lag++) {
                if (lag % p != 0) {
                    others.add(lag);
                }
            }
            candidates = RandomDraw.shuffledPrefix(random, others, 3);
            candidates.add(p);
            candidates.sort(Integer::compare);
            acf = new double[n];
            for (int lag : candidates) {
                acf[lag] = autocorrelation(values, lag);
            }
        } while (!clearWinner(acf, candidates, p));

        List<ChoiceSet.Option> options = new ArrayList<>();
        for (int lag : candidates) {
            String r = "$r_{" + lag + "} \\approx " + Text.fixed(acf[lag], 2) + "$";
            options.add(new ChoiceSet.Option(lag + " " + setting.step() + "s", lag == p, lag == p
                    ? "Correct: " + r + ", the highest of the candidates; the pattern repeats every " + p + " "
                    + setting.step() + "s." : "Only " + r + ": values " + lag + " " + setting.step()
                    + "s apart are at different points of the cycle."));
        }
        List<Choice> choices = ChoiceSet.lettered(options);
        StringBuilder list = new StringBuilder();
        for (int t = 0; t < n; t++) {
            list.append(t == 0 ? "" : t % 12 == 0 ? ",\n     " : ", ").append(values[t]);
        }
        String stem = "These are " + n + " consecutive " + setting.series() + ", one value per "
                + setting.step() + ":\n\n```python\nx = [" + list + "]\n```\n\n"
                + "The sample autocorrelation at lag $k$ is $r_k = \\dfrac{\\sum_{t=1}^{n-k} (x_t - \\bar x)"
                + "(x_{t+k} - \\bar x)}{\\sum_{t=1}^{n} (x_t - \\bar x)^2}$. Of the candidate lags below, which has "
                + "the highest autocorrelation, i.e. the length of the repeating cycle?";
        StringBuilder steps = new StringBuilder();
        for (int lag : candidates) {
            steps.append("- $r_{").append(lag).append("} \\approx ").append(Text.fixed(acf[lag], 3)).append("$\n");
        }
        String solution = "Shifting the series by one full cycle lines up highs with highs and lows with lows, so "
                + "the autocorrelation peaks at the period; other shifts pair unrelated phases.\n\n" + steps
                + "\nThe highest is at lag " + p + ": the values repeat every " + p + " " + setting.step() + "s.\n\n"
                + "Answer: **" + p + " " + setting.step() + "s**.";
        List<String> hints = List.of("Look for the highest values: how far apart are they?",
                "Compare $x_t$ with $x_{t+k}$ for each candidate $k$: at the right lag they move together.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.0, p >= 8 ? 0.2 : -0.2, choices.size()));
    }

    static double autocorrelation(int[] x, int lag) {
        double mean = 0;
        for (int v : x) {
            mean += v;
        }
        mean /= x.length;
        double numerator = 0;
        double denominator = 0;
        for (int t = 0; t < x.length; t++) {
            denominator += (x[t] - mean) * (x[t] - mean);
            if (t + lag < x.length) {
                numerator += (x[t] - mean) * (x[t + lag] - mean);
            }
        }
        return numerator / denominator;
    }

    private static boolean clearWinner(double[] acf, List<Integer> candidates, int period) {
        for (int lag : candidates) {
            if (lag != period && acf[period] - acf[lag] < 0.3) {
                return false;
            }
        }
        return true;
    }
}
