package org.mlready.assessment.item.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class ReproducibilityFamilyTests {

    @Test
    void float32SumsMatchIntegerRoundingToTheFloat32Grid() {
        Float32SummationOrderFamily family = new Float32SummationOrderFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            long a = Long.parseLong(StemReading.find(item.stem(), "a = np\\.float32\\((-?\\d+)\\)"));
            long b = Long.parseLong(StemReading.find(item.stem(), "b = np\\.float32\\((-?\\d+)\\)"));
            long c = Long.parseLong(StemReading.find(item.stem(), "c = np\\.float32\\((-?\\d+)\\)"));
            assertThat(List.of(toFloat32Grid(a), toFloat32Grid(b), toFloat32Grid(c))).containsExactly(a, b, c);
            long left = toFloat32Grid(toFloat32Grid(a + b) + c);
            long right = toFloat32Grid(a + toFloat32Grid(b + c));
            assertThat(left).isNotEqualTo(right);
            assertThat(StemReading.vectorKey(item)).as(item.stem()).containsExactly((double) left, (double) right);
        }
    }

    /** Rounds an integer to the nearest float32 value by integer arithmetic, ties to an even significand. */
    private static long toFloat32Grid(long value) {
        long magnitude = Math.abs(value);
        int bits = 64 - Long.numberOfLeadingZeros(magnitude);
        if (bits <= 24) {
            return value;
        }
        long spacing = 1L << (bits - 24);
        long lower = magnitude / spacing * spacing;
        long remainder = magnitude - lower;
        long rounded;
        if (2 * remainder < spacing) {
            rounded = lower;
        } else if (2 * remainder > spacing) {
            rounded = lower + spacing;
        } else {
            rounded = (lower / spacing) % 2 == 0 ? lower : lower + spacing;
        }
        return value < 0 ? -rounded : rounded;
    }

    @Test
    void seedSpreadMatchesCommonsMathStatistics() {
        SeedSpreadFamily family = new SeedSpreadFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            int n = table.size() - 1;
            double[] base = new double[n];
            double[] fresh = new double[n];
            for (int i = 0; i < n; i++) {
                base[i] = Double.parseDouble(table.get(i + 1).get(1));
                fresh[i] = Double.parseDouble(table.get(i + 1).get(2));
            }
            double expected;
            if (item.stem().contains("compute its sample standard deviation")) {
                boolean baseline = item.stem().contains("report the baseline as");
                expected = new StandardDeviation(true).evaluate(baseline ? base : fresh);
            } else {
                expected = (new Mean().evaluate(fresh) - new Mean().evaluate(base))
                        / new StandardDeviation(true).evaluate(base);
            }
            assertThat(StemReading.numericKey(item)).as(item.stem()).isCloseTo(expected, within(0.005 + 1e-9));
        }
    }

    @Test
    void sweepBudgetMatchesEnumeratedRunsAndAGpuQueueSimulation() {
        SweepBudgetFamily family = new SweepBudgetFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<int[]> runs = new ArrayList<>();
            List<String> axes = StemReading.findAll(item.stem(), "(?m)^- [^:\\n]+: ([^\\n]+)$");
            int configurations = 1;
            for (String axis : axes) {
                configurations *= axis.split(", ").length;
            }
            int seeds = Integer.parseInt(StemReading.find(item.stem(), "trained with (\\d+) different seeds"));
            for (int c = 0; c < configurations; c++) {
                for (int s = 0; s < seeds; s++) {
                    runs.add(new int[] {c, s});
                }
            }
            int minutes = Integer.parseInt(StemReading.find(item.stem(), "takes (\\d+) minutes"));
            double expected;
            if (item.stem().contains("How many training runs")) {
                expected = runs.size();
            } else if (item.stem().contains("GPU-hours")) {
                expected = runs.size() * (double) minutes / 60;
            } else {
                int gpus = Integer.parseInt(StemReading.find(item.stem(), "With (\\d+) GPUs"));
                int[] freeAt = new int[gpus];
                int finish = 0;
                for (int r = 0; r < runs.size(); r++) {
                    int earliest = 0;
                    for (int g = 1; g < gpus; g++) {
                        earliest = freeAt[g] < freeAt[earliest] ? g : earliest;
                    }
                    freeAt[earliest] += minutes;
                    finish = Math.max(finish, freeAt[earliest]);
                }
                expected = finish / 60.0;
            }
            assertThat(StemReading.numericKey(item)).as(item.stem()).isCloseTo(expected, within(0.005 + 1e-9));
        }
    }

    @Test
    void manifestDiffSelectsExactlyTheDifferingSettingsThatTrainingReads() {
        List<String> bookkeeping = List.of("run name", "output directory", "log every n steps", "started at");
        RunManifestDiffFamily family = new RunManifestDiffFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            List<String> expected = new ArrayList<>();
            for (List<String> row : table.subList(1, table.size())) {
                if (!row.get(1).equals(row.get(2)) && !bookkeeping.contains(row.get(0))) {
                    expected.add("`" + row.get(0) + "`");
                }
            }
            List<String> marked = item.choices().stream().filter(Choice::correct).map(Choice::text).toList();
            assertThat(marked).as(item.stem()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(item.choices().size()).isGreaterThan(marked.size());
        }
    }
}
