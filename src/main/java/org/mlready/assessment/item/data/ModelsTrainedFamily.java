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

/** How many times a model is fitted in a model-selection protocol: hold-out, k-fold, or nested cross-validation. */
public final class ModelsTrainedFamily extends GeneratedItemFamily {

    public ModelsTrainedFamily() {
        super("models-trained-count", "train-validation-test", 300);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int protocol = random.nextInt(3);
        int candidates = RandomDraw.between(random, 2, 12);
        int k = RandomDraw.between(random, 3, 10);
        int outer = RandomDraw.between(random, 3, 5);
        int answer;
        String stem;
        String solution;
        switch (protocol) {
            case 0 -> {
                answer = candidates + 1;
                stem = "You compare " + candidates + " candidate models: each is trained once on the training set "
                        + "and scored on a fixed validation set. The winner is then retrained once on training plus "
                        + "validation data and scored on the test set.\n\nHow many model fits happen in total?";
                solution = "One fit per candidate ($" + candidates + "$) plus the final refit ($1$): $" + candidates
                        + " + 1 = " + answer + "$. Scoring on the test set is not a fit.\n\nAnswer: **" + answer
                        + "**.";
            }
            case 1 -> {
                answer = candidates * k + 1;
                stem = "You compare " + candidates + " candidate models with " + k + "-fold cross-validation on the "
                        + "training set, then refit the best one once on the whole training set before scoring it on "
                        + "the test set.\n\nHow many model fits happen in total?";
                solution = "Each candidate is fitted once per fold: $" + candidates + " \\cdot " + k + " = "
                        + candidates * k + "$. Add the final refit: $" + candidates * k + " + 1 = " + answer
                        + "$.\n\nAnswer: **" + answer + "**.";
            }
            default -> {
                answer = outer * (candidates * k + 1);
                stem = "Nested cross-validation: an outer " + outer + "-fold loop estimates performance. Inside each "
                        + "outer training set, " + candidates + " candidates are compared with " + k + "-fold "
                        + "cross-validation and the best is refitted once on that outer training set, then scored on "
                        + "the outer test fold.\n\nHow many model fits happen in total?";
                solution = "Per outer fold: $" + candidates + " \\cdot " + k + " = " + candidates * k
                        + "$ inner fits plus one refit, $" + (candidates * k + 1) + "$. Over " + outer
                        + " outer folds: $"
                        + outer + " \\cdot " + (candidates * k + 1) + " = " + answer + "$.\n\nAnswer: **" + answer
                        + "**.";
            }
        }
        List<String> hints = List.of("Count fits, not evaluations: scoring a fitted model costs no training.",
                protocol == 2 ? "Work out the fits inside one outer fold, then multiply by the number of outer folds."
                        : "Do not forget the final refit of the winner.");
        double difficulty = protocol == 0 ? -1.2 : protocol == 1 ? -0.4 : 0.9;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.1, difficulty));
    }
}
