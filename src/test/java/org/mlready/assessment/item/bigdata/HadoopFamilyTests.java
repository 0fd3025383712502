package org.mlready.assessment.item.bigdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class HadoopFamilyTests {

    /** Cuts every file into blocks byte-exactly with BigInteger arithmetic, one block at a time. */
    @Test
    void blocksReplicasDiskAndMapTasksMatchCuttingTheFiles() {
        HdfsBlocksFamily family = new HdfsBlocksFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            BigInteger blockBytes = new BigInteger(StemReading.find(stem, "dfs.blocksize = (\\d+)"));
            int replication = StemReading.integer(stem, "replication factor (\\d+)");
            List<String> sizes = StemReading.findAll(stem, "\\.csv`(?: of| \\() ?(\\d+) MiB");
            assertThat(sizes).as(stem).isNotEmpty();
            BigInteger mib = BigInteger.TWO.pow(20);
            long blocks = 0;
            BigInteger rawBytes = BigInteger.ZERO;
            BigInteger lastBlock = BigInteger.ZERO;
            for (String size : sizes) {
                BigInteger remaining = new BigInteger(size).multiply(mib);
                rawBytes = rawBytes.add(remaining.multiply(BigInteger.valueOf(replication)));
                while (remaining.signum() > 0) {
                    lastBlock = remaining.min(blockBytes);
                    remaining = remaining.subtract(lastBlock);
                    blocks++;
                }
            }
            double expected;
            if (stem.contains("How many HDFS blocks")) {
                expected = blocks;
            } else if (stem.contains("block replicas")) {
                expected = blocks * replication;
            } else if (stem.contains("raw DataNode disk")) {
                expected = rawBytes.divide(mib).doubleValue();
            } else if (stem.contains("map tasks")) {
                expected = blocks;
            } else {
                assertThat(stem).contains("last block");
                expected = lastBlock.divide(mib).doubleValue();
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(expected);
        }
    }

    @Test
    void wordCountAnswersMatchCountingTheSplits() {
        WordCountFamily family = new WordCountFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<String> splits = StemReading.findAll(stem, "```text\\n(.*?)```");
            assertThat(splits).hasSizeBetween(2, 4);
            Map<String, Integer> counts = new HashMap<>();
            int occurrences = 0;
            int combined = 0;
            for (String split : splits) {
                Set<String> inSplit = new HashSet<>();
                for (String word : split.trim().split("\\s+")) {
                    counts.merge(word, 1, Integer::sum);
                    inSplit.add(word);
                    occurrences++;
                }
                combined += inSplit.size();
            }
            double expected;
            if (stem.contains("for the word")) {
                expected = counts.get(StemReading.find(stem, "for the word `(\\w+)`"));
            } else if (stem.contains("distinct keys")) {
                expected = counts.size();
            } else if (stem.contains("**without** a combiner")) {
                expected = occurrences;
            } else {
                assertThat(stem).contains("**combiner**");
                expected = combined;
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(expected);
        }
    }
}
