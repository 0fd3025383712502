package org.mlready.assessment.item.mlops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class DataVersioningFamilyTests {

    @Test
    void cacheAndPullSizesCountEachContentHashOnce() {
        DvcCacheFamily family = new DvcCacheFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<List<String>> table = StemReading.firstTable(stem);
            Map<String, Integer> sizeOfHash = new HashMap<>();
            for (List<String> row : table.subList(1, table.size())) {
                for (String cell : row.subList(1, row.size())) {
                    String hash = StemReading.find(cell, "`([0-9a-f]{4})`");
                    int mb = StemReading.integer(cell, "\\((\\d+) MB\\)");
                    Integer previous = sizeOfHash.put(hash, mb);
                    assertThat(previous == null || previous == mb).as("one size per hash").isTrue();
                }
            }
            int expected;
            if (stem.contains("How many MB does the local DVC cache hold")) {
                expected = sizeOfHash.values().stream().mapToInt(Integer::intValue).sum();
            } else {
                int from = StemReading.integer(stem, "checks out v(\\d+) and runs");
                int to = StemReading.integer(stem, "git checkout v(\\d+)");
                Set<String> cached = new HashSet<>();
                Set<String> needed = new HashSet<>();
                for (List<String> row : table.subList(1, table.size())) {
                    cached.add(StemReading.find(row.get(from), "`([0-9a-f]{4})`"));
                    needed.add(StemReading.find(row.get(to), "`([0-9a-f]{4})`"));
                }
                needed.removeAll(cached);
                expected = needed.stream().mapToInt(sizeOfHash::get).sum();
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo((double) expected);
        }
    }

    @Test
    void promotedRunIsTheBestEligibleRowOfTheTable() {
        BestRunFamily family = new BestRunFamily();
        int topScoreIneligible = 0;
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<List<String>> table = StemReading.firstTable(stem);
            String metric = table.get(0).get(2);
            int limit = StemReading.integer(stem, "must be at most (\\d+) ");
            boolean lowerBetter = stem.contains("pick the lowest");
            // sort eligible rows by metric, best first
            TreeMap<Double, String> eligible = new TreeMap<>();
            TreeMap<Double, String> all = new TreeMap<>();
            for (List<String> row : table.subList(1, table.size())) {
                double value = Double.parseDouble(row.get(2));
                double sortKey = lowerBetter ? value : -value;
                all.put(sortKey, row.get(0));
                if (row.get(1).equals("FINISHED") && Integer.parseInt(row.get(3)) <= limit) {
                    eligible.put(sortKey, row.get(0));
                }
            }
            assertThat(all).as("metric values are distinct").hasSize(table.size() - 1);
            assertThat(metric).startsWith("val_");
            assertThat(StemReading.correctText(item)).as(stem).isEqualTo(eligible.firstEntry().getValue());
            topScoreIneligible += all.firstEntry().getValue().equals(eligible.firstEntry().getValue()) ? 0 : 1;
        }
        assertThat(topScoreIneligible).isGreaterThan(600);
    }
}
