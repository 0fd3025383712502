package org.mlready.labs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

class RocAucTests {

    /** Counts every positive-negative pair: 1 when the positive scores higher, 1/2 on a tie. */
    private static double pairwise(double[] scores, boolean[] positive) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (positive[i] && !positive[j]) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }

    @Test
    void matchesTheScikitLearnDocumentationExample() {
        // roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75
        assertThat(RocAuc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}))
                .isEqualTo(0.75);
    }

    @Test
    void countsATieBetweenAPositiveAndANegativeAsOneHalf() {
        // pairs (0.5,0.2)=1, (0.5,0.5)=1/2, (0.9,0.2)=1, (0.9,0.5)=1 -> 3.5/4
        assertThat(RocAuc.of(new double[] {0.2, 0.5, 0.5, 0.9}, new boolean[] {false, false, true, true}))
                .isEqualTo(0.875);
        assertThat(RocAuc.of(new double[] {0.3, 0.3, 0.3, 0.3}, new boolean[] {false, true, false, true}))
                .isEqualTo(0.5);
        // 2 positives, 3 negatives: scores 1,1 (pos) vs 1,0,0 (neg): (1v1)=.5 twice, (1v0)=1 four times -> 5/6
        assertThat(RocAuc.of(new double[] {1, 1, 1, 0, 0}, new boolean[] {true, true, false, false, false}))
                .isCloseTo(5.0 / 6, within(1e-15));
    }

    @Test
    void givesOneForAPerfectRankingAndZeroForAReversedOne() {
        boolean[] labels = {false, false, true, true};
        assertThat(RocAuc.of(new double[] {0.1, 0.2, 0.8, 0.9}, labels)).isEqualTo(1.0);
        assertThat(RocAuc.of(new double[] {0.9, 0.8, 0.2, 0.1}, labels)).isEqualTo(0.0);
    }

    @Test
    void agreesWithBruteForcePairsOnRandomScoresWithManyTies() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(60);
            double[] scores = new double[n];
            boolean[] positive = new boolean[n];
            for (int i = 0; i < n; i++) {
                scores[i] = random.nextInt(8) / 8.0;
                positive[i] = i == 0 || (i != 1 && random.nextBoolean());
            }
            assertThat(RocAuc.of(scores, positive)).isCloseTo(pairwise(scores, positive), within(1e-12));
        }
    }

    @Test
    void agreesWithCommonsMathRankSumAndMannWhitneyStatistic() {
        Random random = new Random(7);
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        for (int trial = 0; trial < 100; trial++) {
            int n = 10 + random.nextInt(80);
            double[] scores = new double[n];
            boolean[] positive = new boolean[n];
            for (int i = 0; i < n; i++) {
                positive[i] = i % 3 == 0 || random.nextDouble() < 0.3;
                scores[i] = Math.round((random.nextGaussian() + (positive[i] ? 0.8 : 0)) * 4) / 4.0;
            }
            double[] ranks = ranking.rank(scores);
            double rankSum = 0;
            int positives = 0;
            for (int i = 0; i < n; i++) {
                if (positive[i]) {
                    rankSum += ranks[i];
                    positives++;
                }
            }
            double negatives = n - positives;
            double expected = (rankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
            double auc = RocAuc.of(scores, positive);
            assertThat(auc).isCloseTo(expected, within(1e-12));

            double[] positiveScores = select(scores, positive, true);
            double[] negativeScores = select(scores, positive, false);
            // commons-math3 returns max(U1, U2), so it pins down the AUC up to its reflection around 1/2.
            double u = new MannWhitneyUTest().mannWhitneyU(positiveScores, negativeScores);
            assertThat(Math.max(auc, 1 - auc)).isCloseTo(u / (positives * negatives), within(1e-12));
        }
    }

    @Test
    void trapezoidAreaUnderTheCurveEqualsTheAuc() {
        Random random = new Random(3);
        double[] scores = new double[300];
        boolean[] positive = new boolean[300];
        for (int i = 0; i < scores.length; i++) {
            positive[i] = random.nextBoolean();
            scores[i] = random.nextInt(20) + (positive[i] ? 3 : 0);
        }
        List<RocPoint> curve = RocCurve.of(scores, positive);
        assertThat(curve.get(0)).isEqualTo(new RocPoint(Double.POSITIVE_INFINITY, 0, 0));
        assertThat(curve.get(curve.size() - 1).falsePositiveRate()).isEqualTo(1.0);
        assertThat(curve.get(curve.size() - 1).truePositiveRate()).isEqualTo(1.0);
        assertThat(curve).hasSize((int) Arrays.stream(scores).distinct().count() + 1);
        assertThat(RocCurve.area(curve)).isCloseTo(RocAuc.of(scores, positive), within(1e-12));
    }

    @Test
    void refusesLabelsOfOneClassOnly() {
        assertThatThrownBy(() -> RocAuc.of(new double[] {0.1, 0.2}, new boolean[] {true, true}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] select(double[] scores, boolean[] positive, boolean wanted) {
        return java.util.stream.IntStream.range(0, scores.length).filter(i -> positive[i] == wanted)
                .mapToDouble(i -> scores[i]).toArray();
    }
}
