package org.mlready.labs.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mlready.assessment.item.SeededRandom;
import org.mlready.labs.dataset.CsvNumbers;

/**
 * A learner's generated regression data: house prices from two or three features on very different scales, a known
 * linear relation plus Gaussian noise. Values are rounded as written in the CSV, so the exact solution is that of the
 * file the learner downloads.
 */
public record RegressionDataset(List<String> featureNames, String targetName, double[][] features, double[] target) {

    public static final String TARGET = "price_k";

    /** A candidate feature: its range, decimals and the range of its true coefficient. */
    private record Feature(String name, double low, double high, int decimals, double coefficientLow,
            double coefficientHigh) {
    }

    private static final List<Feature> FEATURES = List.of(
            new Feature("floor_area_m2", 35, 220, 1, 1.5, 3.5),
            new Feature("age_years", 0, 80, 0, -1.5, -0.3),
            new Feature("distance_to_centre_km", 0.3, 25, 2, -4, -1));

    static RegressionDataset generate(long learnerSeed) {
        Random random = SeededRandom.of(learnerSeed);
        int rows = 60 + random.nextInt(61);
        List<Feature> chosen = new ArrayList<>(FEATURES);
        if (random.nextBoolean()) {
            chosen.remove(random.nextInt(chosen.size()));
        }
        double intercept = 40 + 80 * random.nextDouble();
        double[] coefficients = chosen.stream()
                .mapToDouble(f -> f.coefficientLow() + (f.coefficientHigh() - f.coefficientLow()) * random.nextDouble())
                .toArray();
        double noise = 8 + 12 * random.nextDouble();
        double[][] x = new double[rows][chosen.size()];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double value = intercept;
            for (int j = 0; j < chosen.size(); j++) {
                Feature f = chosen.get(j);
                x[i][j] = CsvNumbers.round(f.low() + (f.high() - f.low()) * random.nextDouble(), f.decimals());
                value += coefficients[j] * x[i][j];
            }
            y[i] = CsvNumbers.round(value + noise * random.nextGaussian(), 2);
        }
        return new RegressionDataset(chosen.stream().map(Feature::name).toList(), TARGET, x, y);
    }

    public int rows() {
        return target.length;
    }

    /** The CSV the learner downloads: a header, then one line per row, target last. */
    public String csv() {
        StringBuilder csv = new StringBuilder(String.join(",", featureNames)).append(',').append(targetName).append('\n');
        for (int i = 0; i < target.length; i++) {
            for (double value : features[i]) {
                csv.append(CsvNumbers.format(value)).append(',');
            }
            csv.append(CsvNumbers.format(target[i])).append('\n');
        }
        return csv.toString();
    }
}
