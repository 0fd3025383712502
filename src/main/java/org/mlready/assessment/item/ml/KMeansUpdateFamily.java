package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/**
 * The k-means update step: the new centroid of one cluster is the mean of its members. Either the cluster labels
 * are shown, or the old centroids are shown and the learner assigns the points first (one full iteration).
 */
public final class KMeansUpdateFamily extends GeneratedItemFamily {

    public KMeansUpdateFamily() {
        super("kmeans-update", "clustering-dim-reduction", 10_000);
    }

    /** {@code labels} are 0-based cluster indices; {@code oldCentroids} is null when the labels are shown. */
    record Problem(int[][] oldCentroids, int[][] points, int[] labels, int target) {

        boolean labelsShown() {
            return oldCentroids == null;
        }
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        boolean labelsShown = Draws.chance(random, 1, 2);
        int k = Draws.between(random, 2, 3);
        while (true) {
            int n = Draws.between(random, 5, 7);
            int[][] points = new int[n][];
            for (int j = 0; j < n; j++) {
                points[j] = PlanePoints.draw(random, -5, 6);
            }
            int[][] centroids = null;
            int[] labels = new int[n];
            if (labelsShown) {
                for (int j = 0; j < n; j++) {
                    labels[j] = random.nextInt(k);
                }
            } else {
                centroids = new int[k][];
                for (int i = 0; i < k; i++) {
                    centroids[i] = PlanePoints.draw(random, -4, 5);
                }
                boolean tie = false;
                for (int j = 0; j < n; j++) {
                    labels[j] = PlanePoints.nearest(points[j], centroids, false);
                    tie |= labels[j] < 0;
                }
                if (tie) {
                    continue;
                }
            }
            int target = random.nextInt(k);
            if (hasCleanMean(points, labels, target)) {
                return new Problem(centroids, points, labels, target);
            }
        }
    }

    /** Between 2 and 5 members whose mean coordinates are multiples of one half. */
    private static boolean hasCleanMean(int[][] points, int[] labels, int target) {
        int count = 0;
        int sumX = 0;
        int sumY = 0;
        for (int j = 0; j < points.length; j++) {
            if (labels[j] == target) {
                count++;
                sumX += points[j][0];
                sumY += points[j][1];
            }
        }
        return count >= 2 && count <= 5 && (2 * sumX) % count == 0 && (2 * sumY) % count == 0;
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        int clusterNumber = p.target() + 1;
        StringBuilder stem = new StringBuilder();
        if (p.labelsShown()) {
            stem.append("After the assignment step of k-means, the points are labelled as follows:\n\n")
                    .append("| Point | Coordinates | Cluster |\n|---|---|---|\n");
            for (int j = 0; j < p.points().length; j++) {
                stem.append("| $x_").append(j + 1).append("$ | ").append(PlanePoints.text(p.points()[j]))
                        .append(" | ").append(p.labels()[j] + 1).append(" |\n");
            }
            stem.append("\nWhat is the updated centroid $\\mu_").append(clusterNumber)
                    .append("$ after the update step? Answer as a vector $(x, y)$.");
        } else {
            List<String> centroidTexts = new ArrayList<>();
            for (int i = 0; i < p.oldCentroids().length; i++) {
                centroidTexts.add("\\mu_" + (i + 1) + " = " + PlanePoints.text(p.oldCentroids()[i]));
            }
            List<String> pointTexts = new ArrayList<>();
            for (int j = 0; j < p.points().length; j++) {
                pointTexts.add("x_" + (j + 1) + " = " + PlanePoints.text(p.points()[j]));
            }
            stem.append("K-means (Euclidean distance) starts from the centroids\n\n$$")
                    .append(String.join(",\\quad ", centroidTexts)).append("$$\n\non the points\n\n$$")
                    .append(String.join(",\\quad ", pointTexts))
                    .append("$$\n\nRun one full iteration (assignment, then update). What is the new centroid $\\mu_")
                    .append(clusterNumber).append("$? Answer as a vector $(x, y)$.");
        }

        StringBuilder solution = new StringBuilder();
        if (!p.labelsShown()) {
            solution.append("**Assignment.** Squared distances to each centroid:\n\n");
            for (int j = 0; j < p.points().length; j++) {
                List<String> distances = new ArrayList<>();
                for (int[] c : p.oldCentroids()) {
                    distances.add(Integer.toString(PlanePoints.distance(p.points()[j], c, false)));
                }
                solution.append("- $x_").append(j + 1).append("$: ").append(String.join(", ", distances))
                        .append(" → cluster ").append(p.labels()[j] + 1).append("\n");
            }
            solution.append("\n**Update.** ");
        }
        List<String> members = new ArrayList<>();
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        int sumX = 0;
        int sumY = 0;
        int count = 0;
        for (int j = 0; j < p.points().length; j++) {
            if (p.labels()[j] == p.target()) {
                members.add("x_" + (j + 1));
                xs.add(MathText.factor(p.points()[j][0]));
                ys.add(MathText.factor(p.points()[j][1]));
                sumX += p.points()[j][0];
                sumY += p.points()[j][1];
                count++;
            }
        }
        double meanX = sumX / (double) count;
        double meanY = sumY / (double) count;
        solution.append("Cluster ").append(clusterNumber).append(" contains $").append(String.join(", ", members))
                .append("$. The new centroid is their mean:\n\n$$\\mu_").append(clusterNumber)
                .append(" = \\left(\\frac{").append(String.join(" + ", xs)).append("}{").append(count)
                .append("},\\ \\frac{").append(String.join(" + ", ys)).append("}{").append(count)
                .append("}\\right) = ").append(MathText.vector(meanX, meanY)).append("$$");
        List<String> hints = new ArrayList<>();
        if (!p.labelsShown()) {
            hints.add("First assign every point to its nearest old centroid; only then average.");
        }
        hints.add("The update step moves each centroid to the mean of the points currently assigned to it.");
        hints.add("Average the x-coordinates and the y-coordinates of cluster " + clusterNumber + "'s points separately.");
        return Instances.vector(this, seed, stem.toString(), MathText.doubles(meanX, meanY), 1e-6,
                solution.toString(), hints, 1.1, p.labelsShown() ? -1.2 : -0.2);
    }
}
