package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class ClassificationTaskFamilyTests {

    /** F1 of the given class as the harmonic mean of precision and recall. */
    static double f1(double[] actual, double[] predicted, int positive) {
        int tp = 0;
        int predictedPositive = 0;
        int actualPositive = 0;
        for (int i = 0; i < actual.length; i++) {
            boolean a = actual[i] == positive;
            boolean p = predicted[i] == positive;
            tp += a && p ? 1 : 0;
            predictedPositive += p ? 1 : 0;
            actualPositive += a ? 1 : 0;
        }
        if (tp == 0) {
            return 0;
        }
        double precision = (double) tp / predictedPositive;
        double recall = (double) tp / actualPositive;
        return 2 * precision * recall / (precision + recall);
    }

    @Test
    void classifierMetricsMatchDirectComputation() {
        ClassifierMetricsFamily family = new ClassifierMetricsFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            double[] y = StemReading.namedList(item.stem(), "y_val");
            double[] proba = StemReading.numbers(StemReading.find(item.stem(), "# proba = (\\[.*?\\])"));
            double[] pred = new double[y.length];
            int correct = 0;
            int tp = 0;
            int pp = 0;
            int ap = 0;
            for (int i = 0; i < y.length; i++) {
                assertThat(proba[i]).isNotEqualTo(0.5);
                pred[i] = proba[i] > 0.5 ? 1 : 0;
                correct += pred[i] == y[i] ? 1 : 0;
                tp += pred[i] == 1 && y[i] == 1 ? 1 : 0;
                pp += pred[i] == 1 ? 1 : 0;
                ap += y[i] == 1 ? 1 : 0;
            }
            if (item.key() instanceof AnswerKey.Vector vector) {
                List<Double> v = vector.values();
                assertThat(v.get(0)).isCloseTo((double) correct / y.length, within(0.00005 + 1e-9));
                assertThat(v.get(1)).isCloseTo((double) tp / pp, within(0.00005 + 1e-9));
                assertThat(v.get(2)).isCloseTo((double) tp / ap, within(0.00005 + 1e-9));
                assertThat(v.get(3)).isCloseTo(f1(y, pred, 1), within(0.00005 + 1e-9));
            } else {
                double macro = (f1(y, pred, 1) + f1(y, pred, 0)) / 2;
                assertThat(CleaningFamilyTests.numeric(item)).isCloseTo(macro, within(0.00005 + 1e-9));
            }
        }
    }

    @Test
    void bestThresholdIsTheStrictMaximumOverCandidates() {
        BestThresholdFamily family = new BestThresholdFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            double[] y = StemReading.namedList(item.stem(), "y_val");
            double[] scores = StemReading.namedList(item.stem(), "scores");
            boolean useF1 = item.stem().contains("highest F1");
            double bestValue = -1;
            String bestText = null;
            int ties = 0;
            for (Choice choice : item.choices()) {
                double t = Double.parseDouble(choice.text().replace("threshold ", ""));
                double[] pred = new double[y.length];
                int correct = 0;
                for (int i = 0; i < y.length; i++) {
                    pred[i] = scores[i] >= t ? 1 : 0;
                    correct += pred[i] == y[i] ? 1 : 0;
                }
                double value = useF1 ? f1(y, pred, 1) : (double) correct / y.length;
                if (Math.abs(value - bestValue) < 1e-12) {
                    ties++;
                } else if (value > bestValue) {
                    bestValue = value;
                    bestText = choice.text();
                    ties = 0;
                }
            }
            assertThat(ties).as(item.stem()).isZero();
            String correctText = item.choices().stream().filter(Choice::correct).findFirst().orElseThrow().text();
            assertThat(correctText).as(item.stem()).isEqualTo(bestText);
        }
    }
}
