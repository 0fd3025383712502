package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class IndexingShapeFamilyTests {

    /** Counts the positions a Python slice selects by walking them, following CPython's index adjustment. */
    static int sliceCount(String entry, int size) {
        String[] parts = entry.split(":", -1);
        int step = parts.length > 2 && !parts[2].isEmpty() ? Integer.parseInt(parts[2]) : 1;
        Integer start = parts[0].isEmpty() ? null : Integer.parseInt(parts[0]);
        Integer stop = parts[1].isEmpty() ? null : Integer.parseInt(parts[1]);
        int lower = step > 0 ? 0 : -1;
        int upper = step > 0 ? size : size - 1;
        int from = start == null ? (step > 0 ? lower : upper) : adjust(start, size, lower, upper);
        int to = stop == null ? (step > 0 ? upper : lower) : adjust(stop, size, lower, upper);
        int count = 0;
        for (int i = from; step > 0 ? i < to : i > to; i += step) {
            count++;
        }
        return count;
    }

    private static int adjust(int index, int size, int lower, int upper) {
        if (index < 0) {
            index += size;
            return Math.max(index, lower);
        }
        return Math.min(index, upper);
    }

    /** Splits "1:, [0, 2], None" on commas outside brackets. */
    static List<String> entries(String inner) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char ch : inner.toCharArray()) {
            if (ch == '[') {
                depth++;
            } else if (ch == ']') {
                depth--;
            }
            if (ch == ',' && depth == 0) {
                out.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        out.add(current.toString().trim());
        return out;
    }

    static List<Integer> expectedShape(List<Integer> shape, List<String> entries) {
        long consuming = entries.stream().filter(e -> !e.equals("None") && !e.equals("...")).count();
        List<Integer> out = new ArrayList<>();
        int axis = 0;
        for (String e : entries) {
            if (e.equals("None")) {
                out.add(1);
            } else if (e.equals("...")) {
                for (int k = 0; k < shape.size() - consuming; k++) {
                    out.add(shape.get(axis++));
                }
            } else if (e.startsWith("[")) {
                int[] picks = java.util.Arrays.stream(StemReading.numbers(e)).mapToInt(d -> (int) d).toArray();
                for (int p : picks) {
                    assertThat(p).isBetween(0, shape.get(axis) - 1);
                }
                out.add(picks.length);
                axis++;
            } else if (e.contains(":")) {
                out.add(sliceCount(e, shape.get(axis++)));
            } else {
                assertThat(Integer.parseInt(e)).isBetween(-shape.get(axis), shape.get(axis) - 1);
                axis++;
            }
        }
        while (axis < shape.size()) {
            out.add(shape.get(axis++));
        }
        return out;
    }

    @Test
    void shapeKeyMatchesSliceWalkOnManySeeds() {
        IndexingShapeFamily family = new IndexingShapeFamily();
        for (long seed = 0; seed < 3000; seed++) {
            ItemInstance item = family.generate(seed);
            List<Integer> shape = BroadcastShapeFamilyTests.shapeOf(item.stem(), "a");
            String inner = StemReading.find(item.stem(), "shape of `a\\[(.*)\\]`");
            List<String> entries = entries(inner);
            long lists = entries.stream().filter(e -> e.startsWith("[")).count();
            long scalars = entries.stream().filter(e -> e.matches("-?\\d+")).count();
            assertThat(lists == 0 || scalars == 0).as("no mixed advanced indexing: " + inner).isTrue();
            assertThat(((AnswerKey.Shape) item.key()).dimensions()).as(item.stem())
                    .isEqualTo(expectedShape(shape, entries));
        }
    }

    @Test
    void sliceWalkAgreesWithKnownPythonResults() {
        assertThat(sliceCount("1:", 5)).isEqualTo(4);
        assertThat(sliceCount("::2", 5)).isEqualTo(3);
        assertThat(sliceCount("::-1", 5)).isEqualTo(5);
        assertThat(sliceCount("::-2", 6)).isEqualTo(3);
        assertThat(sliceCount("-2:", 7)).isEqualTo(2);
        assertThat(sliceCount("3::2", 8)).isEqualTo(3);
        assertThat(expectedShape(List.of(4, 5), entries(":, None"))).isEqualTo(List.of(4, 1, 5));
    }
}
