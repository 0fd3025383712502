package org.mlready.assessment.item.maths;

import java.util.List;
import java.util.Random;

/** 3D integer vectors whose length is a whole number, built from Pythagorean quadruples. */
final class IntegerNormVectors {

    /** {a, b, c, n} with a^2 + b^2 + c^2 = n^2. */
    static final List<int[]> QUADRUPLES = List.of(
            new int[] {1, 2, 2, 3}, new int[] {2, 3, 6, 7}, new int[] {1, 4, 8, 9}, new int[] {4, 4, 7, 9},
            new int[] {2, 6, 9, 11}, new int[] {6, 6, 7, 11}, new int[] {3, 4, 12, 13}, new int[] {2, 5, 14, 15},
            new int[] {2, 10, 11, 15}, new int[] {1, 12, 12, 17}, new int[] {8, 9, 12, 17});

    private IntegerNormVectors() {
    }

    /** A quadruple's first three entries, shuffled and with random signs. */
    static int[] draw(Random random) {
        int[] quadruple = QUADRUPLES.get(random.nextInt(QUADRUPLES.size()));
        int[] vector = {quadruple[0], quadruple[1], quadruple[2]};
        for (int i = 2; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = vector[i];
            vector[i] = vector[j];
            vector[j] = swap;
        }
        for (int i = 0; i < 3; i++) {
            vector[i] *= Draws.sign(random);
        }
        return vector;
    }

    static int norm(int[] vector) {
        return (int) Math.round(Math.sqrt(vector[0] * vector[0] + vector[1] * vector[1] + vector[2] * vector[2]));
    }
}
