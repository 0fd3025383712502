package org.mlready.assessment.item.tasks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Which of four report sentences states an A/B result accurately. The distractors swap percentage points and
 * percent, divide by the wrong base, or draw the wrong conclusion from the confidence interval.
 */
public final class AccurateStatementFamily extends GeneratedItemFamily {

    private static final List<String> METRICS = List.of("sign-up rate", "conversion rate", "click-through rate",
            "7-day retention", "checkout completion rate");

    public AccurateStatementFamily() {
        super("accurate-summary-statement", "task-communicate-findings", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String metric = RandomDraw.pick(random, METRICS);
        int n0;
        int n1;
        int c0;
        int c1;
        double rate0;
        double rate1;
        double diff;
        double low;
        double high;
        List<String> sentences;
        do {
            n0 = RandomDraw.between(random, 20, 120) * 100;
            n1 = RandomDraw.between(random, 20, 120) * 100;
            c0 = (int) Math.round(n0 * RandomDraw.between(random, 20, 300) / 1000.0);
            c1 = (int) Math.round(n1 * (c0 / (double) n0 * (1 + RandomDraw.between(random, -30, 40) / 100.0)));
            double p0 = (double) c0 / n0;
            double p1 = (double) c1 / n1;
            double se = Math.sqrt(p0 * (1 - p0) / n0 + p1 * (1 - p1) / n1);
            rate0 = percent(c0, n0, 1).doubleValue();
            rate1 = percent(c1, n1, 1).doubleValue();
            diff = 100 * (p1 - p0);
            low = Num.round(diff - 196 * se, 1);
            high = Num.round(diff + 196 * se, 1);
            sentences = sentences(metric, c0, n0, c1, n1, low, high);
        } while (c1 <= 0 || Math.abs(diff) < 0.2 || Math.abs(low) < 0.1 || Math.abs(high) < 0.1
                || new HashSet<>(sentences).size() < 4
                || Math.abs(Num.round(Math.abs(rate1 - rate0), 1)
                - percent(Math.abs((long) c1 * n0 - (long) c0 * n1), (long) n0 * n1, 1).doubleValue()) > 1e-9);
        boolean significant = low > 0 || high < 0;
        List<ChoiceSet.Option> options = List.of(
                new ChoiceSet.Option(sentences.get(0), true, "Correct: the points, the relative change (divided by "
                        + "the control rate) and the reading of the interval all match the data."),
                new ChoiceSet.Option(sentences.get(1), false, "It swaps the units: the plain difference of the two "
                        + "rates is in percentage points, and the relative change is in percent."),
                new ChoiceSet.Option(sentences.get(2), false, "The relative change is divided by the treatment "
                        + "rate; it must be divided by the starting (control) rate."),
                new ChoiceSet.Option(sentences.get(3), false, "The interval " + (significant ? "excludes" : "includes")
                        + " zero, so the change is " + (significant ? "" : "not ") + "statistically significant at the "
                        + "5% level."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        long gap = Math.abs((long) c1 * n0 - (long) c0 * n1);
        String sign = diff < 0 ? "-" : "";
        String stem = "An A/B test of a new ranking model gives:\n\n" + MarkdownTable.render(List.of("arm", "users",
                "converted"), List.of(List.of("control", String.valueOf(n0), String.valueOf(c0)),
                List.of("new model", String.valueOf(n1), String.valueOf(c1)))) + "\nThe 95% confidence interval for "
                + "the difference in " + metric + " (new model minus control) is " + Num.fixed(low, 1) + " to "
                + Num.fixed(high, 1) + " percentage points.\n\nWhich sentence for the report states the result "
                + "accurately? (Rates and differences are rounded to 1 decimal, relative changes to whole percent.)";
        String solution = "Rates: control $" + c0 + " / " + n0 + " \\approx " + Num.fixed(rate0, 1) + "\\%$, new model $"
                + c1 + " / " + n1 + " \\approx " + Num.fixed(rate1, 1) + "\\%$.\n\n- Absolute change: $"
                + sign + percent(gap, (long) n0 * n1, 1) + "$ percentage points.\n- Relative change, divided by the control rate: $"
                + Num.fixed(diff, 4) + " / " + Num.fixed(100.0 * c0 / n0, 4) + " \\approx "
                + sign + percent(gap, (long) c0 * n1, 0) + "\\%$.\n- The interval " + Num.fixed(low, 1) + " to " + Num.fixed(high, 1)
                + (significant ? " excludes" : " includes") + " zero, so the change is " + (significant ? "" : "not ")
                + "statistically significant at the 5% level.\n\nAnswer: **" + sentences.get(0) + "**";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, List.of("Compute each arm's rate, then the difference in percentage points.",
                "A relative change is divided by the starting value; check whether the interval contains 0."),
                choices, ItemIrt.choice(1.2, 0.5, choices.size()));
    }

    /** The accurate sentence first, then the three misstatements; rounding is done on exact fractions. */
    private static List<String> sentences(String metric, int c0, int n0, int c1, int n1, double low, double high) {
        long gap = Math.abs((long) c1 * n0 - (long) c0 * n1);
        String points = percent(gap, (long) n0 * n1, 1).toPlainString();
        String relative = percent(gap, (long) c0 * n1, 0).toPlainString();
        String wrongBase = percent(gap, (long) c1 * n0, 0).toPlainString();
        String verb = (long) c1 * n0 > (long) c0 * n1 ? "rose" : "fell";
        String from = "The " + metric + " " + verb + " from " + percent(c0, n0, 1).toPlainString() + "% to "
                + percent(c1, n1, 1).toPlainString() + "%, ";
        boolean significant = low > 0 || high < 0;
        String interval = "; the 95% CI of " + Num.fixed(low, 1) + " to " + Num.fixed(high, 1) + " points";
        String right = interval + (significant ? " excludes zero, so the change is statistically significant."
                : " includes zero, so the change is not statistically significant.");
        String wrong = interval + (significant ? " includes zero, so the change is not statistically significant."
                : " excludes zero, so the change is statistically significant.");
        return List.of(
                from + points + " percentage points (" + relative + "% relative)" + right,
                from + relative + " percentage points (" + points + "% relative)" + right,
                from + points + " percentage points (" + wrongBase + "% relative)" + right,
                from + points + " percentage points (" + relative + "% relative)" + wrong);
    }

    /** 100 * numerator / denominator rounded half up to {@code decimals} places. */
    private static BigDecimal percent(long numerator, long denominator, int decimals) {
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), decimals,
                RoundingMode.HALF_UP);
    }
}
