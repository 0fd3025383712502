package org.mlready.assessment.item.bigdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class NosqlFamilyTests {

    /** Steps position by position around the 100-slot ring until a token is hit. */
    private static String walk(Map<Integer, String> tokens, int position) {
        for (int step = 0; step < 100; step++) {
            String node = tokens.get((position + step) % 100);
            if (node != null) {
                return node;
            }
        }
        throw new AssertionError("empty ring");
    }

    @Test
    void ringAnswersMatchWalkingTheRing() {
        ConsistentHashFamily family = new ConsistentHashFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            Map<Integer, String> tokens = new HashMap<>();
            for (String line : StemReading.findAll(stem, "(- node \\w+: [\\d, ]+)\\n")) {
                String node = StemReading.find(line, "node (\\w+):");
                for (String p : line.substring(line.indexOf(':') + 1).split(",")) {
                    tokens.put(Integer.parseInt(p.trim()), node);
                }
            }
            Map<String, Integer> keys = new HashMap<>();
            for (String entry : StemReading.findAll(stem, "(`[\\w:]+` at \\d+)")) {
                keys.put(StemReading.find(entry, "`([\\w:]+)`"), Integer.parseInt(StemReading.find(entry, "at (\\d+)")));
            }
            assertThat(keys).as(stem).hasSize(6);
            if (stem.contains("Which node stores")) {
                String key = StemReading.find(stem, "Which node stores `([\\w:]+)`");
                assertThat(StemReading.correctTexts(item)).as(stem).containsExactly("Node " + walk(tokens, keys.get(key)));
            } else {
                String newcomer = StemReading.find(stem, "Node (\\w+) joins");
                Map<Integer, String> grown = new HashMap<>(tokens);
                for (String p : StemReading.find(stem, "joins with tokens ([\\d, ]+)\\.").split(",")) {
                    grown.put(Integer.parseInt(p.trim()), newcomer);
                }
                long moved = keys.values().stream().filter(k -> !walk(tokens, k).equals(walk(grown, k))).count();
                assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(moved);
            }
        }
    }

    /** Enumerates every pair of read and write replica sets, and every set of failed replicas. */
    @Test
    void quorumAnswersMatchEnumeratingReplicaSets() {
        QuorumFamily family = new QuorumFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            int n = StemReading.integer(stem, "\\$N = (\\d+)\\$ replicas");
            int w = size(StemReading.find(stem, "Writes wait for (`\\w+`|\\$W = \\d+\\$)"), n);
            int r = size(StemReading.find(stem, "reads for (`\\w+`|\\$R = \\d+\\$)"), n);
            double expected;
            if (stem.contains("in common")) {
                int min = n;
                for (int ws = 0; ws < 1 << n; ws++) {
                    for (int rs = 0; rs < 1 << n; rs++) {
                        if (Integer.bitCount(ws) == w && Integer.bitCount(rs) == r) {
                            min = Math.min(min, Integer.bitCount(ws & rs));
                        }
                    }
                }
                expected = min;
            } else if (stem.contains("smallest number")) {
                int smallest = 1;
                while (!alwaysOverlap(n, w, smallest)) {
                    smallest++;
                }
                expected = smallest;
            } else {
                boolean both = stem.contains("both reads and writes");
                int tolerated = 0;
                for (int down = 0; down < 1 << n; down++) {
                    int alive = n - Integer.bitCount(down);
                    boolean ok = alive >= w && (!both || alive >= r);
                    if (ok) {
                        tolerated = Math.max(tolerated, Integer.bitCount(down));
                    }
                }
                expected = tolerated;
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(expected);
        }
    }

    private static boolean alwaysOverlap(int n, int w, int r) {
        for (int ws = 0; ws < 1 << n; ws++) {
            for (int rs = 0; rs < 1 << n; rs++) {
                if (Integer.bitCount(ws) == w && Integer.bitCount(rs) == r && (ws & rs) == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int size(String spec, int n) {
        String s = spec.replace("`", "").replace("$", "");
        if (s.contains("=")) {
            return Integer.parseInt(s.substring(s.indexOf('=') + 1).trim());
        }
        return switch (s) {
            case "ONE" -> 1;
            case "TWO" -> 2;
            case "THREE" -> 3;
            case "QUORUM" -> (int) Math.floor(n / 2.0) + 1;
            case "ALL" -> n;
            default -> throw new AssertionError(spec);
        };
    }

    /**
     * Enumerates every restriction pattern Cassandra serves without filtering for the table's key and checks each
     * query's pattern against that set.
     */
    @Test
    void cassandraQueriesAreCorrectExactlyWhenTheirPatternIsServable() {
        CassandraQueryFamily family = new CassandraQueryFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            String key = StemReading.find(stem, "PRIMARY KEY \\((.*)\\)\\n\\);");
            List<String> partition;
            String rest;
            if (key.startsWith("(")) {
                partition = List.of(key.substring(1, key.indexOf(')')).split(",\\s*"));
                rest = key.substring(key.indexOf(')') + 2);
            } else {
                partition = List.of(key.substring(0, key.indexOf(',')));
                rest = key.substring(key.indexOf(',') + 1);
            }
            List<String> clustering = new ArrayList<>();
            for (String c : rest.split(",")) {
                clustering.add(c.trim());
            }
            Set<String> servable = new HashSet<>();
            String base = String.join("", partition.stream().map(p -> p + "=;").toList());
            StringBuilder prefix = new StringBuilder(base);
            servable.add(prefix.toString());
            for (String c : clustering) {
                servable.add(prefix + c + "<;");
                prefix.append(c).append("=;");
                servable.add(prefix.toString());
            }
            List<String> queries = StemReading.findAll(stem, "FROM \\w+ WHERE (.*?);\\n");
            assertThat(queries).hasSize(item.choices().size());
            for (int q = 0; q < queries.size(); q++) {
                StringBuilder pattern = new StringBuilder();
                for (String restriction : queries.get(q).split(" AND ")) {
                    String[] parts = restriction.split(" ");
                    pattern.append(parts[0]).append(parts[1].equals("=") ? "=" : "<").append(';');
                }
                Choice choice = item.choices().get(q);
                assertThat(choice.text()).isEqualTo("Q" + (q + 1));
                assertThat(choice.correct()).as(stem + "\n" + queries.get(q))
                        .isEqualTo(servable.contains(pattern.toString()));
            }
        }
    }
}
