package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/**
 * Split sizes with scikit-learn's {@code train_test_split} rounding (test = ceil(test_size * n), train = the rest),
 * for one split or a two-step train/validation/test split.
 */
public final class SplitSizeFamily extends GeneratedItemFamily {

    public SplitSizeFamily() {
        super("split-sizes", "train-validation-test", 1000);
    }

    private static final int[] TEST_PERCENTS = {10, 15, 20, 25, 30};
    private static final int[] VALIDATION_PERCENTS = {10, 15, 20, 25};

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean threeWay = random.nextBoolean();
        int testPercent = RandomDraw.pick(random, TEST_PERCENTS);
        int validationPercent = RandomDraw.pick(random, VALIDATION_PERCENTS);
        int n;
        do {
            n = RandomDraw.between(random, 37, 999);
        } while (!roundingIsExact(n, testPercent) || !roundingIsExact(n - ceilPercent(n, testPercent),
                validationPercent));
        int test = ceilPercent(n, testPercent);
        int rest = n - test;
        int validation = ceilPercent(rest, validationPercent);
        String t = fraction(testPercent);
        String v = fraction(validationPercent);
        String rule = "scikit-learn rounds the held-out part up: with `test_size` a fraction $f$ of $n$ rows, the "
                + "second output gets $\\lceil f\\,n \\rceil$ rows and the first gets the rest.";
        String stem;
        String solution;
        AnswerKey key;
        if (!threeWay) {
            stem = "A data set has " + n + " rows.\n\n```python\nX_train, X_test = train_test_split(X, test_size=" + t
                    + ", random_state=0)\n```\n\n" + rule + "\n\nHow many rows do `X_train` and `X_test` have? "
                    + "Answer as (train, test).";
            solution = "$\\lceil " + t + " \\cdot " + n + " \\rceil = \\lceil " + NumberText.of(n * testPercent / 100.0)
                    + " \\rceil = " + test + "$ test rows, and $" + n + " - " + test + " = " + rest + "$ training rows."
                    + "\n\nAnswer: **(" + rest + ", " + test + ")**.";
            key = AnswerKeys.exactVector(rest, test);
        } else {
            stem = "A data set has " + n + " rows. It is split in two steps:\n\n```python\n"
                    + "X_rest, X_test = train_test_split(X, test_size=" + t + ", random_state=0)\n"
                    + "X_train, X_val = train_test_split(X_rest, test_size=" + v + ", random_state=0)\n```\n\n"
                    + rule + "\n\nHow many rows do `X_train`, `X_val` and `X_test` have? Answer as (train, validation, "
                    + "test).";
            solution = "Step 1: $\\lceil " + t + " \\cdot " + n + " \\rceil = \\lceil "
                    + NumberText.of(n * testPercent / 100.0) + " \\rceil = " + test + "$ test rows, leaving $" + n
                    + " - " + test + " = " + rest + "$.\n\nStep 2 works on those " + rest + " rows: $\\lceil " + v
                    + " \\cdot " + rest + " \\rceil = \\lceil " + NumberText.of(rest * validationPercent / 100.0)
                    + " \\rceil = " + validation + "$ validation rows and $" + rest + " - " + validation + " = "
                    + (rest - validation) + "$ training rows.\n\nAnswer: **(" + (rest - validation) + ", " + validation
                    + ", " + test + ")**.";
            key = AnswerKeys.exactVector(rest - validation, validation, test);
        }
        List<String> hints = threeWay
                ? List.of("The second split's fraction applies to what is left after the first split, not to all "
                        + n + " rows.", "Round each held-out part up.")
                : List.of("Compute the test size first and round it up.");
        double difficulty = threeWay ? 0.2 : -1.0;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.VECTOR, key, solution, hints, List.of(),
                ItemIrt.free(1.2, difficulty));
    }

    private static int ceilPercent(int n, int percent) {
        return (n * percent + 99) / 100;
    }

    /** scikit-learn multiplies in floating point; skip sizes where that could differ from the exact ceiling. */
    private static boolean roundingIsExact(int n, int percent) {
        return (int) Math.ceil(percent / 100.0 * n) == ceilPercent(n, percent);
    }

    private static String fraction(int percent) {
        return NumberText.of(percent / 100.0);
    }
}
