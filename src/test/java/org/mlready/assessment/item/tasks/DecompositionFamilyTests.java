package org.mlready.assessment.item.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class DecompositionFamilyTests {

    @Test
    void criticalPathAnswersMatchAnEnumerationOfAllPaths() {
        CriticalPathFamily family = new CriticalPathFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            Map<String, Integer> duration = new HashMap<>();
            Map<String, List<String>> successors = new HashMap<>();
            List<String> sources = new ArrayList<>();
            for (List<String> row : table.subList(1, table.size())) {
                duration.put(row.get(0), Integer.parseInt(row.get(2)));
                successors.putIfAbsent(row.get(0), new ArrayList<>());
                if (row.get(3).equals("-")) {
                    sources.add(row.get(0));
                } else {
                    for (String p : row.get(3).split(",\\s*")) {
                        successors.computeIfAbsent(p, k -> new ArrayList<>()).add(row.get(0));
                    }
                }
            }
            List<List<String>> paths = new ArrayList<>();
            for (String source : sources) {
                walk(List.of(source), successors, paths);
            }
            int longest = 0;
            Map<String, Integer> longestThrough = new HashMap<>();
            Map<String, Integer> longestBefore = new HashMap<>();
            for (List<String> path : paths) {
                int total = path.stream().mapToInt(duration::get).sum();
                longest = Math.max(longest, total);
                int before = 0;
                for (String task : path) {
                    longestThrough.merge(task, total, Math::max);
                    longestBefore.merge(task, before, Math::max);
                    before += duration.get(task);
                }
            }
            double key = StemReading.numericKey(item);
            if (item.stem().contains("shortest possible duration")) {
                assertThat(key).as(item.stem()).isEqualTo(longest);
            } else {
                String task = StemReading.find(item.stem(), "task ([A-H]) \\(");
                double expected = item.stem().contains("earliest day") ? longestBefore.get(task)
                        : longest - longestThrough.get(task);
                assertThat(key).as(item.stem()).isEqualTo(expected);
            }
        }
    }

    private static void walk(List<String> path, Map<String, List<String>> successors, List<List<String>> out) {
        List<String> next = successors.get(path.get(path.size() - 1));
        if (next.isEmpty()) {
            out.add(path);
            return;
        }
        for (String task : next) {
            List<String> longer = new ArrayList<>(path);
            longer.add(task);
            walk(longer, successors, out);
        }
    }

    @Test
    void sizingAnswersMatchExactIntegerArithmetic() {
        SizingEstimateFamily family = new SizingEstimateFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            if (stem.contains("np.zeros")) {
                long rows = StemReading.number(stem, "np\\.zeros\\(\\((\\d+),");
                long features = StemReading.number(stem, "np\\.zeros\\(\\(\\d+, (\\d+)\\)");
                int bits = StemReading.integer(stem, "dtype=np\\.float(\\d+)");
                int power = StemReading.integer(stem, "= \\$10\\^(\\d+)\\$ bytes");
                int decimals = StemReading.integer(stem, "round to (\\d) decimal");
                BigDecimal size = BigDecimal.valueOf(rows * features * bits / 8).movePointLeft(power);
                StemReading.assertRounded(item, size.doubleValue(), decimals);
            } else if (stem.contains("labelling")) {
                BigInteger items = BigInteger.valueOf(StemReading.number(stem, "labelling ([\\d,]+) images"));
                int seconds = StemReading.integer(stem, "needs (\\d+) seconds");
                int copies = stem.contains("labelled once") ? 1 : StemReading.integer(stem, "by (\\d+) different");
                int people = StemReading.integer(stem, "and (\\d+) annotators");
                int hours = StemReading.integer(stem, "for (\\d+) hours");
                BigInteger[] division = items.multiply(BigInteger.valueOf((long) seconds * copies))
                        .divideAndRemainder(BigInteger.valueOf((long) people * hours * 3600));
                long days = division[0].longValue() + (division[1].signum() > 0 ? 1 : 0);
                assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(days);
            } else {
                int peak = StemReading.integer(stem, "handle (\\d+) requests");
                int ms = StemReading.integer(stem, "takes (\\d+) ms");
                int cores = StemReading.integer(stem, "has (\\d+) cores");
                int utilisation = StemReading.integer(stem, "at most (\\d+)% CPU");
                BigDecimal needed = BigDecimal.valueOf((long) peak * ms).movePointLeft(3)
                        .divide(BigDecimal.valueOf(cores).multiply(BigDecimal.valueOf(utilisation).movePointLeft(2)),
                                10, RoundingMode.HALF_UP);
                assertThat(StemReading.numericKey(item)).as(stem)
                        .isEqualTo(needed.setScale(0, RoundingMode.CEILING).doubleValue());
            }
        }
    }
}
