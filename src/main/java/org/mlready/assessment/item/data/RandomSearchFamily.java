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

/** Random search: fits of {@code RandomizedSearchCV}, and how likely n draws are to hit the top share of the space. */
public final class RandomSearchFamily extends GeneratedItemFamily {

    public RandomSearchFamily() {
        // Fit counts 8 * 8, hit probabilities 8 * 4, draws needed 4 * 3.
        super("random-search-count", "hyperparameter-search", 108);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int kind = random.nextInt(3);
        int nIter = RandomDraw.pick(random, 10, 20, 25, 30, 40, 50, 60, 100);
        int k = RandomDraw.between(random, 3, 10);
        int topPercent = RandomDraw.pick(random, 1, 2, 5, 10);
        int targetPercent = RandomDraw.pick(random, 90, 95, 99);
        double q = topPercent / 100.0;
        String stem;
        String solution;
        double answer;
        boolean rounded = false;
        List<String> hints;
        switch (kind) {
            case 0 -> {
                answer = nIter * k + 1;
                stem = "```python\nsearch = RandomizedSearchCV(model, param_distributions, n_iter=" + nIter + ", cv="
                        + k + ", random_state=0)\nsearch.fit(X, y)\n```\n\nHow many times is a model fitted in total, "
                        + "including the final refit of the best configuration (`refit=True` is the default)?";
                solution = "`n_iter` configurations are sampled, each cross-validated with " + k + " folds: $" + nIter
                        + " \\cdot " + k + " = " + nIter * k + "$, plus one refit: **" + (int) answer + "**.";
                hints = List.of("`n_iter` is the number of sampled configurations, not the number of fits.",
                        "Multiply by the folds, then add the refit.");
            }
            case 1 -> {
                double miss = Math.pow(1 - q, nIter);
                answer = NumberText.round(1 - miss, 4);
                rounded = true;
                stem = "Random search samples " + nIter + " configurations independently and uniformly from a large "
                        + "search space. What is the probability that at least one of them lies in the best "
                        + topPercent + "% of the space? Round to 4 decimal places.";
                solution = "Each draw misses the top " + topPercent + "% with probability " + NumberText.of(1 - q)
                        + ", so all " + nIter + " miss with probability $" + NumberText.of(1 - q) + "^{" + nIter
                        + "} \\approx " + NumberText.of(NumberText.round(miss, 4))
                        + "$.\n\n$$P(\\text{at least one}) = 1 - "
                        + NumberText.of(1 - q) + "^{" + nIter + "} \\approx " + NumberText.of(answer)
                        + "$$\n\nAnswer: **" + NumberText.of(answer) + "**.";
                hints = List.of("Work with the complement: the probability that every draw misses.",
                        "$P = 1 - (1 - q)^n$ with $q = " + NumberText.of(q) + "$.");
            }
            default -> {
                double target = targetPercent / 100.0;
                int needed = (int) Math.ceil(Math.log(1 - target) / Math.log(1 - q));
                answer = needed;
                stem = "Random search draws configurations independently and uniformly from a large search space. "
                        + "What is the smallest number of draws that gives at least a " + targetPercent
                        + "% chance that one of them lies in the best " + topPercent + "% of the space?";
                solution = "We need $1 - " + NumberText.of(1 - q) + "^n \\ge " + NumberText.of(target)
                        + "$, i.e. $" + NumberText.of(1 - q) + "^n \\le "
                        + NumberText.of(NumberText.round(1 - target, 2))
                        + "$, so $n \\ge \\frac{\\ln " + NumberText.of(NumberText.round(1 - target, 2)) + "}{\\ln "
                        + NumberText.of(1 - q) + "} \\approx " + NumberText.of(NumberText.round(Math.log(1 - target)
                        / Math.log(1 - q), 2)) + "$. Rounding up: **" + needed + "**.";
                hints = List.of("Write the chance that all $n$ draws miss as $(1 - q)^n$.",
                        "Solve $(1 - q)^n \\le 1 - p$ with logarithms and round up.");
            }
        }
        double difficulty = kind == 0 ? -0.8 : kind == 1 ? 0.5 : 1.0;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                rounded ? AnswerKeys.rounded(answer, 4) : AnswerKeys.exact(answer), solution, hints, List.of(),
                ItemIrt.free(1.1, difficulty));
    }
}
