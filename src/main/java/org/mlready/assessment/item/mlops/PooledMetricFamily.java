package org.mlready.assessment.item.mlops;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Reviewing a combined evaluation claim: accuracies measured by teammates on splits of different sizes combine
 * weighted by size (not as a plain mean), and a combined figure can be unpicked to check one teammate's share.
 */
public final class PooledMetricFamily extends GeneratedItemFamily {

    /** Split sizes whose only prime factors are 2 and 5, so every accuracy is a terminating decimal. */
    private static final int[] SIZES = {200, 250, 400, 500, 640, 800, 1000, 1250, 1600, 2000, 2500, 3200, 4000,
        5000, 8000};

    private static final List<String> NAMES = List.of("Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Goran");

    public PooledMetricFamily() {
        super("pooled-eval-accuracy", "collaborative-ml-dev", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean reverse = random.nextInt(3) == 0;
        int teammates = reverse ? 2 : RandomDraw.between(random, 2, 3);
        List<String> names = RandomDraw.sample(random, NAMES, teammates);
        int[] sizes = new int[teammates];
        int[] correct = new int[teammates];
        for (int i = 0; i < teammates; i++) {
            sizes[i] = RandomDraw.pick(random, SIZES);
            correct[i] = (int) Math.round(sizes[i] * RandomDraw.between(random, 600, 970) / 1000.0);
        }
        int totalSize = 0;
        int totalCorrect = 0;
        for (int i = 0; i < teammates; i++) {
            totalSize += sizes[i];
            totalCorrect += correct[i];
        }
        StringBuilder stem = new StringBuilder("A model's test set was split between teammates, who evaluated it on "
                + "disjoint parts:\n\n");
        if (reverse) {
            double combined = (double) totalCorrect / totalSize;
            double shown = Text.round(combined, 4);
            stem.append("- ").append(names.get(0)).append(": ").append(sizes[0]).append(" examples, accuracy ")
                    .append(accuracy(correct[0], sizes[0])).append("\n- ").append(names.get(1)).append(": ")
                    .append(sizes[1]).append(" examples, accuracy not reported\n\nThe pull request says the accuracy "
                            + "on all ").append(totalSize).append(" examples together is ")
                    .append(Text.fixed(shown, 4)).append(" (rounded to 4 decimals). What accuracy did ")
                    .append(names.get(1)).append(" get on their part? Round to 3 decimal places.");
            BigDecimal totalRight = BigDecimal.valueOf(shown).multiply(BigDecimal.valueOf(totalSize));
            BigDecimal firstRight = BigDecimal.valueOf(correct[0]);
            BigDecimal second = totalRight.subtract(firstRight).divide(BigDecimal.valueOf(sizes[1]), 8,
                    RoundingMode.HALF_UP);
            double answer = second.doubleValue();
            String solution = "Correct predictions overall: $" + Text.fixed(shown, 4) + " \\times " + totalSize + " = "
                    + Text.fixed(totalRight.doubleValue(), 2) + "$. " + names.get(0) + " got $"
                    + accuracy(correct[0], sizes[0]) + " \\times " + sizes[0] + " = " + correct[0] + "$ right, so "
                    + names.get(1) + " got $" + Text.fixed(totalRight.doubleValue(), 2) + " - " + correct[0] + " = "
                    + Text.fixed(totalRight.doubleValue() - correct[0], 2) + "$ right out of " + sizes[1]
                    + ": $" + Text.fixed(totalRight.doubleValue() - correct[0], 2) + " / " + sizes[1] + " = "
                    + Text.fixed(answer, 4) + "$.\n\nAnswer: **" + Text.fixed(answer, 3) + "**.";
            return new ItemInstance(id(), skillId(), seed, stem.toString(), ResponseType.NUMBER,
                    AnswerKeys.rounded(Text.round(answer, 3), 3), solution,
                    List.of("Turn accuracies back into counts of correct predictions.",
                            "The combined count is the sum of the two teammates' counts."), List.of(),
                    ItemIrt.free(1.2, 0.6));
        }
        List<String> counts = new ArrayList<>();
        List<String> sizeTerms = new ArrayList<>();
        List<String> accuracies = new ArrayList<>();
        for (int i = 0; i < teammates; i++) {
            stem.append("- ").append(names.get(i)).append(": ").append(sizes[i]).append(" examples, accuracy ")
                    .append(accuracy(correct[i], sizes[i])).append('\n');
            counts.add(accuracy(correct[i], sizes[i]) + " \\times " + sizes[i] + " = " + correct[i]);
            sizeTerms.add(String.valueOf(sizes[i]));
            accuracies.add(accuracy(correct[i], sizes[i]));
        }
        double pooled = (double) totalCorrect / totalSize;
        stem.append("\nWhat is the model's accuracy on the whole test set? Round to 4 decimal places.");
        String solution = "Accuracy on the union is total correct over total examples, not the mean of the "
                + "accuracies (that would weight a small split as much as a large one).\n\nCorrect predictions: $"
                + String.join("$, $", counts) + "$; total " + totalCorrect + " out of $" + String.join(" + ", sizeTerms)
                + " = " + totalSize + "$.\n\nPooled accuracy: $" + totalCorrect + " / " + totalSize + " = "
                + Text.fixed(pooled, 6) + "$ (the plain mean of the accuracies would be "
                + Text.fixed(accuracies.stream().mapToDouble(Double::parseDouble).average().orElseThrow(), 4)
                + ").\n\nAnswer: **" + Text.fixed(pooled, 4) + "**.";
        return new ItemInstance(id(), skillId(), seed, stem.toString(), ResponseType.NUMBER,
                AnswerKeys.rounded(Text.round(pooled, 4), 4), solution,
                List.of("Accuracy is a ratio; combine the numerators and denominators, not the ratios."),
                List.of(), ItemIrt.free(1.1, teammates == 3 ? -0.1 : -0.4));
    }

    /** correct / size written exactly (sizes have no prime factors but 2 and 5, so the decimal terminates). */
    private static String accuracy(int correct, int size) {
        return BigDecimal.valueOf(correct).divide(BigDecimal.valueOf(size)).stripTrailingZeros().toPlainString();
    }
}
