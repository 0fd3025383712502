package org.mlready.assessment.item.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class VisualPatternFamilyTests {

    @Test
    void anomalyIsThePointFarthestFromTheRegressionLine() {
        SeriesAnomalyFamily family = new SeriesAnomalyFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            SimpleRegression regression = new SimpleRegression();
            List<String> labels = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int i = 1; i < table.size(); i++) {
                labels.add(table.get(i).get(0));
                values.add(Double.parseDouble(table.get(i).get(1)));
                regression.addData(i, values.get(i - 1));
            }
            int worst = 0;
            double worstSize = -1;
            double runnerUp = -1;
            for (int i = 0; i < values.size(); i++) {
                double size = Math.abs(values.get(i) - regression.predict(i + 1));
                if (size > worstSize) {
                    runnerUp = worstSize;
                    worstSize = size;
                    worst = i;
                } else {
                    runnerUp = Math.max(runnerUp, size);
                }
            }
            assertThat(worstSize).as(item.stem()).isGreaterThanOrEqualTo(2 * runnerUp);
            assertThat(StemReading.correctText(item)).as(item.stem()).isEqualTo(labels.get(worst));
            assertThat(item.choices()).hasSize(4);
        }
    }

    @Test
    void histogramShapeFollowsTheStatedRuleOnTheDrawnCounts() {
        HistogramShapeFamily family = new HistogramShapeFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<String> lines = StemReading.findAll(item.stem(), "(?m)^(\\d+–\\d+ +\\|[^\n]*)$");
            int bins = lines.size();
            assertThat(bins).as(item.stem()).isBetween(8, 10);
            int[] counts = new int[bins];
            double[] midpoints = new double[bins];
            for (int i = 0; i < bins; i++) {
                String line = lines.get(i);
                counts[i] = Integer.parseInt(StemReading.find(line, "(\\d+)$"));
                assertThat(line.chars().filter(c -> c == '#').count()).isEqualTo(counts[i]);
                double low = Double.parseDouble(StemReading.find(line, "^(\\d+)–"));
                double high = Double.parseDouble(StemReading.find(line, "–(\\d+)"));
                midpoints[i] = (low + high) / 2;
            }
            String expected = bimodal(counts) ? "Bimodal" : shapeBySkewness(counts, midpoints);
            assertThat(expected).as(item.stem()).isNotNull();
            assertThat(StemReading.correctText(item)).as(item.stem()).startsWith(expected);
        }
    }

    @Test
    void seasonalPeriodIsTheCandidateLagWithTheHighestAutocorrelation() {
        SeasonalPeriodFamily family = new SeasonalPeriodFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String[] parts = StemReading.find(item.stem(), "x = \\[(.*?)\\]").split(",\\s*");
            double[] x = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                x[i] = Double.parseDouble(parts[i]);
            }
            double mean = StatUtils.mean(x);
            double total = StatUtils.sumSq(centred(x, mean));
            int bestLag = -1;
            double best = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (var choice : item.choices()) {
                int lag = Integer.parseInt(StemReading.find(choice.text(), "^(\\d+) "));
                // the lagged products as a dot product of the centred head and tail slices
                double[] head = centred(Arrays.copyOfRange(x, 0, x.length - lag), mean);
                double[] tail = centred(Arrays.copyOfRange(x, lag, x.length), mean);
                double r = new ArrayRealVector(head).dotProduct(new ArrayRealVector(tail)) / total;
                if (r > best) {
                    second = best;
                    best = r;
                    bestLag = lag;
                } else {
                    second = Math.max(second, r);
                }
            }
            assertThat(best - second).as(item.stem()).isGreaterThanOrEqualTo(0.3 - 1e-9);
            assertThat(StemReading.correctText(item)).as(item.stem()).startsWith(bestLag + " ");
        }
    }

    @Test
    void scatterBandContainsPearsonsRWithAMargin() {
        ScatterCorrelationFamily family = new ScatterCorrelationFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            double[] x = table.get(1).subList(1, table.get(1).size()).stream().mapToDouble(Double::parseDouble)
                    .toArray();
            double[] y = table.get(2).subList(1, table.get(2).size()).stream().mapToDouble(Double::parseDouble)
                    .toArray();
            double r = new PearsonsCorrelation().correlation(x, y);
            String band = r <= -0.7 ? "Strong negative" : r <= -0.2 ? "Weak to moderate negative"
                    : r < 0.2 ? "Little or no" : r < 0.7 ? "Weak to moderate positive" : "Strong positive";
            double margin = Math.min(Math.min(Math.abs(r + 0.7), Math.abs(r + 0.2)),
                    Math.min(Math.abs(r - 0.2), Math.abs(r - 0.7)));
            assertThat(margin).as(item.stem()).isGreaterThanOrEqualTo(0.06 - 1e-9);
            assertThat(StemReading.correctText(item)).as(item.stem()).startsWith(band);
            long plotted = StemReading.find(item.stem(), "```text\n(.*?)```").lines().filter(l -> l.contains("|")).flatMapToInt(l -> l.substring(
                    l.indexOf('|') + 1).chars()).map(c -> c == '*' ? 1 : Character.isDigit(c) ? c - '0' : 0).sum();
            assertThat(plotted).as("points drawn").isEqualTo(x.length);
        }
    }

    private static double[] centred(double[] values, double mean) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] - mean;
        }
        return out;
    }

    /** Brute force over every bin as a candidate valley, in exact integer arithmetic. */
    private static boolean bimodal(int[] counts) {
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        for (int j = 0; j < counts.length; j++) {
            int left = 0;
            int right = 0;
            for (int i = 0; i < j; i++) {
                left = Math.max(left, counts[i]);
            }
            for (int i = j + 1; i < counts.length; i++) {
                right = Math.max(right, counts[i]);
            }
            boolean deep = counts[j] * 2 <= left && counts[j] * 2 <= right;
            boolean tall = left * 10 >= max * 4 && right * 10 >= max * 4;
            if (deep && tall) {
                return true;
            }
        }
        return false;
    }

    /** Moment skewness on the stated bin midpoints (not bin indices), expanded via raw moments. */
    private static String shapeBySkewness(int[] counts, double[] midpoints) {
        double n = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int i = 0; i < counts.length; i++) {
            double x = midpoints[i];
            n += counts[i];
            s1 += counts[i] * x;
            s2 += counts[i] * x * x;
            s3 += counts[i] * x * x * x;
        }
        double mean = s1 / n;
        double m2 = s2 / n - mean * mean;
        double m3 = s3 / n - 3 * mean * s2 / n + 2 * mean * mean * mean;
        double g = m3 / Math.pow(m2, 1.5);
        if (g > 0.5 + 1e-9) {
            return "Right-skewed";
        }
        if (g < -0.5 - 1e-9) {
            return "Left-skewed";
        }
        return Math.abs(g) < 0.2 - 1e-9 ? "Roughly symmetric" : null;
    }
}
