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
 * Least-squares line through a small data set: slope and intercept, a prediction, or the training MSE. The data are
 * built as a line plus residuals orthogonal to 1 and x (combinations of second differences on equally spaced x), so
 * the fitted coefficients are exactly the chosen ones.
 */
public final class SimpleLeastSquaresFamily extends GeneratedItemFamily {

    public SimpleLeastSquaresFamily() {
        super("least-squares-line", "task-linear-regression-numpy", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = RandomDraw.between(random, 5, 7);
        int step = RandomDraw.between(random, 1, 2);
        int start = RandomDraw.between(random, 0, 2) * step;
        boolean evenX = step == 2 && start % 2 == 0;
        double slope = (evenX ? RandomDraw.between(random, -6, 6) / 2.0 : RandomDraw.between(random, -3, 3));
        if (slope == 0) {
            slope = evenX ? 1.5 : 2;
        }
        int intercept = RandomDraw.between(random, -5, 10);
        double[] x = new double[n];
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = start + step * i;
        }
        boolean anyResidual = false;
        while (!anyResidual) {
            for (int j = 0; j + 2 < n; j++) {
                int c = RandomDraw.between(random, -1, 1);
                residual[j] += c;
                residual[j + 1] -= 2 * c;
                residual[j + 2] += c;
            }
            for (double r : residual) {
                anyResidual |= r != 0;
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = intercept + slope * x[i] + residual[i];
        }
        int question = random.nextInt(3);
        double xNew = x[n - 1] + step * RandomDraw.between(random, 1, 3);
        double prediction = intercept + slope * xNew;
        double sse = 0;
        for (double r : residual) {
            sse += r * r;
        }
        double mse = NumberText.round(sse / n, 4);

        double xBar = mean(x);
        double yBar = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - xBar) * (y[i] - yBar);
            sxx += (x[i] - xBar) * (x[i] - xBar);
        }
        String code = "```python\nimport numpy as np\nx = np.array(" + NumberText.list(x) + ")\ny = np.array("
                + NumberText.list(y) + ")\nslope, intercept = np.polyfit(x, y, 1)\n```\n\n";
        String stem = code + switch (question) {
            case 0 -> "`np.polyfit` fits the least-squares line $\\hat y = b_1 x + b_0$. What are the slope and "
                    + "intercept? Answer as (slope, intercept).";
            case 1 -> "`np.polyfit` fits the least-squares line $\\hat y = b_1 x + b_0$. What does the fitted line "
                    + "predict at $x = " + NumberText.of(xNew) + "$?";
            default -> "`np.polyfit` fits the least-squares line $\\hat y = b_1 x + b_0$. What is the training mean "
                    + "squared error $\\frac{1}{n}\\sum_i (y_i - \\hat y_i)^2$? Round to 4 decimal places.";
        };
        String fit = "$\\bar x = " + NumberText.of(xBar) + "$, $\\bar y = " + NumberText.of(yBar) + "$.\n\n"
                + "$$b_1 = \\frac{\\sum (x_i - \\bar x)(y_i - \\bar y)}{\\sum (x_i - \\bar x)^2} = \\frac{"
                + NumberText.of(sxy) + "}{" + NumberText.of(sxx) + "} = " + NumberText.of(slope) + "$$\n\n"
                + "$$b_0 = \\bar y - b_1 \\bar x = " + NumberText.of(yBar) + " - (" + NumberText.of(slope) + ")("
                + NumberText.of(xBar) + ") = " + intercept + "$$\n\n";
        String solution;
        AnswerKey key;
        switch (question) {
            case 0 -> {
                solution = fit + "Answer: **(" + NumberText.of(slope) + ", " + intercept + ")**.";
                key = AnswerKeys.exactVector(slope, intercept);
            }
            case 1 -> {
                solution = fit + "$\\hat y(" + NumberText.of(xNew) + ") = " + NumberText.of(slope) + " \\cdot "
                        + NumberText.of(xNew) + " + " + intercept + " = " + NumberText.of(prediction)
                        + "$.\n\nAnswer: **" + NumberText.of(prediction) + "**.";
                key = AnswerKeys.exact(prediction);
            }
            default -> {
                solution = fit + "Residuals $y_i - \\hat y_i$: " + NumberText.list(residual) + ". Their squares "
                        + "add up to " + NumberText.of(sse) + ", so the MSE is $" + NumberText.of(sse) + " / " + n
                        + (mse == sse / n ? " = " : " \\approx ") + NumberText.of(mse) + "$.\n\nAnswer: **"
                        + NumberText.of(mse) + "**.";
                key = AnswerKeys.rounded(mse, 4);
            }
        }
        String first = "Centre the data: compute $\\bar x$ and $\\bar y$ first.";
        String second = "$b_1 = S_{xy} / S_{xx}$ and $b_0 = \\bar y - b_1 \\bar x$.";
        List<String> hints = switch (question) {
            case 0 -> List.of(first, second);
            case 1 -> List.of(first, second, "Plug $x = " + NumberText.of(xNew) + "$ into the fitted line.");
            default -> List.of(first, second, "Compute each prediction and residual, then average the squares.");
        };
        double difficulty = question == 0 ? 0.3 : question == 1 ? 0.5 : 0.8;
        return new ItemInstance(id(), skillId(), seed, stem, question == 0 ? ResponseType.VECTOR : ResponseType.NUMBER,
                key, solution, hints, List.of(), ItemIrt.free(1.2, difficulty));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
