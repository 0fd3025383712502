package org.mlready.assessment.item.data;

import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/**
 * Which configuration {@code best_params_} reports from a shown {@code cv_results_} table; with an error-based
 * scorer the scores are negated, so the value closest to zero wins.
 */
public final class BestConfigFamily extends GeneratedItemFamily {

    public BestConfigFamily() {
        super("best-config-from-results", "hyperparameter-search", 1000);
    }

    private static final int ROWS = 4;

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean negatedError = random.nextBoolean();
        List<String> configs = new ArrayList<>();
        List<Integer> alphaExponents = new ArrayList<>(List.of(-3, -2, -1, 0, 1, 2));
        for (int i = 0; i < ROWS; i++) {
            int e = alphaExponents.remove(random.nextInt(alphaExponents.size()));
            String depth = String.valueOf(RandomDraw.pick(random, 3, 5, 8));
            configs.add("alpha=" + NumberText.of(Math.pow(10, e)) + ", max_depth=" + depth);
        }
        // Distinct mean scores: accuracies in hundredths, or negated MSE values in hundredths.
        List<Integer> pool = new ArrayList<>();
        for (int v = negatedError ? 20 : 70; v <= (negatedError ? 95 : 95); v++) {
            pool.add(v);
        }
        int[] hundredths = new int[ROWS];
        double[] stds = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            hundredths[i] = pool.remove(random.nextInt(pool.size()));
            stds[i] = RandomDraw.between(random, 1, 6) / 100.0;
        }
        int best = 0;
        for (int i = 1; i < ROWS; i++) {
            boolean better = negatedError ? hundredths[i] < hundredths[best] : hundredths[i] > hundredths[best];
            if (better) {
                best = i;
            }
        }
        double[] means = new double[ROWS];
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            means[i] = (negatedError ? -hundredths[i] : hundredths[i]) / 100.0;
            body.add(List.of(configs.get(i), NumberText.of(means[i]), NumberText.of(stds[i])));
        }
        String scorer = negatedError ? "neg_mean_squared_error" : "accuracy";
        String bestText = configs.get(best);
        List<ChoiceSet.Option> options = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String why;
            if (i == best) {
                why = negatedError
                        ? "Correct: its mean_test_score " + NumberText.of(means[i]) + " is the largest (closest to 0), "
                        + "i.e. the smallest MSE."
                        : "Correct: it has the highest mean accuracy, " + NumberText.of(means[i]) + ".";
            } else if (negatedError && hundredths[i] > hundredths[best]) {
                why = "Its score " + NumberText.of(means[i]) + " means MSE " + NumberText.of(-means[i])
                        + ", larger than the best MSE " + NumberText.of(-means[best])
                        + "; scikit-learn negates errors so that larger is always better.";
            } else {
                why = "Its mean_test_score " + NumberText.of(means[i]) + " is lower than " + NumberText.of(means[best])
                        + (stds[i] < stds[best] ? "; a smaller std_test_score does not decide the ranking." : ".");
            }
            options.add(new ChoiceSet.Option("`" + configs.get(i) + "`", i == best, why));
        }
        List<Choice> choices = ChoiceSet.lettered(options);
        String stem = "A grid search with `scoring=\"" + scorer + "\"` produced these cross-validation results:\n\n"
                + MarkdownTable.render(List.of("params", "mean_test_score", "std_test_score"), body)
                + "\nWhich configuration does `search.best_params_` report?";
        String solution = "`GridSearchCV` picks the candidate with the highest `mean_test_score`. "
                + (negatedError ? "With `neg_mean_squared_error` every score is minus the MSE, so the highest "
                + "score is the one closest to zero: " + NumberText.of(means[best]) + " (MSE "
                + NumberText.of(-means[best]) + ")."
                : "The highest mean accuracy is " + NumberText.of(means[best]) + ".")
                + " The standard deviation is not used for the choice.\n\nAnswer: **`" + bestText + "`**.";
        List<String> hints = List.of("`best_params_` comes from the row with rank 1 by `mean_test_score`.",
                negatedError ? "scikit-learn negates error metrics so that larger scores are always better."
                        : "Compare the mean scores only.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.0, negatedError ? 0.2 : -1.3, choices.size()));
    }
}
