package org.mlready.assessment.item.mlops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.StemReading;

class CollaborativeMlDevFamilyTests {

    @Test
    void mergeOutcomeFollowsFromTheThreeFiles() {
        ConfigMergeFamily family = new ConfigMergeFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<String> blocks = StemReading.findAll(stem, "```yaml\n(.*?)```");
            Map<String, String> base = yaml(blocks.get(0));
            Map<String, String> ours = yaml(blocks.get(1));
            Map<String, String> theirs = yaml(blocks.get(2));
            List<String> keys = new ArrayList<>(base.keySet());
            List<Integer> editedLines = new ArrayList<>();
            TreeSet<String> conflicts = new TreeSet<>();
            Map<String, String> merged = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                boolean oursChanged = !ours.get(key).equals(base.get(key));
                boolean theirsChanged = !theirs.get(key).equals(base.get(key));
                if (oursChanged || theirsChanged) {
                    editedLines.add(i);
                }
                if (oursChanged && theirsChanged && !ours.get(key).equals(theirs.get(key))) {
                    conflicts.add("`" + key + "`");
                } else {
                    merged.put(key, oursChanged ? ours.get(key) : theirs.get(key));
                }
            }
            for (int j = 1; j < editedLines.size(); j++) {
                assertThat(editedLines.get(j) - editedLines.get(j - 1)).as("edited lines are apart").isGreaterThan(1);
            }
            if (item.responseType() == ResponseType.NUMBER) {
                String key = StemReading.find(stem, "What is the value of `([a-z_]+)`");
                assertThat(merged).containsKey(key);
                assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(Double.parseDouble(merged.get(key)));
            } else {
                String expected = conflicts.isEmpty() ? "None: the merge completes without conflicts"
                        : String.join("|", conflicts);
                List<String> correct = new ArrayList<>(StemReading.correctTexts(item));
                correct.sort(null);
                assertThat(String.join("|", correct)).as(stem).isEqualTo(expected);
            }
        }
    }

    private static Map<String, String> yaml(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : block.strip().split("\n")) {
            String[] parts = line.split(":\\s*");
            out.put(parts[0], parts[1]);
        }
        return out;
    }

    @Test
    void installedVersionIsTheNewestReleaseAllowedByEverySpecifier() {
        VersionResolveFamily family = new VersionResolveFamily();
        int failures = 0;
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            String pkg = StemReading.find(stem, "releases of `([a-z-]+)`");
            String[] releases = StemReading.find(stem, "` are (.*?)\\.\n").split(",\\s*");
            List<String> specifiers = new ArrayList<>();
            for (String line : StemReading.find(stem, "```text\n(.*?)```").split("\n")) {
                if (line.startsWith(pkg)) {
                    specifiers.addAll(List.of(line.substring(pkg.length()).split(",")));
                }
            }
            String newest = null;
            for (String release : releases) {
                boolean ok = specifiers.stream().allMatch(s -> satisfies(release, s));
                if (ok && (newest == null || code(release) > code(newest))) {
                    newest = release;
                }
            }
            String expected = newest == null ? "No published version satisfies both; the install fails" : newest;
            failures += newest == null ? 1 : 0;
            assertThat(StemReading.correctText(item)).as(stem).isEqualTo(expected);
        }
        assertThat(failures).isBetween(100, 900);
    }

    /** A release as one comparable number: major, minor and patch in two decimal digits each. */
    private static int code(String version) {
        String[] p = version.split("\\.");
        int patch = p.length > 2 ? Integer.parseInt(p[2]) : 0;
        return Integer.parseInt(p[0]) * 10000 + Integer.parseInt(p[1]) * 100 + patch;
    }

    private static boolean satisfies(String release, String specifier) {
        if (specifier.startsWith(">=")) {
            return code(release) >= code(specifier.substring(2));
        }
        if (specifier.startsWith("<")) {
            return code(release) < code(specifier.substring(1));
        }
        if (specifier.startsWith("!=")) {
            return code(release) != code(specifier.substring(2));
        }
        if (specifier.startsWith("==") && specifier.endsWith(".*")) {
            return release.startsWith(specifier.substring(2, specifier.length() - 1));
        }
        if (specifier.startsWith("~=")) {
            String floor = specifier.substring(2);
            String prefix = floor.substring(0, floor.lastIndexOf('.') + 1);
            return code(release) >= code(floor) && release.startsWith(prefix);
        }
        throw new AssertionError("unknown specifier " + specifier);
    }

    @Test
    void pooledAccuracyIsTotalCorrectOverTotalExamples() {
        PooledMetricFamily family = new PooledMetricFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<String> sizes = StemReading.findAll(stem, "- [A-Za-z]+: (\\d+) examples");
            if (stem.contains("not reported")) {
                BigFraction combined = StemReading.fraction(stem, "together is ([0-9.]+) \\(rounded");
                int total = StemReading.integer(stem, "on all (\\d+) examples");
                BigFraction first = StemReading.fraction(stem, "examples, accuracy ([0-9.]+)\n");
                int n1 = Integer.parseInt(sizes.get(0));
                int n2 = Integer.parseInt(sizes.get(1));
                assertThat(n1 + n2).isEqualTo(total);
                BigFraction second = combined.multiply(total).subtract(first.multiply(n1)).divide(n2);
                assertThat(StemReading.numericKey(item)).as(stem).isCloseTo(second.doubleValue(), within(0.0005 + 1e-9));
            } else {
                List<String> accuracies = StemReading.findAll(stem, "examples, accuracy ([0-9.]+)");
                BigFraction correct = BigFraction.ZERO;
                int total = 0;
                for (int i = 0; i < sizes.size(); i++) {
                    int n = Integer.parseInt(sizes.get(i));
                    BigFraction hits = StemReading.fraction(accuracies.get(i), "([0-9.]+)").multiply(n);
                    assertThat(hits.getDenominatorAsLong()).as("a whole number of correct predictions").isEqualTo(1);
                    correct = correct.add(hits);
                    total += n;
                }
                assertThat(StemReading.numericKey(item)).as(stem)
                        .isCloseTo(correct.divide(total).doubleValue(), within(0.00005 + 1e-9));
            }
        }
    }
}
