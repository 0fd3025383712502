package org.mlready.labs.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The ROC curve as the points of a chart: one point per distinct score, from (0,0) at threshold +infinity to (1,1).
 * Tied scores move the curve diagonally, which is why the trapezoid area under these points equals {@link RocAuc}.
 */
public final class RocCurve {

    private RocCurve() {
    }

    public static List<RocPoint> of(double[] scores, boolean[] positive) {
        Labels.check(scores, positive);
        int n = scores.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        long positives = IntStream.range(0, n).filter(i -> positive[i]).count();
        long negatives = n - positives;
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(Double.POSITIVE_INFINITY, 0, 0));
        long truePositives = 0;
        long falsePositives = 0;
        int k = 0;
        while (k < n) {
            double threshold = scores[order[k]];
            while (k < n && scores[order[k]] == threshold) {
                if (positive[order[k]]) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
                k++;
            }
            points.add(new RocPoint(threshold, (double) falsePositives / negatives, (double) truePositives / positives));
        }
        return List.copyOf(points);
    }

    /** Trapezoid area under the points. */
    public static double area(List<RocPoint> points) {
        double area = 0;
        for (int i = 1; i < points.size(); i++) {
            RocPoint a = points.get(i - 1);
            RocPoint b = points.get(i);
            area += (b.falsePositiveRate() - a.falsePositiveRate()) * (a.truePositiveRate() + b.truePositiveRate()) / 2;
        }
        return area;
    }
}
