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

/** Fold sizes of scikit-learn's {@code KFold}: the first n mod k folds get one extra sample. */
public final class KFoldSizesFamily extends GeneratedItemFamily {

    public KFoldSizesFamily() {
        super("kfold-sizes", "train-validation-test", 500);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int k = RandomDraw.between(random, 3, 8);
        int n = RandomDraw.between(random, 2 * k + 1, 60);
        boolean askTraining = random.nextBoolean();
        int fold = random.nextInt(k);
        int base = n / k;
        int extra = n % k;
        double[] sizes = new double[k];
        for (int i = 0; i < k; i++) {
            sizes[i] = base + (i < extra ? 1 : 0);
        }
        String rule = "`KFold` gives the first $n \\bmod k$ folds $\\lfloor n/k \\rfloor + 1$ samples and the "
                + "remaining folds $\\lfloor n/k \\rfloor$ samples.";
        String setup = "```python\nfrom sklearn.model_selection import KFold\nkf = KFold(n_splits=" + k + ")\n"
                + "splits = list(kf.split(X))   # X has " + n + " rows\n```\n\n" + rule + "\n\n";
        String division = "$" + n + " = " + k + " \\cdot " + base + " + " + extra + "$, so " + (extra == 0
                ? "every fold has " + base + " samples"
                : "the first " + extra + " fold" + (extra == 1 ? " has " : "s have ") + (base + 1)
                        + " samples and the other " + (k - extra) + " have " + base);
        String stem;
        String solution;
        AnswerKey key;
        if (askTraining) {
            int train = n - (int) sizes[fold];
            stem = setup + "How many training rows does split number " + fold + " (counting from 0) use, i.e. what is "
                    + "`len(splits[" + fold + "][0])`?";
            solution = division + ". Split " + fold + " holds out fold " + fold + " (" + NumberText.of(sizes[fold])
                    + " samples) and trains on the rest: $" + n + " - " + NumberText.of(sizes[fold]) + " = " + train
                    + "$.\n\nAnswer: **" + train + "**.";
            key = AnswerKeys.exact(train);
        } else {
            stem = setup + "List the test-fold sizes `[len(test) for train, test in splits]` in order.";
            solution = division + ".\n\nAnswer: **" + NumberText.list(sizes) + "**.";
            key = AnswerKeys.exactVector(sizes);
        }
        List<String> hints = List.of("Divide " + n + " by " + k + " with remainder.",
                askTraining ? "The training part is everything except the held-out fold."
                        : "The remainder is spread one sample each over the first folds.");
        return new ItemInstance(id(), skillId(), seed, stem, askTraining ? ResponseType.NUMBER : ResponseType.VECTOR,
                key, solution, hints, List.of(), ItemIrt.free(1.0, askTraining ? -0.3 : -0.6));
    }
}
