package org.mlready.assessment.item.software;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class TestingFamilyTests {

    /** The top-level entries of a Python list literal body, split on commas outside brackets. */
    private static List<String> entries(String listBody) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : listBody.toCharArray()) {
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                out.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString().trim());
        return out;
    }

    /** Enumerates every combination of cases, counting those collected and those containing a skipped case. */
    private static int[] enumerate(List<List<String>> decorators, int index, boolean skipped) {
        if (index == decorators.size()) {
            return new int[] {1, skipped ? 1 : 0};
        }
        int[] total = {0, 0};
        for (String entry : decorators.get(index)) {
            int[] sub = enumerate(decorators, index + 1, skipped || entry.contains("mark.skip"));
            total[0] += sub[0];
            total[1] += sub[1];
        }
        return total;
    }

    @Test
    void parametrizeCountsMatchEnumeratedCombinations() {
        ParametrizeCountFamily family = new ParametrizeCountFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String code = StemReading.fences(item.stem(), "python").get(0).stream().reduce("", (x, y) -> x + y + "\n");
            int collected = 0;
            int skipped = 0;
            for (String chunk : code.split("\n\n\n")) {
                if (!chunk.contains("def test_")) {
                    continue;
                }
                List<List<String>> decorators = new ArrayList<>();
                for (String body : StemReading.findAll(chunk, "@pytest\\.mark\\.parametrize\\(\"[^\"]*\", \\[(.*?)\\]\\)\n")) {
                    decorators.add(entries(body));
                }
                int[] counts = enumerate(decorators, 0, chunk.contains("@pytest.mark.skip(reason"));
                collected += counts[0];
                skipped += counts[1];
            }
            double expected = item.stem().contains("**skipped**") ? skipped : collected;
            assertThat(StemReading.numericKey(item)).as(item.stem()).isEqualTo(expected);
        }
    }

    @Test
    void fixtureSetupsMatchASimulatedPytestRun() {
        FixtureSetupCountFamily family = new FixtureSetupCountFamily();
        Pattern fixturePattern = Pattern.compile(
                "@pytest\\.fixture\\(scope=\"(\\w+)\"(, autouse=True)?\\)\ndef (\\w+)\\((\\w*)\\)");
        Pattern testPattern = Pattern.compile("(?:@pytest\\.mark\\.parametrize\\(\"n\", \\[([^\\]]*)\\]\\)\n)?"
                + "def (test_\\w+)\\(([^)]*)\\)");
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> blocks = StemReading.fences(item.stem(), "python");
            Map<String, String> scope = new HashMap<>();
            Map<String, String> dependency = new HashMap<>();
            List<String> autouse = new ArrayList<>();
            Matcher f = fixturePattern.matcher(String.join("\n", blocks.get(0)));
            while (f.find()) {
                scope.put(f.group(3), f.group(1));
                dependency.put(f.group(3), f.group(4));
                if (f.group(2) != null) {
                    autouse.add(f.group(3));
                }
            }
            Map<String, Integer> printed = new HashMap<>();
            Map<String, String> cachedFor = new HashMap<>();
            for (int m = 1; m < blocks.size(); m++) {
                String module = blocks.get(m).get(0);
                Matcher t = testPattern.matcher(String.join("\n", blocks.get(m)));
                while (t.find()) {
                    int cases = t.group(1) == null ? 1 : t.group(1).split(",").length;
                    for (int c = 0; c < cases; c++) {
                        String itemId = module + "::" + t.group(2) + "[" + c + "]";
                        List<String> wanted = new ArrayList<>(autouse);
                        for (String arg : t.group(3).split(",")) {
                            if (scope.containsKey(arg.trim())) {
                                wanted.add(arg.trim());
                            }
                        }
                        while (!wanted.isEmpty()) {
                            String name = wanted.remove(0);
                            String key = switch (scope.get(name)) {
                                case "function" -> itemId;
                                case "module" -> module;
                                default -> "session";
                            };
                            if (!key.equals(cachedFor.get(name))) {
                                cachedFor.put(name, key);
                                printed.merge(name, 1, Integer::sum);
                            }
                            if (!dependency.get(name).isEmpty()) {
                                wanted.add(dependency.get(name));
                            }
                        }
                    }
                }
            }
            double expected = item.stem().contains("in total")
                    ? printed.values().stream().mapToInt(Integer::intValue).sum()
                    : printed.getOrDefault(StemReading.find(item.stem(), "times is `setup (\\w+)` printed"), 0);
            assertThat(StemReading.numericKey(item)).as(item.stem()).isEqualTo(expected);
        }
    }

    @Test
    void failingTestCountMatchesEvaluatingSpecificationAndImplementation() {
        BoundaryBugFamily family = new BoundaryBugFamily();
        int[] histogram = new int[8];
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            int a = Integer.parseInt(StemReading.find(stem, "when \\w+ < (\\d+),"));
            int b = Integer.parseInt(StemReading.find(stem, "≤ \\w+ < (\\d+),"));
            List<String> code = StemReading.fences(stem, "python").get(0);
            String[] first = code.get(1).trim().replace(":", "").split(" ");
            String[] second = code.get(3).trim().replace(":", "").split(" ");
            int failing = 0;
            for (String x : StemReading.findAll(StemReading.fences(stem, "python").get(1).toString(), "\\((\\d+)\\) ==")) {
                int v = Integer.parseInt(x);
                int specBand = v < a ? 0 : v < b ? 1 : 2;
                int implBand = compare(v, first[2], first[3]) ? 0 : compare(v, second[2], second[3]) ? 1 : 2;
                failing += specBand == implBand ? 0 : 1;
            }
            histogram[failing]++;
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(failing);
        }
        assertThat(histogram[0]).isGreaterThan(100);
        assertThat(histogram[1]).isGreaterThan(100);
    }

    private static boolean compare(int value, String op, String constant) {
        int c = Integer.parseInt(constant);
        return op.equals("<") ? value < c : value <= c;
    }
}
