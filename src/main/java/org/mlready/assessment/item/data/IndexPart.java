package org.mlready.assessment.item.data;

import java.util.List;

/**
 * One entry of a NumPy index such as {@code 1:}, {@code ::2}, {@code 0}, {@code None}, {@code ...} or
 * {@code [0, 2]}.
 */
sealed interface IndexPart {

    /** Python source text of this entry. */
    String text();

    /** Whether this entry consumes exactly one axis of the array ({@code None} and {@code ...} do not). */
    default boolean consumesAxis() {
        return true;
    }

    /** The sizes this entry contributes to the result, given the sizes of the axes it covers. */
    List<Integer> resultSizes(List<Integer> covered);

    /** One sentence for the solution saying what this entry does. */
    String effect(List<Integer> covered);

    record Slice(Integer start, Integer stop, Integer step) implements IndexPart {
        @Override
        public String text() {
            String s = (start == null ? "" : start.toString()) + ":" + (stop == null ? "" : stop.toString());
            return step == null ? s : s + ":" + step;
        }

        @Override
        public List<Integer> resultSizes(List<Integer> covered) {
            return List.of(length(covered.get(0)));
        }

        @Override
        public String effect(List<Integer> covered) {
            return "a slice keeps the axis: " + length(covered.get(0)) + " positions";
        }

        /** Number of positions selected from an axis of the given size, following Python's slice rules. */
        int length(int size) {
            int st = step == null ? 1 : step;
            if (st > 0) {
                int from = clamp(start == null ? 0 : normalise(start, size), 0, size);
                int to = clamp(stop == null ? size : normalise(stop, size), 0, size);
                return Math.max(0, (to - from + st - 1) / st);
            }
            int from = clamp(start == null ? size - 1 : normalise(start, size), -1, size - 1);
            int to = stop == null ? -1 : clamp(normalise(stop, size), -1, size - 1);
            return Math.max(0, (from - to + (-st) - 1) / (-st));
        }

        private static int normalise(int index, int size) {
            return index < 0 ? index + size : index;
        }

        private static int clamp(int value, int low, int high) {
            return Math.max(low, Math.min(high, value));
        }
    }

    record Scalar(int index) implements IndexPart {
        @Override
        public String text() {
            return Integer.toString(index);
        }

        @Override
        public List<Integer> resultSizes(List<Integer> covered) {
            return List.of();
        }

        @Override
        public String effect(List<Integer> covered) {
            return "an integer picks one position and removes the axis";
        }
    }

    record NewAxis() implements IndexPart {
        @Override
        public String text() {
            return "None";
        }

        @Override
        public boolean consumesAxis() {
            return false;
        }

        @Override
        public List<Integer> resultSizes(List<Integer> covered) {
            return List.of(1);
        }

        @Override
        public String effect(List<Integer> covered) {
            return "inserts a new axis of length 1";
        }
    }

    record Ellipsis() implements IndexPart {
        @Override
        public String text() {
            return "...";
        }

        @Override
        public boolean consumesAxis() {
            return false;
        }

        @Override
        public List<Integer> resultSizes(List<Integer> covered) {
            return covered;
        }

        @Override
        public String effect(List<Integer> covered) {
            return "stands for full slices over the remaining axes, keeping sizes " + covered;
        }
    }

    record IntegerList(List<Integer> indices) implements IndexPart {
        @Override
        public String text() {
            return indices.toString();
        }

        @Override
        public List<Integer> resultSizes(List<Integer> covered) {
            return List.of(indices.size());
        }

        @Override
        public String effect(List<Integer> covered) {
            return "an integer list keeps the axis with length " + indices.size();
        }
    }
}
