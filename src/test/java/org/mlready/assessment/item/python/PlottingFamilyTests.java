package org.mlready.assessment.item.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class PlottingFamilyTests {

    @Test
    void subplotPositionsMatchAnEnumerationOfTheGrid() {
        SubplotPositionFamily family = new SubplotPositionFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            if (item.key() instanceof AnswerKey.Shape) {
                continue;
            }
            String code = StemReading.code(item.stem());
            int rows;
            int cols;
            List<int[]> grid = new ArrayList<>();
            if (code.contains("add_subplot")) {
                String digits = StemReading.find(code, "add_subplot\\((\\d{3})\\)");
                rows = digits.charAt(0) - '0';
                cols = digits.charAt(1) - '0';
            } else {
                rows = Integer.parseInt(StemReading.find(code, "subplots?\\((\\d+),"));
                cols = Integer.parseInt(StemReading.find(code, "subplots?\\(\\d+, (\\d+)"));
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    grid.add(new int[] {r, c});
                }
            }
            if (code.contains("add_subplot") || code.contains("plt.subplot(")) {
                String index = code.contains("add_subplot")
                        ? StemReading.find(code, "add_subplot\\(\\d\\d(\\d)\\)")
                        : StemReading.find(code, "plt\\.subplot\\(\\d+, \\d+, (\\d+)\\)");
                int[] cell = grid.get(Integer.parseInt(index) - 1);
                assertThat(StemReading.vectorKey(item)).as(item.stem())
                        .containsExactly((double) cell[0] + 1, (double) cell[1] + 1);
            } else if (code.contains("axes.flat[")) {
                int[] cell = grid.get(Integer.parseInt(StemReading.find(code, "axes\\.flat\\[(\\d+)\\]")));
                assertThat(StemReading.vectorKey(item)).as(item.stem()).containsExactly((double) cell[0], (double) cell[1]);
            } else {
                int r = Integer.parseInt(StemReading.find(code, "axes\\[(\\d+), "));
                int c = Integer.parseInt(StemReading.find(code, "axes\\[\\d+, (\\d+)\\]"));
                int position = 0;
                while (grid.get(position)[0] != r || grid.get(position)[1] != c) {
                    position++;
                }
                assertThat(StemReading.numericKey(item)).as(item.stem()).isEqualTo(position + 1.0);
            }
        }
    }

    @Test
    void histogramCountsAndEdgesFollowNumpySemantics() {
        HistogramBinsFamily family = new HistogramBinsFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String code = StemReading.code(item.stem());
            double[] data = numbers(StemReading.find(code, "data = \\[(.*?)\\]"));
            String binsArg = StemReading.find(code, "bins=(\\[[^\\]]*\\]|\\d+)");
            double[] edges;
            if (binsArg.startsWith("[")) {
                edges = numbers(binsArg.substring(1, binsArg.length() - 1));
            } else {
                int k = Integer.parseInt(binsArg);
                double min = Arrays.stream(data).min().orElseThrow();
                double max = Arrays.stream(data).max().orElseThrow();
                edges = new double[k + 1];
                for (int i = 0; i <= k; i++) {
                    edges[i] = min + i * (max - min) / k;
                }
            }
            List<Double> key = StemReading.vectorKey(item);
            if (item.stem().contains("What is `edges`?")) {
                assertThat(key).hasSize(edges.length);
                for (int i = 0; i < edges.length; i++) {
                    assertThat(key.get(i)).isCloseTo(edges[i], within(1e-9));
                }
                continue;
            }
            double[] counts = new double[edges.length - 1];
            for (double v : data) {
                int bin = -1;
                for (int i = 0; i < counts.length; i++) {
                    if (v >= edges[i] && v < edges[i + 1]) {
                        bin = i;
                    }
                }
                if (v == edges[edges.length - 1]) {
                    bin = counts.length - 1;
                }
                if (bin >= 0) {
                    counts[bin]++;
                }
            }
            assertThat(key).as(item.stem()).containsExactly(Arrays.stream(counts).boxed().toArray(Double[]::new));
        }
    }

    static double[] numbers(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
    }
}
