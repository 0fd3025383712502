package org.mlready.assessment.item.ml;

import java.util.Random;

/** Integer points in the plane: drawing them and measuring the distances k-means uses. */
final class PlanePoints {

    private PlanePoints() {
    }

    static int[] draw(Random random, int low, int high) {
        return new int[] {Draws.between(random, low, high), Draws.between(random, low, high)};
    }

    /** Squared Euclidean distance when {@code manhattan} is false, otherwise the Manhattan distance. */
    static int distance(int[] p, int[] q, boolean manhattan) {
        int dx = p[0] - q[0];
        int dy = p[1] - q[1];
        return manhattan ? Math.abs(dx) + Math.abs(dy) : dx * dx + dy * dy;
    }

    /** Index of the strictly nearest centre, or -1 when two centres tie for nearest. */
    static int nearest(int[] point, int[][] centres, boolean manhattan) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (int i = 0; i < centres.length; i++) {
            int d = distance(point, centres[i], manhattan);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    static String text(int[] p) {
        return MathText.vector(p);
    }
}
