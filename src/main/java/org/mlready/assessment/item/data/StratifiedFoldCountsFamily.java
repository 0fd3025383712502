package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Class counts in each fold of stratified k-fold when every class count is divisible by k. */
public final class StratifiedFoldCountsFamily extends GeneratedItemFamily {

    public StratifiedFoldCountsFamily() {
        super("cv-stratified-fold-counts", "cross-validation-metrics", 300);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int k = RandomDraw.between(random, 3, 6);
        int positivePerFold = RandomDraw.between(random, 1, 6);
        int negativePerFold = RandomDraw.between(random, positivePerFold + 1, 20);
        int positives = positivePerFold * k;
        int negatives = negativePerFold * k;
        boolean training = random.nextBoolean();
        double[] answer = training
                ? new double[] {positives - positivePerFold, negatives - negativePerFold}
                : new double[] {positivePerFold, negativePerFold};
        String stem = "A binary data set has " + positives + " positive and " + negatives + " negative examples. "
                + "You run `StratifiedKFold(n_splits=" + k + ")`, which keeps the class proportions the same in every "
                + "fold.\n\nHow many positives and negatives does each " + (training ? "training set" : "test fold")
                + " contain? Answer as (positives, negatives).";
        String perFold = "Each test fold gets $" + positives + " / " + k + " = " + positivePerFold + "$ positives and $"
                + negatives + " / " + k + " = " + negativePerFold + "$ negatives.";
        String solution = perFold + (training ? " The training set is everything else: $(" + positives + " - "
                + positivePerFold + ", " + negatives + " - " + negativePerFold + ") = (" + NumberText.of(answer[0])
                + ", " + NumberText.of(answer[1]) + ")$." : "")
                + "\n\nAnswer: **(" + NumberText.of(answer[0]) + ", " + NumberText.of(answer[1]) + ")**.";
        List<String> hints = List.of("Stratification splits each class separately into " + k + " equal parts.",
                training ? "A training set is the data minus one test fold." : "Divide each class count by " + k + ".");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.VECTOR,
                AnswerKeys.exactVector(answer), solution, hints, List.of(), ItemIrt.free(1.0, training ? -0.3 : -0.9));
    }
}
