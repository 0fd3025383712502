package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class ReductionFamilyTests {

    @Test
    void reductionShapeMatchesAxisRemovalOnManySeeds() {
        ReductionShapeFamily family = new ReductionShapeFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<Integer> shape = BroadcastShapeFamilyTests.shapeOf(item.stem(), "a");
            String axisText = StemReading.find(item.stem(), "axis=(None|-?\\d|\\(\\d, \\d\\))");
            boolean keep = item.stem().contains("keepdims=True");
            Set<Integer> axes = new HashSet<>();
            if (axisText.equals("None")) {
                axes.addAll(List.of(0, 1, 2));
            } else {
                for (int a : StemReading.tuple(axisText)) {
                    axes.add(Math.floorMod(a, shape.size()));
                }
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < shape.size(); i++) {
                if (!axes.contains(i)) {
                    expected.add(shape.get(i));
                } else if (keep) {
                    expected.add(1);
                }
            }
            assertThat(((AnswerKey.Shape) item.key()).dimensions()).as(item.stem()).isEqualTo(expected);
        }
    }

    @Test
    void reductionValuesMatchCommonsMathOnManySeeds() {
        ReductionValueFamily family = new ReductionValueFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            int[][] a = StemReading.npMatrix(item.stem(), "a");
            boolean mean = item.stem().contains("a.mean(");
            int axis = Integer.parseInt(StemReading.find(item.stem(), "axis=(\\d)"));
            int outputs = axis == 0 ? a[0].length : a.length;
            List<Double> key = ((AnswerKey.Vector) item.key()).values();
            assertThat(key).hasSize(outputs);
            for (int k = 0; k < outputs; k++) {
                List<Double> line = new ArrayList<>();
                for (int m = 0; m < (axis == 0 ? a.length : a[0].length); m++) {
                    line.add((double) (axis == 0 ? a[m][k] : a[k][m]));
                }
                double[] values = line.stream().mapToDouble(Double::doubleValue).toArray();
                double expected = mean ? StatUtils.mean(values) : StatUtils.sum(values);
                assertThat(key.get(k)).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.005 + 1e-9));
            }
        }
    }

    @Test
    void maskCountMatchesElementWalkOnManySeeds() {
        MaskCountFamily family = new MaskCountFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            int[][] a = StemReading.npMatrix(item.stem(), "a");
            String expression = StemReading.find(item.stem(), "shape of `(.*)`\\?");
            List<Integer> expected;
            if (expression.startsWith("a[a[:, ")) {
                int col = Integer.parseInt(StemReading.find(expression, "a\\[:, (\\d)\\]"));
                int t = Integer.parseInt(StemReading.find(expression, "> (\\d+)\\]$"));
                int rows = 0;
                for (int[] row : a) {
                    rows += row[col] > t ? 1 : 0;
                }
                expected = List.of(rows, a[0].length);
            } else {
                int count = 0;
                for (int[] row : a) {
                    for (int x : row) {
                        count += matches(expression, x) ? 1 : 0;
                    }
                }
                expected = List.of(count);
            }
            assertThat(((AnswerKey.Shape) item.key()).dimensions()).as(item.stem()).isEqualTo(expected);
        }
    }

    private static boolean matches(String expression, int x) {
        if (expression.equals("a[a % 2 == 0]")) {
            return x % 2 == 0;
        }
        List<String> bounds = StemReading.findAll(expression, "(\\d+)");
        if (expression.contains("&")) {
            return x > Integer.parseInt(bounds.get(0)) && x < Integer.parseInt(bounds.get(1));
        }
        int t = Integer.parseInt(bounds.get(0));
        return expression.contains("<=") ? x <= t : x > t;
    }
}
