package org.mlready.assessment.item.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class CompareAlgorithmsFamilyTests {

    @Test
    void pairedComparisonMatchesCommonsMathPairedT() {
        PairedFoldComparisonFamily family = new PairedFoldComparisonFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            int k = table.size() - 1;
            double[] a = new double[k];
            double[] b = new double[k];
            for (int i = 0; i < k; i++) {
                a[i] = Double.parseDouble(table.get(i + 1).get(1));
                b[i] = Double.parseDouble(table.get(i + 1).get(2));
            }
            double t = new TTest().pairedT(a, b);
            if (item.stem().contains("mean of the per-fold differences")) {
                StemReading.assertRounded(item, StatUtils.meanDifference(a, b), 4);
            } else if (item.stem().contains("Compute the paired t statistic")) {
                StemReading.assertRounded(item, t, 2);
            } else {
                String alphaText = StemReading.find(item.stem(), "at α = ([0-9.]+),");
                double alpha = Double.parseDouble(alphaText);
                double stated = Double.parseDouble(StemReading.find(item.stem(), "critical value ([0-9.]+) "));
                double critical = new TDistribution(k - 1).inverseCumulativeProbability(1 - alpha / 2);
                assertThat(stated).isCloseTo(critical, within(0.001));
                String expected = Math.abs(t) < critical ? "The difference is not significant at α = " + alphaText : t > 0 ? "A is significantly better than B"
                        : "B is significantly better than A";
                assertThat(StemReading.correctText(item)).as(item.stem()).startsWith(expected);
            }
        }
    }

    @Test
    void constrainedChoiceIsTheMostAccurateFeasibleModel() {
        ConstrainedModelChoiceFamily family = new ConstrainedModelChoiceFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            int maxLatency = StemReading.integer(item.stem(), "latency of at most (\\d+) ms");
            int maxMemory = StemReading.integer(item.stem(), "fits in (\\d+) MB");
            List<List<String>> table = StemReading.firstTable(item.stem());
            String best = null;
            double bestAccuracy = -1;
            for (List<String> row : table.subList(1, table.size())) {
                double accuracy = Double.parseDouble(row.get(1));
                boolean feasible = Integer.parseInt(row.get(2)) <= maxLatency
                        && Integer.parseInt(row.get(3)) <= maxMemory;
                if (feasible && accuracy > bestAccuracy) {
                    best = row.get(0);
                    bestAccuracy = accuracy;
                }
            }
            assertThat(StemReading.correctText(item)).as(item.stem()).isEqualTo(best);
        }
    }

    @Test
    void scalingAnswersMatchTheCostFunctions() {
        AlgorithmScalingFamily family = new AlgorithmScalingFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            if (stem.contains("brute-force")) {
                long train = StemReading.number(stem, "stores ([\\d,]+) training");
                long test = StemReading.number(stem, "predicts ([\\d,]+) test");
                if (stem.contains("How many point-to-point")) {
                    assertThat(StemReading.numericKey(item)).as(stem).isEqualTo((double) (train * test));
                } else {
                    long features = StemReading.number(stem, "with (\\d+) features");
                    long rate = StemReading.number(stem, "does (\\d+) billion");
                    BigDecimal seconds = BigDecimal.valueOf(train * test * features)
                            .divide(BigDecimal.valueOf(rate * 1_000_000_000L));
                    StemReading.assertRounded(item, seconds.doubleValue(), 1);
                }
            } else {
                double base = Double.parseDouble(StemReading.find(stem, "takes ([0-9.]+) s on"));
                double n = Double.parseDouble(StemReading.find(stem, "on \\$n = ([\\d{},]+)\\$ rows")
                        .replace("{,}", ""));
                double factor = Double.parseDouble(StemReading.find(stem, "on (\\d+) times as many"));
                String order = StemReading.find(stem, "proportional to \\$(.*?)\\$");
                double seconds = base * cost(order, factor * n) / cost(order, n);
                StemReading.assertRounded(item, seconds, 1);
            }
        }
    }

    private static double cost(String order, double n) {
        if (order.contains("log")) {
            return n * Math.log(n);
        }
        return Math.pow(n, Integer.parseInt(order.substring(order.indexOf('^') + 1)));
    }
}
