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

/** Number of fits made by a cross-validation scheme: k-fold, repeated k-fold, leave-one-out, leave-p-out, grids. */
public final class CvFitCountFamily extends GeneratedItemFamily {

    public CvFitCountFamily() {
        // k-fold 8 + repeated 8 * 4 + leave-one-out 33 + leave-2-out 33 + grid 5 * 8.
        super("cv-fit-count", "cross-validation-metrics", 146);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int scheme = random.nextInt(5);
        int k = RandomDraw.between(random, 3, 10);
        int repeats = RandomDraw.between(random, 2, 5);
        int n = RandomDraw.between(random, 8, 40);
        int grid = RandomDraw.between(random, 2, 6);
        int answer;
        String code;
        String solution;
        switch (scheme) {
            case 0 -> {
                answer = k;
                code = "scores = cross_val_score(model, X, y, cv=KFold(n_splits=" + k + "))";
                solution = "Each of the " + k + " folds is held out once while the model is fitted on the others: "
                        + k + " fits.";
            }
            case 1 -> {
                answer = k * repeats;
                code = "cv = RepeatedKFold(n_splits=" + k + ", n_repeats=" + repeats + ", random_state=0)\n"
                        + "scores = cross_val_score(model, X, y, cv=cv)";
                solution = "Each repeat is a fresh " + k + "-fold split: $" + k + " \\cdot " + repeats + " = " + answer
                        + "$ fits.";
            }
            case 2 -> {
                answer = n;
                code = "scores = cross_val_score(model, X, y, cv=LeaveOneOut())   # X has " + n + " rows";
                solution = "Leave-one-out holds out each of the " + n + " rows once: " + n + " fits.";
            }
            case 3 -> {
                answer = n * (n - 1) / 2;
                code = "scores = cross_val_score(model, X, y, cv=LeavePOut(p=2))   # X has " + n + " rows";
                solution = "Leave-2-out holds out every pair of rows once: $\\binom{" + n + "}{2} = \\frac{" + n
                        + " \\cdot " + (n - 1) + "}{2} = " + answer + "$ fits.";
            }
            default -> {
                answer = grid * k;
                code = "search = GridSearchCV(model, {\"alpha\": " + alphas(grid) + "}, cv=" + k + ", refit=False)\n"
                        + "search.fit(X, y)";
                solution = "Each of the " + grid + " values of `alpha` is cross-validated with " + k + " folds, and "
                        + "`refit=False` skips the final refit: $" + grid + " \\cdot " + k + " = " + answer + "$ fits.";
            }
        }
        String stem = "```python\n" + code + "\n```\n\nHow many times is a model fitted?";
        List<String> hints = List.of("Count how many train/test splits the scheme produces; each split needs one fit.",
                scheme == 3 ? "Every unordered pair of rows is held out once." : scheme == 4
                        ? "Multiply the number of parameter settings by the number of folds."
                        : "Repeats and folds multiply.");
        double difficulty = switch (scheme) {
            case 0 -> -1.6;
            case 1, 2 -> -0.9;
            case 3 -> 0.6;
            default -> -0.5;
        };
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer),
                solution + "\n\nAnswer: **" + answer + "**.", hints, List.of(), ItemIrt.free(1.1, difficulty));
    }

    private static String alphas(int count) {
        StringBuilder out = new StringBuilder("[");
        double value = 0.001;
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ", ").append(NumberText.of(value));
            value *= 10;
        }
        return out.append(']').toString();
    }
}
