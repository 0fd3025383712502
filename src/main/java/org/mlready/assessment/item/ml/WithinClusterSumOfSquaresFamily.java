package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Within-cluster sum of squares (k-means inertia) of a small clustering whose cluster means are integers. */
public final class WithinClusterSumOfSquaresFamily extends GeneratedItemFamily {

    public WithinClusterSumOfSquaresFamily() {
        super("within-cluster-sum-of-squares", "clustering-dim-reduction", 10_000);
    }

    /**
     * {@code clusters[c]} holds the points of cluster c; {@code centroidsShown} says whether the means are given;
     * {@code onlyCluster} is -1 for the total, or the 0-based cluster asked about.
     */
    record Problem(int[][][] clusters, boolean centroidsShown, int onlyCluster) {
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        boolean centroidsShown = Draws.chance(random, 1, 2);
        int[][][] clusters = new int[2][][];
        for (int c = 0; c < 2; c++) {
            clusters[c] = drawCluster(random);
        }
        int onlyCluster = Draws.chance(random, 1, 3) ? random.nextInt(2) : -1;
        return new Problem(clusters, centroidsShown, onlyCluster);
    }

    /** 2-4 points around an integer centre; the last point is placed so the mean is exactly that centre. */
    private static int[][] drawCluster(Random random) {
        while (true) {
            int n = Draws.between(random, 2, 4);
            int[] centre = PlanePoints.draw(random, -5, 5);
            int[][] points = new int[n][];
            int[] sum = new int[2];
            for (int j = 0; j < n - 1; j++) {
                points[j] = new int[] {centre[0] + Draws.between(random, -3, 3), centre[1] + Draws.between(random, -3, 3)};
                sum[0] += points[j][0];
                sum[1] += points[j][1];
            }
            int[] last = {n * centre[0] - sum[0], n * centre[1] - sum[1]};
            boolean near = Math.abs(last[0] - centre[0]) <= 4 && Math.abs(last[1] - centre[1]) <= 4;
            boolean offCentre = last[0] != centre[0] || last[1] != centre[1];
            if (near && offCentre) {
                points[n - 1] = last;
                return points;
            }
        }
    }

    private static int[] mean(int[][] points) {
        int[] sum = new int[2];
        for (int[] q : points) {
            sum[0] += q[0];
            sum[1] += q[1];
        }
        return new int[] {sum[0] / points.length, sum[1] / points.length};
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        StringBuilder stem = new StringBuilder("A k-means run ended with two clusters:\n\n");
        for (int c = 0; c < 2; c++) {
            List<String> texts = new ArrayList<>();
            for (int[] q : p.clusters()[c]) {
                texts.add(PlanePoints.text(q));
            }
            stem.append("- Cluster ").append(c + 1).append(": ").append(String.join(", ", texts));
            if (p.centroidsShown()) {
                stem.append(" with centroid ").append(PlanePoints.text(mean(p.clusters()[c])));
            }
            stem.append("\n");
        }
        stem.append("\nEach centroid is the mean of its cluster. Compute the within-cluster sum of squares (WCSS, ")
                .append("the sum of squared Euclidean distances from each point to its own centroid)")
                .append(p.onlyCluster() < 0 ? " over both clusters." : " of cluster " + (p.onlyCluster() + 1) + " only.");

        StringBuilder solution = new StringBuilder();
        int total = 0;
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            if (p.onlyCluster() >= 0 && p.onlyCluster() != c) {
                continue;
            }
            int[] centroid = mean(p.clusters()[c]);
            solution.append("Cluster ").append(c + 1).append(p.centroidsShown() ? " has centroid " : " has mean ")
                    .append(PlanePoints.text(centroid)).append(". Squared distances: ");
            List<String> terms = new ArrayList<>();
            int clusterSum = 0;
            for (int[] q : p.clusters()[c]) {
                int d = PlanePoints.distance(q, centroid, false);
                terms.add(Integer.toString(d));
                clusterSum += d;
            }
            solution.append("$").append(String.join(" + ", terms)).append(" = ").append(clusterSum).append("$.\n\n");
            parts.add(Integer.toString(clusterSum));
            total += clusterSum;
        }
        if (parts.size() > 1) {
            solution.append("Total: $").append(String.join(" + ", parts)).append(" = ").append(total).append("$.");
        } else {
            solution.append("WCSS of this cluster: ").append(total).append(".");
        }
        List<String> hints = new ArrayList<>();
        if (!p.centroidsShown()) {
            hints.add("Start by computing each cluster's mean: average its x- and y-coordinates.");
        }
        hints.add("For each point, add $(x - \\mu_x)^2 + (y - \\mu_y)^2$ using the centroid of its own cluster.");
        hints.add("Do not take square roots: WCSS sums squared distances.");
        return Instances.number(this, seed, stem.toString(), total, 1e-9, solution.toString(), hints,
                1.0, p.centroidsShown() ? -0.9 : -0.5);
    }
}
