package org.mlready.labs.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Area under the ROC curve, computed as the Mann-Whitney statistic: the probability that a random positive scores
 * higher than a random negative, a tie counting one half. Ranks of tied scores are averaged, which gives exactly that.
 */
public final class RocAuc {

    private RocAuc() {
    }

    public static double of(double[] scores, boolean[] positive) {
        Labels.check(scores, positive);
        int n = scores.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double positiveRankSum = 0;
        long positives = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double averageRank = (start + end + 2) / 2.0;
            for (int k = start; k <= end; k++) {
                if (positive[order[k]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = n - positives;
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }
}
