package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Arrays;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Mean or median of a shown small data set. */
final class MeanMedianFamily extends GeneratedFamily {

    record Params(int[] data, boolean median) {
    }

    MeanMedianFamily() {
        super("mean-median", "descriptive-inferential-stats", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(SmallDataSet.draw(random, Draws.between(random, 5, 9), 1, 40), random.nextBoolean());
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        int[] data = q.data();
        int[] sorted = data.clone();
        Arrays.sort(sorted);
        int n = data.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        int sum = Arrays.stream(data).sum();
        double mean = (double) sum / n;
        var draft = draft(seed)
                .stem("For the data $" + SmallDataSet.latex(data) + "$, what is the " + (q.median() ? "median" : "mean")
                        + "?" + (q.median() ? "" : " Give 4 decimal places if it is not a whole number."));
        if (q.median()) {
            draft.number(median, 1e-9)
                    .solution("Sort the values: $" + SmallDataSet.latex(sorted) + "$. With $n = " + n + "$ ("
                            + (n % 2 == 1 ? "odd) the median is the middle value, position " + (n / 2 + 1) + ": $" + Tex.num(median) + "$."
                                    : "even) the median is the average of positions " + (n / 2) + " and " + (n / 2 + 1) + ": $\\frac{"
                                    + sorted[n / 2 - 1] + " + " + sorted[n / 2] + "}{2} = " + Tex.num(median) + "$."))
                    .irt(0.8, -2.0);
        } else {
            draft.number(mean, 1e-4)
                    .solution("$$\\bar{x} = \\frac{1}{n}\\sum x_i = \\frac{" + sum + "}{" + n + "} = " + Tex.num(mean) + ".$$")
                    .irt(0.8, -2.2);
        }
        return draft.hints(q.median() ? "Sort the data first." : "Add the values and divide by how many there are.",
                        "There are " + n + " values.")
                .build();
    }
}
