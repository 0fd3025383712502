package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** The k-means assignment step: which centroid each shown point joins, by Euclidean or Manhattan distance. */
public final class KMeansAssignmentFamily extends GeneratedItemFamily {

    public KMeansAssignmentFamily() {
        super("kmeans-assignment", "clustering-dim-reduction", 10_000);
    }

    /** Centroids and points are integer 2-D points; {@code single} asks about one point only. */
    record Problem(int[][] centroids, int[][] points, boolean manhattan, boolean single) {
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        boolean single = Draws.chance(random, 1, 4);
        boolean manhattan = Draws.chance(random, 3, 10);
        int k = Draws.between(random, 2, 3);
        int n = single ? 1 : Draws.between(random, 4, 5);
        while (true) {
            int[][] centroids = new int[k][];
            for (int i = 0; i < k; i++) {
                centroids[i] = PlanePoints.draw(random, -5, 5);
            }
            if (hasDuplicate(centroids)) {
                continue;
            }
            int[][] points = new int[n][];
            boolean[] used = new boolean[k];
            for (int j = 0; j < n; j++) {
                int nearest;
                do {
                    points[j] = PlanePoints.draw(random, -6, 6);
                    nearest = PlanePoints.nearest(points[j], centroids, manhattan);
                } while (nearest < 0);
                used[nearest] = true;
            }
            int clustersUsed = 0;
            for (boolean u : used) {
                clustersUsed += u ? 1 : 0;
            }
            if (single || clustersUsed >= 2) {
                return new Problem(centroids, points, manhattan, single);
            }
        }
    }

    private static boolean hasDuplicate(int[][] points) {
        for (int i = 0; i < points.length; i++) {
            for (int j = i + 1; j < points.length; j++) {
                if (points[i][0] == points[j][0] && points[i][1] == points[j][1]) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        String metric = p.manhattan() ? "Manhattan" : "Euclidean";
        StringBuilder stem = new StringBuilder("K-means is running on 2-D data. The current centroids are\n\n$$");
        List<String> centroidTexts = new ArrayList<>();
        for (int i = 0; i < p.centroids().length; i++) {
            centroidTexts.add("\\mu_" + (i + 1) + " = " + PlanePoints.text(p.centroids()[i]));
        }
        stem.append(String.join(",\\quad ", centroidTexts)).append("$$\n\n");
        if (p.single()) {
            stem.append("Using **").append(metric).append("** distance, to which cluster does the point $x = ")
                    .append(PlanePoints.text(p.points()[0]))
                    .append("$ get assigned in the next assignment step? Answer with the cluster number.");
        } else {
            List<String> pointTexts = new ArrayList<>();
            for (int j = 0; j < p.points().length; j++) {
                pointTexts.add("x_" + (j + 1) + " = " + PlanePoints.text(p.points()[j]));
            }
            stem.append("Using **").append(metric)
                    .append("** distance, assign each of these points to its nearest centroid:\n\n$$")
                    .append(String.join(",\\quad ", pointTexts))
                    .append("$$\n\nAnswer with a vector of cluster numbers, one per point in the order shown.");
        }

        StringBuilder solution = new StringBuilder(p.manhattan()
                ? "Manhattan distance is $|\\Delta x| + |\\Delta y|$. For each point, the distances to "
                : "Comparing squared Euclidean distances $(\\Delta x)^2 + (\\Delta y)^2$ gives the same winner as "
                + "comparing distances. For each point, the squared distances to ");
        solution.append(centroidNames(p.centroids().length)).append(" are:\n\n");
        double[] labels = new double[p.points().length];
        for (int j = 0; j < p.points().length; j++) {
            int[] point = p.points()[j];
            List<String> distances = new ArrayList<>();
            for (int[] c : p.centroids()) {
                distances.add(Integer.toString(PlanePoints.distance(point, c, p.manhattan())));
            }
            int nearest = PlanePoints.nearest(point, p.centroids(), p.manhattan());
            labels[j] = nearest + 1;
            solution.append("- $").append(p.single() ? "x" : "x_" + (j + 1)).append(" = ")
                    .append(PlanePoints.text(point)).append("$: ").append(String.join(", ", distances))
                    .append(" → cluster ").append(nearest + 1).append("\n");
        }
        List<String> hints = List.of(
                "Measure the distance from the point to every centroid; the point joins the closest one.",
                p.manhattan() ? "Manhattan distance adds the absolute coordinate differences: $|x_1-\\mu_1| + |x_2-\\mu_2|$."
                        : "You can compare squared distances and skip the square roots: the smallest stays smallest.");
        if (p.single()) {
            solution.append("\nThe point goes to cluster ").append((int) labels[0]).append(".");
            return Instances.number(this, seed, stem.toString(), labels[0], 0, solution.toString(), hints,
                    1.0, p.manhattan() ? -1.2 : -1.5);
        }
        solution.append("\nAnswer: ").append(MathText.vector(labels)).append(".");
        return Instances.vector(this, seed, stem.toString(), MathText.doubles(labels), 0, solution.toString(),
                hints, 1.1, p.manhattan() ? -0.5 : -0.8);
    }

    private static String centroidNames(int k) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            names.add("$\\mu_" + i + "$");
        }
        return String.join(", ", names);
    }
}
