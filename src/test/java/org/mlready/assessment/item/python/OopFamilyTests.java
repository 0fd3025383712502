package org.mlready.assessment.item.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class OopFamilyTests {

    @Test
    void superChainOutputFollowsTheC3OrderOfTheRenderedClasses() {
        MroSuperChainFamily family = new MroSuperChainFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String code = StemReading.code(item.stem());
            Map<String, List<String>> bases = new LinkedHashMap<>();
            Map<String, String> bodies = new HashMap<>();
            Matcher m = Pattern.compile("class (\\w+)(?:\\(([^)]*)\\))?:\\n(.*?)(?=\\nclass |\\n\\w+\\(\\)\\.show)",
                    Pattern.DOTALL).matcher(code);
            while (m.find()) {
                List<String> list = new ArrayList<>();
                if (m.group(2) != null) {
                    for (String b : m.group(2).split(",")) {
                        list.add(b.trim());
                    }
                }
                bases.put(m.group(1), list);
                bodies.put(m.group(1), m.group(3));
            }
            String asked = StemReading.find(code, "\\n(\\w+)\\(\\)\\.show\\(\\)\\n$");
            List<String> mro = mro(asked, bases);
            assertMonotone(mro, bases);
            StringBuilder printed = new StringBuilder();
            for (String cls : mro) {
                String body = bodies.get(cls);
                if (body.contains("def show")) {
                    printed.append(printed.length() == 0 ? "" : " ").append(cls);
                    if (!body.contains("super().show()")) {
                        break;
                    }
                }
            }
            assertThat(StemReading.correctText(item)).as(item.stem()).isEqualTo("`" + printed + "`");
            assertThat(item.choices()).hasSizeBetween(3, 4);
            assertThat(item.solution()).endsWith("**`" + printed + "`**");
        }
    }

    /** C3 written as the textbook recursion L[C] = C + merge(L[B1], ..., L[Bn], [B1, ..., Bn]). */
    private static List<String> mro(String cls, Map<String, List<String>> bases) {
        List<List<String>> seqs = new ArrayList<>();
        for (String b : bases.get(cls)) {
            seqs.add(new ArrayList<>(mro(b, bases)));
        }
        seqs.add(new ArrayList<>(bases.get(cls)));
        List<String> out = new ArrayList<>(List.of(cls));
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out;
            }
            String head = null;
            search:
            for (List<String> s : seqs) {
                for (List<String> other : seqs) {
                    if (other.subList(1, other.size()).contains(s.get(0))) {
                        continue search;
                    }
                }
                head = s.get(0);
                break;
            }
            assertThat(head).as("inconsistent hierarchy").isNotNull();
            out.add(head);
            for (List<String> s : seqs) {
                if (s.get(0).equals(head)) {
                    s.remove(0);
                }
            }
        }
    }

    private static void assertMonotone(List<String> mro, Map<String, List<String>> bases) {
        for (String cls : mro) {
            List<String> own = bases.get(cls);
            for (int i = 0; i < own.size(); i++) {
                assertThat(mro.indexOf(own.get(i))).isGreaterThan(mro.indexOf(cls));
                if (i > 0) {
                    assertThat(mro.indexOf(own.get(i))).isGreaterThan(mro.indexOf(own.get(i - 1)));
                }
            }
        }
    }

    @Test
    void classAttributeAnswerMatchesAnInterpreterOfTheRenderedCode() {
        ClassAttributeFamily family = new ClassAttributeFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String[] lines = StemReading.code(item.stem()).split("\n");
            String cls = StemReading.find(lines[0], "class (\\w+):");
            Map<String, Map<String, Object>> dicts = new HashMap<>();
            Map<String, Object> classDict = new HashMap<>();
            dicts.put(cls, classDict);
            classDict.put(lines[1].trim().split(" = ")[0], Integer.parseInt(lines[1].trim().split(" = ")[1]));
            classDict.put(lines[2].trim().split(" = ")[0], new ArrayList<Integer>());
            Integer printed = null;
            for (int i = 3; i < lines.length; i++) {
                String line = lines[i];
                Matcher m;
                if (line.isBlank()) {
                    continue;
                }
                if ((m = Pattern.compile("^(\\w+) = " + cls + "\\(\\)$").matcher(line)).find()) {
                    dicts.put(m.group(1), new HashMap<>());
                } else if ((m = Pattern.compile("^(\\w+)\\.(\\w+) \\+= (\\d+)$").matcher(line)).find()) {
                    int value = (Integer) lookup(dicts, cls, m.group(1), m.group(2));
                    dicts.get(m.group(1)).put(m.group(2), value + Integer.parseInt(m.group(3)));
                } else if ((m = Pattern.compile("^(\\w+)\\.(\\w+) = \\[(\\d+)\\]$").matcher(line)).find()) {
                    dicts.get(m.group(1)).put(m.group(2), new ArrayList<>(List.of(Integer.parseInt(m.group(3)))));
                } else if ((m = Pattern.compile("^(\\w+)\\.(\\w+) \\+= \\[(\\d+)\\]$").matcher(line)).find()) {
                    @SuppressWarnings("unchecked")
                    List<Integer> list = (List<Integer>) lookup(dicts, cls, m.group(1), m.group(2));
                    list.add(Integer.parseInt(m.group(3)));
                    dicts.get(m.group(1)).put(m.group(2), list);
                } else if ((m = Pattern.compile("^(\\w+)\\.(\\w+)\\.append\\((\\d+)\\)$").matcher(line)).find()) {
                    @SuppressWarnings("unchecked")
                    List<Integer> list = (List<Integer>) lookup(dicts, cls, m.group(1), m.group(2));
                    list.add(Integer.parseInt(m.group(3)));
                } else if ((m = Pattern.compile("^print\\((sum|len)\\((\\w+)\\.(\\w+)\\)\\)$").matcher(line)).find()) {
                    @SuppressWarnings("unchecked")
                    List<Integer> list = (List<Integer>) lookup(dicts, cls, m.group(2), m.group(3));
                    printed = m.group(1).equals("len") ? list.size() : list.stream().mapToInt(v -> v).sum();
                } else if ((m = Pattern.compile("^print\\((\\w+)\\.(\\w+)\\)$").matcher(line)).find()) {
                    printed = (Integer) lookup(dicts, cls, m.group(1), m.group(2));
                } else {
                    throw new AssertionError("unparsed line: " + line);
                }
            }
            assertThat(printed).isNotNull();
            assertThat(StemReading.numericKey(item)).as(item.stem()).isEqualTo(printed.doubleValue());
        }
    }

    private static Object lookup(Map<String, Map<String, Object>> dicts, String cls, String owner, String attribute) {
        Object own = dicts.get(owner).get(attribute);
        return own != null ? own : dicts.get(cls).get(attribute);
    }

    @Test
    void everyChoiceHasADistinctExplanation() {
        MroSuperChainFamily family = new MroSuperChainFamily();
        for (long seed = 0; seed < 300; seed++) {
            List<Choice> choices = family.generate(seed).choices();
            assertThat(choices.stream().map(Choice::explanation).distinct().count()).isEqualTo(choices.size());
        }
    }
}
