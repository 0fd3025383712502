package org.mlready.assessment.item.research;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/** A change between two rates written correctly: in percentage points or as a relative percent change. */
public final class PercentVsPointsFamily extends GeneratedItemFamily {

    private static final List<String> RATES = List.of("click-through rate", "false-positive rate", "recall",
            "churn rate", "top-1 accuracy", "word error rate", "cache hit rate", "conversion rate");

    public PercentVsPointsFamily() {
        super("percent-vs-points", "technical-writing", 5000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String rate = RandomDraw.pick(random, RATES);
        boolean points = random.nextBoolean();
        int before;
        int after;
        do {
            before = RandomDraw.between(random, 10, 900);
            after = before + RandomDraw.between(random, -before / 2, before / 2);
        } while (after == before || !points && halfwayAtOneDecimal(after - before, before));
        boolean up = after > before;
        String b = Decimals.fixed(before / 10.0, 1);
        String a = Decimals.fixed(after / 10.0, 1);
        String stem = "After a model update the " + rate + " went from " + b + "% to " + a + "%. A draft report says "
                + "\"the " + rate + " " + (up ? "rose" : "fell") + " by X" + (points ? " percentage points" : "%")
                + "\"" + (points ? "." : ", meaning the change relative to the old value.") + " What must X be for the "
                + "sentence to be correct? Give a positive number" + (points ? " with 1 decimal place."
                : ", rounded to 1 decimal place.");
        double diff = Math.abs(after - before) / 10.0;
        double relative = Math.abs(after - before) * 100.0 / before;
        double answer = points ? diff : Decimals.round(relative, 1);
        String solution = points
                ? "Percentage points are the plain difference of the two percentages: $|" + a + " - " + b + "| = "
                + Decimals.fixed(diff, 1) + "$. The relative change, " + Decimals.fixed(relative, 1) + "%, is a "
                + "different quantity, so the unit must be named."
                : "A relative change divides the difference by the old value: $|" + a + " - " + b + "| / " + b
                + " \\times 100 = " + Decimals.fixed(relative, 3) + "$%. The plain difference, "
                + Decimals.fixed(diff, 1) + ", is in percentage points and must not be written with %.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                AnswerKeys.rounded(answer, 1),
                solution + "\n\nAnswer: **" + Decimals.fixed(answer, 1) + "**.",
                List.of(points ? "Percentage points compare the two percentages directly."
                        : "Relative to the old value means dividing by it."),
                List.of(), ItemIrt.free(1.0, points ? -1.0 : -0.2));
    }

    /** True when 100 * diff / before ends exactly in 5 at the second decimal, where rounding conventions differ. */
    private static boolean halfwayAtOneDecimal(int diff, int before) {
        long d = Math.abs(diff);
        return 2000L * d % before == 0 && 1000L * d % before != 0;
    }
}
