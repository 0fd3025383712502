package org.mlready.assessment.item.maths;

import java.util.Random;

/**
 * A 2x2 integer matrix A = P D P^-1 with integer eigenvalues, where P has determinant +-1 (so A is integer) and
 * first-row entries +-1 or +-2 (so each eigenvector can be scaled to first component 1 with whole or half entries).
 */
record Diagonalisable2x2(int[][] p, int lambda1, int lambda2) {

    static Diagonalisable2x2 draw(Random random, int lowEigenvalue, int highEigenvalue, int maxEntry) {
        while (true) {
            int[][] p = {{Draws.pick(random, -2, -1, 1, 2), Draws.pick(random, -2, -1, 1, 2)},
                    Draws.ints(random, 2, -3, 3)};
            int det = p[0][0] * p[1][1] - p[0][1] * p[1][0];
            int lambda1 = Draws.between(random, lowEigenvalue, highEigenvalue);
            int lambda2 = Draws.between(random, lowEigenvalue, highEigenvalue);
            if (Math.abs(det) != 1 || lambda1 == lambda2) {
                continue;
            }
            Diagonalisable2x2 candidate = new Diagonalisable2x2(p, lambda1, lambda2);
            int[][] a = candidate.a();
            boolean small = true;
            for (int[] row : a) {
                for (int entry : row) {
                    small &= Math.abs(entry) <= maxEntry;
                }
            }
            if (small) {
                return candidate;
            }
        }
    }

    int determinantOfP() {
        return p[0][0] * p[1][1] - p[0][1] * p[1][0];
    }

    int[][] pInverse() {
        int det = determinantOfP();
        return new int[][] {{p[1][1] * det, -p[0][1] * det}, {-p[1][0] * det, p[0][0] * det}};
    }

    /** P diag(l1^k, l2^k) P^-1. */
    long[][] power(int k) {
        long d1 = Math.round(Math.pow(lambda1, k));
        long d2 = Math.round(Math.pow(lambda2, k));
        int[][] inv = pInverse();
        long[][] result = new long[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                result[i][j] = p[i][0] * d1 * inv[0][j] + p[i][1] * d2 * inv[1][j];
            }
        }
        return result;
    }

    int[][] a() {
        long[][] a = power(1);
        return new int[][] {{(int) a[0][0], (int) a[0][1]}, {(int) a[1][0], (int) a[1][1]}};
    }
}
