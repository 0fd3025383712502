package org.mlready.assessment.item.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * One-feature ridge regression without intercept: the fitted weight {@code sum(xy) / (sum(x^2) + lambda)} for a
 * given lambda, for the lambda a validation table picks, or the percentage by which lambda shrinks the weight.
 */
public final class RidgeWeightFamily extends GeneratedItemFamily {

    enum Ask { WEIGHT, CHOSEN_WEIGHT, SHRINKAGE }

    private static final double[] LAMBDAS = {0.5, 1, 2, 3, 5, 8, 10, 20};
    private static final double[] GRID = {0, 0.1, 1, 10, 100};

    public RidgeWeightFamily() {
        super("ridge-weight-1d", "bias-variance", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Ask ask = Ask.values()[random.nextInt(3)];
        int n = RandomDraw.between(random, 4, 6);
        int[] x = new int[n];
        double[] y = new double[n];
        int slope = RandomDraw.between(random, 5, 30) * (random.nextBoolean() ? 1 : -1);
        for (int i = 0; i < n; i++) {
            x[i] = RandomDraw.between(random, 1, 5) * (random.nextInt(4) == 0 ? -1 : 1);
            y[i] = (slope * x[i] + RandomDraw.between(random, -12, 12)) / 10.0;
        }
        double sxy = 0;
        int sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += x[i] * y[i];
            sxx += x[i] * x[i];
        }
        sxy = Text.round(sxy, 2);
        String tableText = "";
        double lambda;
        if (ask == Ask.CHOSEN_WEIGHT) {
            int chosen = RandomDraw.between(random, 1, 3);
            List<List<String>> rows = new ArrayList<>();
            double bestError = RandomDraw.between(random, 80, 300) / 100.0;
            for (int i = 0; i < GRID.length; i++) {
                int distance = Math.abs(i - chosen);
                double error = bestError + distance * distance * RandomDraw.between(random, 8, 40) / 100.0
                        + (distance == 0 ? 0 : RandomDraw.between(random, 1, 9) / 100.0);
                rows.add(List.of(Text.num(GRID[i]), Text.num(Text.round(error, 2))));
            }
            lambda = GRID[chosen];
            tableText = "Validation MSE for each candidate $\\lambda$ (fitted on the data above):\n\n"
                    + Text.table(List.of("λ", "validation MSE"), rows) + "\n";
        } else {
            lambda = LAMBDAS[random.nextInt(LAMBDAS.length)];
        }
        double weight = sxy / (sxx + lambda);
        double ols = sxy / sxx;
        double shrinkage = lambda / (sxx + lambda);
        String data = "```python\nx = " + list(x) + "\ny = " + list(y) + "\n```\n\n";
        String objective = "Ridge regression with one feature and no intercept fits $\\hat y = w x$ by minimising "
                + "$\\sum_i (y_i - w x_i)^2 + \\lambda w^2$.";
        String question;
        if (ask == Ask.WEIGHT) {
            question = " With $\\lambda = " + Text.num(lambda) + "$, what is the fitted $w$? Round to 3 decimal places.";
        } else if (ask == Ask.CHOSEN_WEIGHT) {
            question = " Pick $\\lambda$ by the lowest validation MSE and fit $w$ with it on the data above. What is "
                    + "$w$? Round to 3 decimal places.";
        } else {
            question = " With $\\lambda = " + Text.num(lambda) + "$, what fraction of the least-squares weight "
                    + "($\\lambda = 0$) does the penalty remove, i.e. $1 - w_{\\text{ridge}} / w_{\\text{LS}}$? Give a "
                    + "decimal (0.25 for a quarter) rounded to 3 decimal places.";
        }
        String stem = objective + "\n\n" + data + tableText + question.trim();
        String derivation = "Setting the derivative $-2\\sum_i x_i (y_i - w x_i) + 2\\lambda w$ to zero gives "
                + "$w = \\dfrac{\\sum x_i y_i}{\\sum x_i^2 + \\lambda}$. Here $\\sum x_i y_i = " + Text.num(sxy)
                + "$ and $\\sum x_i^2 = " + sxx + "$.";
        String step;
        double answer;
        int decimals;
        if (ask == Ask.SHRINKAGE) {
            answer = shrinkage;
            decimals = 3;
            step = " Ridge scales the least-squares weight by $\\dfrac{\\sum x_i^2}{\\sum x_i^2 + \\lambda} = \\dfrac{"
                    + sxx + "}{" + Text.num(sxx + lambda) + "}$, so it shrinks by $\\dfrac{\\lambda}{\\sum x_i^2 + "
                    + "\\lambda} = \\dfrac{" + Text.num(lambda) + "}{" + Text.num(sxx + lambda) + "} \\approx "
                    + Text.fixed(shrinkage, 4) + "$ (least squares $w = " + Text.fixed(ols, 4) + "$, ridge $w = "
                    + Text.fixed(weight, 4) + "$).";
        } else {
            answer = weight;
            decimals = 3;
            step = (ask == Ask.CHOSEN_WEIGHT ? " The lowest validation MSE is at $\\lambda = " + Text.num(lambda)
                    + "$." : "") + " So $w = \\dfrac{" + Text.num(sxy) + "}{" + sxx + " + " + Text.num(lambda)
                    + "} \\approx " + Text.fixed(weight, 4) + "$, pulled towards 0 from the least-squares "
                    + Text.fixed(ols, 4) + ".";
        }
        String solution = derivation + step + "\n\nAnswer: **" + Text.fixed(answer, decimals) + "**"
                + ".";
        List<String> hints = List.of("Differentiate the penalised loss with respect to $w$ and set it to zero.",
                ask == Ask.SHRINKAGE ? "Compare the ridge formula with the $\\lambda = 0$ one: only the denominator "
                        + "changes." : "You need only two sums: $\\sum x_i y_i$ and $\\sum x_i^2$.");
        double difficulty = ask == Ask.WEIGHT ? 0.0 : ask == Ask.CHOSEN_WEIGHT ? 0.3 : 0.6;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                AnswerKeys.rounded(answer, decimals), solution, hints, List.of(), ItemIrt.free(1.2, difficulty));
    }

    private static String list(int[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return out.append(']').toString();
    }

    private static String list(double[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(Text.num(values[i]));
        }
        return out.append(']').toString();
    }
}
