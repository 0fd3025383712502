package org.mlready.assessment.item.tasks;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * How approaches compare as data grows: the work of brute-force k-nearest neighbours, or the predicted run time
 * of an algorithm whose cost grows as n log n, n^2 or n^3 when the data set grows by a factor.
 */
public final class AlgorithmScalingFamily extends GeneratedItemFamily {

    private record Growth(String algorithm, String order, int power, boolean logFactor) {
    }

    private static final List<Growth> GROWTHS = List.of(
            new Growth("sorting-based split search of a decision tree", "n \\log_2 n", 1, true),
            new Growth("building a KD-tree index", "n \\log_2 n", 1, true),
            new Growth("kernel SVM training", "n^2", 2, false),
            new Growth("computing the full pairwise distance matrix", "n^2", 2, false),
            new Growth("exact Gaussian-process regression (Cholesky solve)", "n^3", 3, false));

    public AlgorithmScalingFamily() {
        super("algorithm-scaling", "task-compare-algorithms", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int question = random.nextInt(3);
        return question == 2 ? growth(random, seed) : knn(random, seed, question == 1);
    }

    private ItemInstance knn(Random random, long seed, boolean time) {
        long train = (long) RandomDraw.between(random, 2, 50) * 10_000;
        long test = (long) RandomDraw.between(random, 1, 40) * 500;
        int features = RandomDraw.pick(random, 10, 20, 32, 50, 64, 100, 128);
        int rate = RandomDraw.pick(random, 1, 2, 4, 5);
        long distances = train * test;
        String setup = "A brute-force k-nearest-neighbours classifier stores " + Num.grouped(train)
                + " training points with " + features + " features and predicts " + Num.grouped(test)
                + " test points by computing the distance from every test point to every training point.";
        if (!time) {
            String stem = setup + "\n\nHow many point-to-point distances are computed in total?";
            String solution = "Each test point is compared with every training point:\n\n$$"
                    + tex(test) + " \\times " + tex(train) + " = " + tex(distances) + "$$\n\nThe number of features "
                    + "changes the cost of each distance, not how many there are.\n\nAnswer: **" + distances + "**.";
            return item(seed, stem, solution, AnswerKeys.exact(distances), List.of(
                    "Think of the test-by-train table of distances.", "The feature count is a distractor here."),
                    -1.0);
        }
        double seconds = (double) distances * features / (rate * 1e9);
        double answer = Num.round(seconds, 1);
        String stem = setup + " One distance costs one operation per feature, and the machine does " + rate
                + " billion such operations per second.\n\nHow many seconds does predicting the whole test set take? "
                + "Round to 1 decimal place.";
        String solution = "Distances: $" + tex(test) + " \\times " + tex(train) + " = " + tex(distances)
                + "$. Operations: $" + tex(distances) + " \\times " + features + " = " + tex(distances * features)
                + "$.\n\n$$" + tex(distances * features) + " / (" + rate + " \\times 10^9)" + Num.eq(seconds, 1)
                + Num.fixed(answer, 1) + " \\text{ s}$$\n\nAnswer: **" + Num.fixed(answer, 1) + "**.";
        return item(seed, stem, solution, AnswerKeys.rounded(answer, 1), List.of(
                "Count the distances first, then the operations they need.",
                "Divide the operations by the operations per second."), -0.3);
    }

    private ItemInstance growth(Random random, long seed) {
        Growth growth = RandomDraw.pick(random, GROWTHS);
        int exponent = RandomDraw.between(random, 12, 18);
        long n = 1L << exponent;
        int factorExponent = RandomDraw.between(random, 1, growth.power() == 3 ? 2 : 4);
        long factor = 1L << factorExponent;
        double base = RandomDraw.between(random, 2, 90) / (growth.power() == 3 ? 1.0 : 2.0);
        double ratio = Math.pow(factor, growth.power())
                * (growth.logFactor() ? (double) (exponent + factorExponent) / exponent : 1);
        double seconds = base * ratio;
        double answer = Num.round(seconds, 1);
        String stem = "In a comparison of approaches you time " + growth.algorithm() + ": it takes " + Num.of(base)
                + " s on $n = " + tex(n) + "$ rows. Assume its running time is exactly proportional to $"
                + growth.order() + "$.\n\nHow many seconds would it take on " + factor + " times as many rows ($n = "
                + tex(n * factor) + "$)? Round to 1 decimal place.";
        String ratioText = growth.logFactor()
                ? "\\frac{" + factor + "n \\log_2(" + factor + "n)}{n \\log_2 n} = " + factor + " \\times \\frac{"
                + (exponent + factorExponent) + "}{" + exponent + "}" + Num.eq(ratio, 4) + Num.of(ratio)
                + "$ (since $n = 2^{" + exponent + "}$, $\\log_2 n = " + exponent + "$)"
                : factor + "^" + growth.power() + " = " + Num.of(ratio) + "$";
        String solution = "Only the ratio of the costs matters: $" + ratioText + ".\n\n$$" + Num.of(base) + " \\times "
                + Num.of(ratio) + Num.eq(seconds, 1) + Num.fixed(answer, 1) + " \\text{ s}$$\n\nAnswer: **"
                + Num.fixed(answer, 1) + "**.";
        return item(seed, stem, solution, AnswerKeys.rounded(answer, 1), List.of(
                "Divide the cost formula at the new size by the cost formula at the old size.",
                growth.logFactor() ? "The logarithm grows too, but slowly: $\\log_2$ of a power of 2 is its exponent."
                        : "Multiplying n by f multiplies $n^p$ by $f^p$."), growth.logFactor() ? 0.6 : -0.2);
    }

    private static String tex(long value) {
        return Num.grouped(value).replace(",", "{,}");
    }

    private ItemInstance item(long seed, String stem, String solution, AnswerKey key, List<String> hints,
                              double difficulty) {
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, key, solution, hints, List.of(),
                ItemIrt.free(1.0, difficulty));
    }
}
