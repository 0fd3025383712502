package org.mlready.assessment.item.mlops;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Monthly object-storage bill under tiered per-GB prices, and the saving of a lifecycle rule that moves part of the
 * data to a cold tier (the standard tiers then apply to what stays).
 */
public final class TieredStorageCostFamily extends GeneratedItemFamily {

    private static final int FIRST_TB = 50;
    private static final int SECOND_TB = 450;

    public TieredStorageCostFamily() {
        super("tiered-storage-cost", "cloud-storage-compute", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean lifecycle = random.nextBoolean();
        int totalTb = RandomDraw.pick(random, 1, 2, 3) == 1 ? RandomDraw.between(random, 10, 49)
                : RandomDraw.between(random, 51, 900);
        BigDecimal p1 = BigDecimal.valueOf(RandomDraw.between(random, 21, 26), 3);
        BigDecimal p2 = p1.subtract(BigDecimal.valueOf(RandomDraw.between(random, 1, 2), 3));
        BigDecimal p3 = p2.subtract(BigDecimal.valueOf(1, 3));
        BigDecimal cold = BigDecimal.valueOf(RandomDraw.pick(random, 10, 12, 40, 45, 50), 4);
        int movedTb = lifecycle ? Math.max(1, totalTb * RandomDraw.between(random, 3, 8) / 10) : 0;

        String prices = "Object storage is billed per GB-month in tiers (made-up prices, 1 TB = 1000 GB):\n\n"
                + Text.table(List.of("Standard tier", "USD per GB-month"), List.of(
                List.of("first " + FIRST_TB + " TB", p1.toPlainString()),
                List.of("next " + SECOND_TB + " TB", p2.toPlainString()),
                List.of("over " + (FIRST_TB + SECOND_TB) + " TB", p3.toPlainString())))
                + (lifecycle ? "\nA cold (archive) tier costs a flat USD " + cold.stripTrailingZeros().toPlainString() + " per GB-month.\n" : "");
        String stem;
        StringBuilder solution = new StringBuilder();
        BigDecimal before = tiered(totalTb, p1, p2, p3, solution, "All " + totalTb + " TB in the standard tier");
        double answer;
        if (lifecycle) {
            stem = prices + "\nA training-data bucket holds " + totalTb + " TB in the standard tier. A lifecycle rule "
                    + "moves " + movedTb + " TB that nobody has read for 90 days to the cold tier (ignore retrieval "
                    + "and transition fees). By how much does the monthly storage bill fall, in USD? Round to 2 "
                    + "decimal places.";
            solution.append("\n\n");
            BigDecimal after = tiered(totalTb - movedTb, p1, p2, p3, solution,
                    "After the move, the " + (totalTb - movedTb) + " TB left in the standard tier");
            BigDecimal coldCost = BigDecimal.valueOf(movedTb * 1000L).multiply(cold);
            solution.append("\n\nThe cold tier adds $").append(movedTb * 1000L).append(" \\times ")
                    .append(cold.stripTrailingZeros().toPlainString()).append(" = ").append(Text.fixed(coldCost.doubleValue(), 2))
                    .append("$ USD.");
            BigDecimal saving = before.subtract(after.add(coldCost));
            solution.append("\n\nSaving: $").append(Text.fixed(before.doubleValue(), 2)).append(" - (")
                    .append(Text.fixed(after.doubleValue(), 2)).append(" + ").append(Text.fixed(coldCost.doubleValue(), 2))
                    .append(") = ").append(Text.fixed(saving.doubleValue(), 2)).append("$ USD per month.");
            answer = saving.doubleValue();
        } else {
            stem = prices + "\nA training-data bucket holds " + totalTb + " TB. What is its monthly storage bill, in "
                    + "USD? Round to 2 decimal places.";
            answer = before.doubleValue();
        }
        solution.append("\n\nAnswer: **").append(Text.fixed(answer, 2)).append("** USD.");
        List<String> hints = new ArrayList<>();
        hints.add("Each tier's price applies only to the gigabytes that fall inside that tier.");
        if (lifecycle) {
            hints.add("Bill the data left in the standard tier through the tiers again, then add the cold tier.");
        }
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                AnswerKeys.rounded(Text.round(answer, 2), 2), solution.toString(), hints, List.of(),
                ItemIrt.free(1.1, (lifecycle ? 0.5 : -0.5) + (totalTb > FIRST_TB ? 0.3 : 0)));
    }

    /** The tiered bill of {@code tb} terabytes, with its derivation appended to {@code solution}. */
    private static BigDecimal tiered(int tb, BigDecimal p1, BigDecimal p2, BigDecimal p3, StringBuilder solution,
                                     String label) {
        long first = Math.min(tb, FIRST_TB) * 1000L;
        long second = Math.max(0, Math.min(tb, FIRST_TB + SECOND_TB) - FIRST_TB) * 1000L;
        long third = Math.max(0, tb - FIRST_TB - SECOND_TB) * 1000L;
        BigDecimal cost = BigDecimal.valueOf(first).multiply(p1).add(BigDecimal.valueOf(second).multiply(p2))
                .add(BigDecimal.valueOf(third).multiply(p3));
        List<String> terms = new ArrayList<>();
        terms.add(first + " \\times " + p1.toPlainString());
        if (second > 0) {
            terms.add(second + " \\times " + p2.toPlainString());
        }
        if (third > 0) {
            terms.add(third + " \\times " + p3.toPlainString());
        }
        solution.append(label).append(": $").append(String.join(" + ", terms)).append(" = ")
                .append(Text.fixed(cost.doubleValue(), 2)).append("$ USD per month.");
        return cost;
    }
}
