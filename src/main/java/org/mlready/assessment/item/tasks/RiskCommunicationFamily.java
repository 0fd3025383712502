package org.mlready.assessment.item.tasks;

import java.util.List;
import java.util.Random;

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
 * Putting an intervention's effect into the numbers a stakeholder can use: the absolute change in percentage
 * points, the relative change in percent, the risk ratio, or the number who must be treated to prevent one event.
 */
public final class RiskCommunicationFamily extends GeneratedItemFamily {

    private record Scenario(String intervention, String units, String event) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("a model-triggered retention offer", "customers", "churned within 90 days"),
            new Scenario("a proactive support call for flagged accounts", "accounts", "cancelled within a year"),
            new Scenario("a model-prioritised maintenance schedule", "machines", "failed within 6 months"),
            new Scenario("reminder messages to patients flagged by the model", "patients", "missed their appointment"),
            new Scenario("a fraud warning shown to flagged users", "users", "reported a scam loss"));

    public RiskCommunicationFamily() {
        super("risk-communication", "task-communicate-findings", 4000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Scenario scenario = RandomDraw.pick(random, SCENARIOS);
        int n0;
        int n1;
        int e0;
        int e1;
        long arrNumerator;
        do {
            n0 = RandomDraw.between(random, 4, 40) * 100;
            n1 = RandomDraw.between(random, 4, 40) * 100;
            e0 = n0 * RandomDraw.between(random, 8, 35) / 100 + RandomDraw.between(random, -9, 9);
            e1 = (int) Math.round(n1 * (e0 / (double) n0 - RandomDraw.between(random, 10, 80) / 1000.0));
            arrNumerator = (long) e0 * n1 - (long) e1 * n0;
        } while (e1 <= 0 || arrNumerator <= 0 || nearWholeButNotWhole((double) n0 * n1 / arrNumerator));
        double p0 = (double) e0 / n0;
        double p1 = (double) e1 / n1;
        int question = random.nextInt(4);
        String stem = "A randomised pilot tests " + scenario.intervention() + ":\n\n" + MarkdownTable.render(
                List.of("group", scenario.units(), scenario.event()), List.of(
                        List.of("control (no intervention)", String.valueOf(n0), String.valueOf(e0)),
                        List.of("treatment", String.valueOf(n1), String.valueOf(e1)))) + "\n";
        String rates = "Event rates: control $" + e0 + " / " + n0 + Num.eq(100 * p0, 4) + Num.of(100 * p0)
                + "\\%$, treatment $" + e1 + " / " + n1 + Num.eq(100 * p1, 4) + Num.of(100 * p1) + "\\%$.";
        String solution;
        AnswerKey key;
        List<String> hints;
        double difficulty;
        if (question == 0) {
            double points = 100 * (p0 - p1);
            double answer = Num.round(points, 1);
            stem += "For the summary slide: by how many **percentage points** did the intervention lower the rate of "
                    + "\"" + scenario.event() + "\"? Round to 1 decimal place.";
            solution = rates + " The absolute difference is a difference of percentages, measured in percentage "
                    + "points:\n\n$$" + Num.of(100 * p0) + " - " + Num.of(100 * p1) + Num.eq(points, 1)
                    + Num.fixed(answer, 1) + "$$\n\nAnswer: **" + Num.fixed(answer, 1) + "**.";
            key = AnswerKeys.rounded(answer, 1);
            hints = List.of("Turn each count into a rate within its own group first.",
                    "Percentage points are the plain difference of the two percentages.");
            difficulty = -0.8;
        } else if (question == 1) {
            double relative = 100 * (p0 - p1) / p0;
            double answer = Num.round(relative, 1);
            stem += "By what **percent** (relative to the control rate) did the intervention lower the rate of \""
                    + scenario.event() + "\"? Round to 1 decimal place.";
            solution = rates + " The relative reduction divides the difference by the control rate:\n\n$$\\frac{"
                    + Num.of(100 * p0) + " - " + Num.of(100 * p1) + "}{" + Num.of(100 * p0) + "} \\times 100"
                    + Num.eq(relative, 1) + Num.fixed(answer, 1) + "\\%$$\n\nAnswer: **" + Num.fixed(answer, 1) + "**.";
            key = AnswerKeys.rounded(answer, 1);
            hints = List.of("Compute both rates, then their difference.",
                    "A relative change is divided by the starting (control) rate.");
            difficulty = -0.2;
        } else if (question == 2) {
            double ratio = p1 / p0;
            double answer = Num.round(ratio, 3);
            stem += "What is the risk ratio (relative risk) of treatment versus control? Round to 3 decimal places.";
            solution = rates + " The risk ratio is the treatment rate divided by the control rate:\n\n$$\\frac{"
                    + Num.of(p1) + "}{" + Num.of(p0) + "}" + Num.eq(ratio, 3) + Num.fixed(answer, 3)
                    + "$$\n\nAnswer: **" + Num.fixed(answer, 3) + "**.";
            key = AnswerKeys.rounded(answer, 3);
            hints = List.of("Compute the event rate in each group.", "Divide treatment by control.");
            difficulty = -0.4;
        } else {
            long denominator = (long) n0 * n1;
            long nnt = (denominator + arrNumerator - 1) / arrNumerator;
            double arr = p0 - p1;
            stem += "How many " + scenario.units() + " must receive the intervention to prevent one event, on "
                    + "average (the number needed to treat, 1 / absolute risk reduction)? Round up to a whole number.";
            solution = rates + " Absolute risk reduction: $" + Num.of(p0) + " - " + Num.of(p1) + Num.eq(arr, 4)
                    + Num.of(arr) + "$.\n\n$$\\text{NNT} = 1 / \\left(\\frac{" + e0 + "}{" + n0 + "} - \\frac{" + e1 + "}{"
                    + n1 + "}\\right) \\approx "
                    + Num.fixed((double) denominator / arrNumerator, 2) + "$$ rounded up to " + nnt
                    + ".\n\nAnswer: **" + nnt + "**.";
            key = AnswerKeys.exact(nnt);
            hints = List.of("Find the absolute risk reduction as a proportion (not in percent).",
                    "Take its reciprocal and round up.");
            difficulty = 0.4;
        }
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, key, solution, hints, List.of(),
                ItemIrt.free(1.1, difficulty));
    }

    /** Rounding up is fragile when 1 / ARR lies just beside a whole number, so such draws are skipped. */
    private static boolean nearWholeButNotWhole(double value) {
        double fraction = value - Math.floor(value);
        return fraction > 1e-9 && (fraction < 0.05 || fraction > 0.95);
    }
}
