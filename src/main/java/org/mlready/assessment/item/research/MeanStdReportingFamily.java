package org.mlready.assessment.item.research;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/** Reporting mean ± std: the std to 1 or 2 significant figures, the mean to the same decimal place. */
public final class MeanStdReportingFamily extends GeneratedItemFamily {

    private record Quantity(String name, int meanLow, int meanHigh, int meanScale, int stdLow, int stdHigh,
                            int stdScale) {
    }

    /** Means and stds are drawn as integers and scaled by 10^-scale, so every shown digit is exact. */
    private static final List<Quantity> QUANTITIES = List.of(
            new Quantity("accuracy (as a fraction)", 7000000, 9900000, 7, 500, 40000, 7),
            new Quantity("macro-F1 (%)", 600000, 950000, 4, 500, 40000, 5),
            new Quantity("p50 latency (ms)", 100000, 900000, 4, 500, 9000, 4),
            new Quantity("validation loss", 1000000, 9000000, 7, 500, 30000, 6),
            new Quantity("throughput (images/s)", 1000000, 9000000, 3, 1000, 9000, 3));

    public MeanStdReportingFamily() {
        super("mean-std-reporting", "technical-writing", 5000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Quantity q = RandomDraw.pick(random, QUANTITIES);
        int figures = random.nextBoolean() ? 1 : 2;
        int runs = RandomDraw.between(random, 3, 10);
        BigDecimal mean;
        BigDecimal std;
        BigDecimal stdRounded;
        BigDecimal meanRounded;
        do {
            mean = BigDecimal.valueOf(RandomDraw.between(random, q.meanLow(), q.meanHigh()), q.meanScale());
            std = BigDecimal.valueOf(RandomDraw.between(random, q.stdLow(), q.stdHigh()), q.stdScale());
            stdRounded = std.round(new MathContext(figures, RoundingMode.HALF_UP));
            meanRounded = stdRounded.scale() < 0 ? null : mean.setScale(stdRounded.scale(), RoundingMode.HALF_UP);
        } while (meanRounded == null || meanRounded.scale() >= mean.scale() || std.precision() <= figures
                || halfway(std, stdRounded) || halfway(mean, meanRounded));
        String stem = "Across " + runs + " seeds your script reports the " + q.name() + ": mean `"
                + mean.toPlainString() + "` and standard deviation `" + std.toPlainString() + "`. The team's style "
                + "guide says: round the standard deviation to **" + figures + " significant figure"
                + (figures == 1 ? "" : "s") + "** and the mean to the same decimal place as the rounded standard "
                + "deviation. Give the two reported numbers as a pair (mean, std).";
        String solution = "The standard deviation $" + std.toPlainString() + "$ to " + figures + " significant figure"
                + (figures == 1 ? "" : "s") + " is $" + stdRounded.toPlainString() + "$, whose last digit is in "
                + place(stdRounded.scale()) + ". Rounding the mean $" + mean.toPlainString() + "$ to that place gives $"
                + meanRounded.toPlainString() + "$. Digits beyond the uncertainty are noise and imply a precision the "
                + "runs do not have; report $" + meanRounded.toPlainString() + " \\pm " + stdRounded.toPlainString()
                + "$.\n\nAnswer: **(" + meanRounded.toPlainString() + ", " + stdRounded.toPlainString() + ")**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.VECTOR,
                AnswerKeys.exactVector(meanRounded.doubleValue(), stdRounded.doubleValue()), solution,
                List.of("Significant figures start at the first non-zero digit.",
                        "Round the standard deviation first; it decides how many decimals the mean keeps."),
                List.of(), ItemIrt.free(1.0, figures == 1 ? -0.3 : 0.1));
    }

    /** True when the dropped digits are exactly one half of the last kept place, where conventions disagree. */
    private static boolean halfway(BigDecimal exact, BigDecimal rounded) {
        BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-rounded.scale()).divide(BigDecimal.valueOf(2));
        return exact.subtract(rounded).abs().compareTo(half) == 0;
    }

    private static String place(int scale) {
        if (scale <= 0) {
            return "the units place";
        }
        return "decimal place " + scale;
    }
}
