package org.mlready.assessment.item.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mlready.assessment.item.RandomDraw;

/** Draws two array shapes that broadcast together to a result of 2 or 3 dimensions with sizes 2-6. */
record BroadcastPair(List<Integer> a, List<Integer> b) {

    static BroadcastPair compatible(Random random) {
        while (true) {
            int ndim = RandomDraw.between(random, 2, 3);
            int[] result = new int[ndim];
            for (int i = 0; i < ndim; i++) {
                result[i] = RandomDraw.between(random, 2, 6);
            }
            int shorter = RandomDraw.between(random, 1, ndim);
            boolean aIsFull = random.nextBoolean();
            int ndimA = aIsFull ? ndim : shorter;
            int ndimB = aIsFull ? shorter : ndim;
            List<Integer> a = new ArrayList<>();
            List<Integer> b = new ArrayList<>();
            for (int i = 0; i < ndim; i++) {
                int fromRight = ndim - i;
                boolean inA = fromRight <= ndimA;
                boolean inB = fromRight <= ndimB;
                int pattern = random.nextInt(3);
                // pattern 0: both carry the size; 1: only a does; 2: only b does.
                if (inA && inB) {
                    a.add(pattern == 2 ? 1 : result[i]);
                    b.add(pattern == 1 ? 1 : result[i]);
                } else if (inA) {
                    a.add(result[i]);
                } else {
                    b.add(result[i]);
                }
            }
            if (!a.equals(b)) {
                return new BroadcastPair(a, b);
            }
        }
    }

    /** A pair that clashes on at least one axis: one size of a compatible pair is changed to a different size. */
    static BroadcastPair incompatible(Random random) {
        while (true) {
            BroadcastPair base = compatible(random);
            List<Integer> a = new ArrayList<>(base.a());
            List<Integer> b = new ArrayList<>(base.b());
            int common = Math.min(a.size(), b.size());
            int fromRight = RandomDraw.between(random, 1, common);
            int ia = a.size() - fromRight;
            int ib = b.size() - fromRight;
            int size = Math.max(a.get(ia), b.get(ib));
            int other = size;
            while (other == size) {
                other = RandomDraw.between(random, 2, 6);
            }
            if (a.get(ia) == 1) {
                a.set(ia, other);
            } else if (b.get(ib) == 1) {
                b.set(ib, other);
            } else {
                b.set(ib, other);
            }
            BroadcastPair clash = new BroadcastPair(a, b);
            if (BroadcastRule.result(a, b).isEmpty()) {
                return clash;
            }
        }
    }
}
