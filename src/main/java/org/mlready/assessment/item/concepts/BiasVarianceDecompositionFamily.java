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
 * Predictions of K models, each trained on a different sample, at one or two inputs: the squared bias, the
 * variance or the expected squared error (bias² + variance + noise), averaged over the inputs.
 */
public final class BiasVarianceDecompositionFamily extends GeneratedItemFamily {

    enum Ask { BIAS, VARIANCE, ERROR }

    private static final List<String> MODELS = List.of("regression trees of depth %d", "degree-%d polynomials",
            "k-nearest-neighbour regressors with k = %d", "small neural networks with %d hidden units");
    private static final double[] NOISE = {0.04, 0.09, 0.1, 0.25, 0.5, 1};

    public BiasVarianceDecompositionFamily() {
        super("bias-variance-decomposition", "bias-variance", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Ask ask = Ask.values()[random.nextInt(3)];
        int k = RandomDraw.between(random, 4, 5);
        int points = RandomDraw.between(random, 1, 2);
        String model = String.format(RandomDraw.pick(random, MODELS), RandomDraw.between(random, 2, 9));
        double noise = NOISE[random.nextInt(NOISE.length)];
        int[] xs = new int[points];
        double[] truth = new double[points];
        double[][] predictions = new double[points][k];
        for (int p = 0; p < points; p++) {
            xs[p] = p == 0 ? RandomDraw.between(random, 1, 4) : xs[0] + RandomDraw.between(random, 1, 4);
            int centre = RandomDraw.between(random, 10, 60);
            truth[p] = centre / 10.0;
            int offset = RandomDraw.between(random, -8, 8);
            int spread = RandomDraw.between(random, 1, 6);
            for (int m = 0; m < k; m++) {
                predictions[p][m] = (centre + offset + RandomDraw.between(random, -spread, spread)) / 10.0;
            }
        }
        double[] mean = new double[points];
        double[] bias = new double[points];
        double[] variance = new double[points];
        for (int p = 0; p < points; p++) {
            for (double y : predictions[p]) {
                mean[p] += y;
            }
            mean[p] /= k;
            bias[p] = (mean[p] - truth[p]) * (mean[p] - truth[p]);
            for (double y : predictions[p]) {
                variance[p] += (y - mean[p]) * (y - mean[p]) / k;
            }
        }
        double biasAvg = average(bias);
        double varianceAvg = average(variance);
        double answer = ask == Ask.BIAS ? biasAvg : ask == Ask.VARIANCE ? varianceAvg : biasAvg + varianceAvg + noise;

        List<String> header = new ArrayList<>(List.of("model"));
        for (int x : xs) {
            header.add("prediction at x = " + x);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int m = 0; m < k; m++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(m + 1)));
            for (int p = 0; p < points; p++) {
                row.add(Text.num(predictions[p][m]));
            }
            rows.add(row);
        }
        List<String> truthRow = new ArrayList<>(List.of("true $f(x)$"));
        for (double t : truth) {
            truthRow.add(Text.num(t));
        }
        rows.add(truthRow);
        String where = points == 1 ? "at $x = " + xs[0] + "$" : "averaged over the two inputs";
        String question = ask == Ask.BIAS ? "the squared bias " + where
                : ask == Ask.VARIANCE ? "the variance " + where
                : "the expected squared error on a new noisy observation " + where;
        String stem = k + " " + model + " were each trained on a different random training set from the same "
                + "source. Their predictions and the true function value are:\n\n" + Text.table(header, rows)
                + "\nObservations are $y = f(x) + \\varepsilon$ with noise variance $\\sigma^2 = " + Text.num(noise)
                + "$. With $\\bar y$ the mean of the " + k + " predictions, squared bias $= (\\bar y - f(x))^2$ and "
                + "variance $= \\frac{1}{" + k + "}\\sum_m (\\hat y_m - \\bar y)^2$ (divide by " + k + "). What is "
                + question + "? Round to 3 decimal places.";
        StringBuilder solution = new StringBuilder();
        for (int p = 0; p < points; p++) {
            solution.append("At $x = ").append(xs[p]).append("$: $\\bar y = ").append(Text.precise(mean[p]))
                    .append("$, squared bias $= (").append(Text.precise(mean[p])).append(" - ").append(Text.precise(truth[p]))
                    .append(")^2 = ").append(Text.precise(bias[p])).append("$, variance $= ")
                    .append(Text.precise(variance[p])).append("$.\n\n");
        }
        if (points == 2) {
            solution.append("Averaged over the inputs: squared bias $= ").append(Text.precise(biasAvg))
                    .append("$, variance $= ").append(Text.precise(varianceAvg)).append("$.\n\n");
        }
        if (ask == Ask.ERROR) {
            solution.append("Expected squared error $=$ bias² + variance + $\\sigma^2 = ").append(Text.precise(biasAvg))
                    .append(" + ").append(Text.precise(varianceAvg)).append(" + ").append(Text.precise(noise))
                    .append(" = ").append(Text.precise(answer)).append("$.\n\n");
        }
        solution.append("Answer: **").append(Text.fixed(answer, 3)).append("**.");
        List<String> hints = new ArrayList<>(List.of("Start with the mean prediction $\\bar y$ at each input."));
        hints.add(ask == Ask.BIAS ? "Bias is about the average prediction only, not the spread of the models."
                : ask == Ask.VARIANCE ? "Variance measures the spread of the models around their own mean, "
                + "whatever the true value." : "The error adds three parts, and the noise part cannot be reduced "
                + "by any model.");
        double difficulty = (ask == Ask.BIAS ? -0.5 : ask == Ask.VARIANCE ? -0.1 : 0.4) + (points == 2 ? 0.4 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.rounded(answer, 3),
                solution.toString(), hints, List.of(), ItemIrt.free(1.2, difficulty));
    }

    private static double average(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
