package org.mlready.assessment.item.bigdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class SparkFamilyTests {

    /** Replays the chain line by line: partitions per step, and the partition count each stage ends with. */
    @Test
    void stagesAndTasksMatchAReplayOfTheChain() {
        SparkStagesFamily family = new SparkStagesFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            String code = StemReading.find(stem, "```python\\n(.*?)```");
            int partitions = StemReading.integer(code, "parallelize\\(data, (\\d+)\\)");
            List<Integer> stageEnds = new ArrayList<>();
            for (String line : code.split("\n")) {
                String call = line.trim();
                if (call.matches("\\.(reduceByKey|groupByKey|distinct|sortByKey|repartition)\\(.*")) {
                    stageEnds.add(partitions);
                    partitions = Integer.parseInt(StemReading.find(call, "(\\d+)\\)$"));
                } else if (call.startsWith(".coalesce(")) {
                    int requested = Integer.parseInt(StemReading.find(call, "coalesce\\((\\d+)\\)"));
                    partitions = requested < partitions ? requested : partitions;
                }
            }
            stageEnds.add(partitions);
            int expected;
            if (stem.contains("How many shuffles")) {
                expected = stageEnds.size() - 1;
            } else if (stem.contains("How many stages")) {
                expected = stageEnds.size();
            } else if (stem.contains("last stage")) {
                expected = stageEnds.get(stageEnds.size() - 1);
            } else {
                assertThat(stem).contains("in total");
                expected = stageEnds.stream().reduce(0, Integer::sum);
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(expected);
        }
    }

    /** Buildable sides per join type, then hint, then threshold, then the smaller qualifying side. */
    @Test
    void joinStrategyFollowsHintThresholdAndJoinType() {
        Map<String, Set<String>> buildable = Map.of("inner", Set.of("left", "right"), "left", Set.of("right"),
                "right", Set.of("left"), "full", Set.of(), "left_semi", Set.of("right"), "left_anti", Set.of("right"));
        SparkJoinStrategyFamily family = new SparkJoinStrategyFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            String leftName = StemReading.find(stem, "result = (?:F\\.broadcast\\()?(\\w+)");
            String rightName = StemReading.find(stem, "\\.join\\((?:F\\.broadcast\\()?(\\w+)");
            double leftMiB = mebibytes(StemReading.find(stem, "estimates are (\\d+ \\w+) for `" + leftName + "`"));
            double rightMiB = mebibytes(StemReading.find(stem, "and (\\d+ \\w+) for `" + rightName + "`"));
            String how = StemReading.find(stem, "how=\"(\\w+)\"");
            long thresholdBytes = stem.contains("left at its default") ? 10L << 20
                    : Long.parseLong(StemReading.find(stem, "autoBroadcastJoinThreshold\", (-?\\d+)\\)"));
            String hinted = stem.contains("F.broadcast(" + leftName + ")") ? "left"
                    : stem.contains("F.broadcast(" + rightName + ")") ? "right" : "";
            Set<String> sides = buildable.get(how);
            String built = null;
            if (sides.contains(hinted)) {
                built = hinted;
            } else if (thresholdBytes >= 0) {
                boolean leftOk = sides.contains("left") && leftMiB * (1 << 20) <= thresholdBytes;
                boolean rightOk = sides.contains("right") && rightMiB * (1 << 20) <= thresholdBytes;
                if (leftOk && rightOk) {
                    built = leftMiB <= rightMiB ? "left" : "right";
                } else if (leftOk || rightOk) {
                    built = leftOk ? "left" : "right";
                }
            }
            List<String> correct = StemReading.correctTexts(item);
            assertThat(correct).as(stem).hasSize(1);
            if (built == null) {
                assertThat(correct.get(0)).as(stem).startsWith("A sort-merge join");
            } else {
                String name = built.equals("left") ? leftName : rightName;
                assertThat(correct.get(0)).as(stem).isEqualTo("A broadcast hash join that broadcasts `" + name + "`");
            }
        }
    }

    /** Source reads = actions on df + feature actions outside a live cache + one fill per cached stretch used. */
    @Test
    void cacheScansMatchCountingActionsAroundTheCache() {
        SparkCacheScansFamily family = new SparkCacheScansFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<String> lines = List.of(StemReading.find(stem, "\\)\\)\\n(.*?)\\n```").split("\n"));
            int cacheAt = lines.indexOf("features.cache()");
            int unpersistAt = lines.indexOf("features.unpersist()");
            int start = cacheAt < 0 ? lines.size() : cacheAt;
            int end = unpersistAt < 0 ? lines.size() : unpersistAt;
            int sourceActions = 0;
            int uncachedFeatureActions = 0;
            int cachedFeatureActions = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("df.")) {
                    sourceActions++;
                } else if (line.startsWith("features.") && !line.endsWith("cache()") && !line.endsWith("persist()")) {
                    if (i > start && i < end) {
                        cachedFeatureActions++;
                    } else {
                        uncachedFeatureActions++;
                    }
                }
            }
            int expected = sourceActions + uncachedFeatureActions + Math.min(1, cachedFeatureActions);
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(expected);
        }
    }

    private static double mebibytes(String size) {
        String[] parts = size.split(" ");
        return Double.parseDouble(parts[0]) * (parts[1].equals("GiB") ? 1024 : 1);
    }
}
