package org.mlready.assessment.item.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A learning curve (training and validation error against training-set size) and an error target: high bias
 * when even the training error misses the target, high variance when only the validation error does, or fine.
 */
public final class LearningCurveFamily extends GeneratedItemFamily {

    enum Diagnosis { BIAS, VARIANCE, FINE }

    private static final List<String> MODELS = List.of("a linear model", "a depth-3 decision tree",
            "a gradient-boosted ensemble", "a small convolutional network", "a random forest",
            "a logistic regression", "a two-layer neural network");
    private static final List<String> METRICS = List.of("error rate", "RMSE", "log-loss");

    private static final String BIAS = "High bias: even the training error misses the target, so more data alone "
            + "will not help; use a more flexible model or better features";
    private static final String VARIANCE = "High variance: the training error meets the target but the validation "
            + "error does not; more data or stronger regularisation should help";
    private static final String FINE = "Neither: the validation error already meets the target at the largest size";

    public LearningCurveFamily() {
        super("learning-curve-diagnosis", "bias-variance", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Diagnosis diagnosis = Diagnosis.values()[random.nextInt(3)];
        String model = RandomDraw.pick(random, MODELS);
        String metric = RandomDraw.pick(random, METRICS);
        int sizes = RandomDraw.between(random, 5, 6);
        int firstSize = RandomDraw.pick(random, List.of(100, 200, 250, 500));
        double target = RandomDraw.between(random, 5, 15) / 100.0;
        // the errors both curves approach as the training set grows, placed around the target by diagnosis
        double trainEnd;
        double validationEnd;
        if (diagnosis == Diagnosis.BIAS) {
            trainEnd = target + RandomDraw.between(random, 4, 10) / 100.0;
            validationEnd = trainEnd + RandomDraw.between(random, 1, 3) / 100.0;
        } else if (diagnosis == Diagnosis.VARIANCE) {
            trainEnd = target - RandomDraw.between(random, 2, Math.min(4, (int) Math.round(target * 100) - 1)) / 100.0;
            validationEnd = target + RandomDraw.between(random, 4, 10) / 100.0;
        } else {
            trainEnd = target - RandomDraw.between(random, 2, Math.min(4, (int) Math.round(target * 100) - 1)) / 100.0;
            validationEnd = target - RandomDraw.between(random, 1, 2) / 100.0;
            validationEnd = Math.max(validationEnd, trainEnd + 0.005);
        }
        double trainStart = Math.max(0.0, trainEnd - RandomDraw.between(random, 3, 8) / 100.0);
        double validationStart = validationEnd + RandomDraw.between(random, 10, 25) / 100.0;
        List<List<String>> rows = new ArrayList<>();
        double train = 0;
        double validation = 0;
        int size = firstSize;
        for (int i = 0; i < sizes; i++) {
            double progress = 1 - Math.pow(0.5, i + 1);
            if (i == sizes - 1) {
                progress = 1;
            }
            train = Text.round(trainStart + (trainEnd - trainStart) * progress, 3);
            validation = Text.round(validationStart + (validationEnd - validationStart) * progress, 3);
            rows.add(List.of(String.valueOf(size), Text.num(train), Text.num(validation)));
            size *= 2;
        }
        int lastSize = size / 2;
        String stem = "Learning curve of " + model + " (" + metric + ", lower is better), trained on growing "
                + "subsets of the data:\n\n" + Text.table(List.of("training examples", "train " + metric,
                "validation " + metric), rows)
                + "\nThe application needs a validation " + metric + " of at most " + Text.num(target)
                + ". Which diagnosis and next step fit the curve?";
        String lastRow = "at " + lastSize + " examples the training " + metric + " is " + Text.num(train)
                + " and the validation " + metric + " is " + Text.num(validation);
        List<ChoiceSet.Option> options = List.of(
                new ChoiceSet.Option(BIAS, diagnosis == Diagnosis.BIAS, diagnosis == Diagnosis.BIAS
                        ? "Correct: " + lastRow + "; the model cannot fit even its training data well enough."
                        : "The training " + metric + " " + Text.num(train) + " is within the target "
                        + Text.num(target) + ", so the model is flexible enough."),
                new ChoiceSet.Option(VARIANCE, diagnosis == Diagnosis.VARIANCE, diagnosis == Diagnosis.VARIANCE
                        ? "Correct: " + lastRow + "; the gap is still closing as data is added."
                        : diagnosis == Diagnosis.BIAS ? "The training " + metric + " " + Text.num(train)
                        + " already misses the target " + Text.num(target) + ", and the small gap leaves little "
                        + "for more data to close." : "The validation " + metric + " " + Text.num(validation)
                        + " already meets the target " + Text.num(target) + "."),
                new ChoiceSet.Option(FINE, diagnosis == Diagnosis.FINE, diagnosis == Diagnosis.FINE
                        ? "Correct: " + lastRow + ", within the target " + Text.num(target) + "."
                        : "The validation " + metric + " " + Text.num(validation) + " is above the target "
                        + Text.num(target) + "."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String reasoning = diagnosis == Diagnosis.BIAS
                ? "The training " + metric + " " + Text.num(train) + " is above the target " + Text.num(target)
                + ": the model cannot even fit the data it learns from, and the two curves have nearly met (gap "
                + Text.fixed(validation - train, 3) + "), so more data will barely move them. That is high bias."
                : diagnosis == Diagnosis.VARIANCE
                ? "The training " + metric + " " + Text.num(train) + " meets the target " + Text.num(target)
                + ", but the validation " + metric + " " + Text.num(validation) + " does not, and the gap ("
                + Text.fixed(validation - train, 3) + ") is still shrinking as data doubles. That is high variance."
                : "The validation " + metric + " " + Text.num(validation) + " is at most the target "
                + Text.num(target) + " already.";
        String answer = diagnosis == Diagnosis.BIAS ? BIAS : diagnosis == Diagnosis.VARIANCE ? VARIANCE : FINE;
        String solution = "Read the last row: " + lastRow + ".\n\n" + reasoning + "\n\nAnswer: **" + answer + "**.";
        List<String> hints = List.of("Compare the training error at the largest size with the target first.",
                "Then look at the gap between the two curves and whether it is still closing.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.3, diagnosis == Diagnosis.FINE ? -0.6 : 0.2,
                choices.size()));
    }
}
