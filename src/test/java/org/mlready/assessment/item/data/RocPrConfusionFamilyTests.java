package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class RocPrConfusionFamilyTests {

    /** [tp, fp, fn, tn] by direct comparison of the lists. */
    static int[] cells(double[] actual, double[] predicted) {
        int[] c = new int[4];
        for (int i = 0; i < actual.length; i++) {
            int index = actual[i] == 1 ? (predicted[i] == 1 ? 0 : 2) : (predicted[i] == 1 ? 1 : 3);
            c[index]++;
        }
        return c;
    }

    /** AUC from average ranks: (sum of positive ranks - P(P+1)/2) / (P N). */
    static double aucByRanks(double[] labels, double[] scores) {
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(scores);
        double rankSum = 0;
        int p = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 1) {
                rankSum += ranks[i];
                p++;
            }
        }
        int n = labels.length - p;
        return (rankSum - p * (p + 1) / 2.0) / ((double) p * n);
    }

    @Test
    void confusionMetricsMatchDirectCounts() {
        ConfusionMetricsFamily family = new ConfusionMetricsFamily();
        for (long seed = 0; seed < 3000; seed++) {
            ItemInstance item = family.generate(seed);
            double tp;
            double fp;
            double fn;
            double tn;
            if (item.stem().contains("y_true")) {
                int[] c = cells(StemReading.namedList(item.stem(), "y_true"),
                        StemReading.namedList(item.stem(), "y_pred"));
                tp = c[0];
                fp = c[1];
                fn = c[2];
                tn = c[3];
            } else {
                List<List<String>> table = StemReading.firstTable(item.stem());
                tn = Double.parseDouble(table.get(1).get(1));
                fp = Double.parseDouble(table.get(1).get(2));
                fn = Double.parseDouble(table.get(2).get(1));
                tp = Double.parseDouble(table.get(2).get(2));
            }
            String metric = StemReading.find(item.stem(), "what is the ([\\w ]+)\\?");
            double precision = tp / (tp + fp);
            double recall = tp / (tp + fn);
            double expected = switch (metric) {
                case "accuracy" -> (tp + tn) / (tp + tn + fp + fn);
                case "precision" -> precision;
                case "recall" -> recall;
                case "specificity" -> tn / (tn + fp);
                case "F1 score" -> 2 * precision * recall / (precision + recall);
                default -> throw new AssertionError(metric);
            };
            assertThat(CleaningFamilyTests.numeric(item)).as(item.stem()).isCloseTo(expected, within(0.00005 + 1e-9));
        }
    }

    @Test
    void rocAucMatchesAverageRanksAndCommonsMathMannWhitney() {
        RocAucFamily family = new RocAucFamily();
        int withTies = 0;
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            double[] labels = StemReading.namedList(item.stem(), "y_true");
            double[] scores = StemReading.namedList(item.stem(), "scores");
            double auc = aucByRanks(labels, scores);
            assertThat(CleaningFamilyTests.numeric(item)).as(item.stem()).isCloseTo(auc, within(0.00005 + 1e-9));

            List<Double> pos = new ArrayList<>();
            List<Double> neg = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                (labels[i] == 1 ? pos : neg).add(scores[i]);
            }
            double u = new MannWhitneyUTest().mannWhitneyU(pos.stream().mapToDouble(Double::doubleValue).toArray(),
                    neg.stream().mapToDouble(Double::doubleValue).toArray());
            double pairs = (double) pos.size() * neg.size();
            assertThat(u).isCloseTo(Math.max(auc, 1 - auc) * pairs, within(1e-9));
            withTies += item.solution().contains("ties") ? 1 : 0;
        }
        assertThat(withTies).isGreaterThan(500);
    }

    @Test
    void thresholdMatrixMatchesDirectCounts() {
        ThresholdMatrixFamily family = new ThresholdMatrixFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            double[] labels = StemReading.namedList(item.stem(), "y_true");
            double[] scores = StemReading.namedList(item.stem(), "scores");
            double t = Double.parseDouble(StemReading.find(item.stem(), "scores >= ([0-9.]+)\\)"));
            double[] predicted = new double[scores.length];
            for (int i = 0; i < scores.length; i++) {
                predicted[i] = scores[i] >= t ? 1 : 0;
            }
            int[] c = cells(labels, predicted);
            List<List<Double>> expected = List.of(List.of((double) c[3], (double) c[1]),
                    List.of((double) c[2], (double) c[0]));
            assertThat(((AnswerKey.Matrix) item.key()).rows()).as(item.stem()).isEqualTo(expected);
        }
    }
}
