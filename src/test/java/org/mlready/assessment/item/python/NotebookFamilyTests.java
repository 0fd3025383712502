package org.mlready.assessment.item.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class NotebookFamilyTests {

    @Test
    void hiddenStateAnswerMatchesAnInterpreterRunInTheShownOrder() {
        NotebookStateFamily family = new NotebookStateFamily();
        int differing = 0;
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> cells = StemReading.findAllGroups(item.stem(), "`In \\[([ 0-9]*)\\]:`\\n```python\\n(.*?)\\n```");
            TreeMap<Integer, String> byCount = new TreeMap<>();
            List<String> topToBottom = new ArrayList<>();
            for (List<String> cell : cells) {
                topToBottom.add(cell.get(1));
                if (!cell.get(0).isBlank()) {
                    byCount.put(Integer.parseInt(cell.get(0).trim()), cell.get(1));
                }
            }
            assertThat(cells).hasSizeBetween(4, 5);
            String asked = StemReading.find(item.stem(), "What is the value of `(\\w+)`");
            Map<String, Long> session = interpret(new ArrayList<>(byCount.values()));
            Map<String, Long> clean = interpret(topToBottom);
            boolean restart = item.stem().contains("Restart Kernel and Run All");
            long expected = (restart ? clean : session).get(asked);
            differing += clean.get(asked).equals(session.get(asked)) ? 0 : 1;
            assertThat(StemReading.numericKey(item)).as(item.stem()).isEqualTo((double) expected);
        }
        assertThat(differing).isGreaterThan(1900);
    }

    /** Runs cells of statements "name op expression" with op in =, +=, *= and expressions "t", "t + t", "t - t", "t * t". */
    private static Map<String, Long> interpret(List<String> cells) {
        Map<String, Long> env = new HashMap<>();
        for (String cell : cells) {
            for (String line : cell.split("\n")) {
                String[] parts = line.trim().split(" ", 3);
                long value = evaluate(parts[2], env);
                switch (parts[1]) {
                    case "=" -> env.put(parts[0], value);
                    case "+=" -> env.put(parts[0], need(env, parts[0]) + value);
                    case "*=" -> env.put(parts[0], need(env, parts[0]) * value);
                    default -> throw new AssertionError(line);
                }
            }
        }
        return env;
    }

    private static long evaluate(String expression, Map<String, Long> env) {
        String[] tokens = expression.split(" ");
        long value = term(tokens[0], env);
        for (int i = 1; i < tokens.length; i += 2) {
            long right = term(tokens[i + 1], env);
            value = tokens[i].equals("+") ? value + right : tokens[i].equals("-") ? value - right : value * right;
        }
        return value;
    }

    private static long term(String token, Map<String, Long> env) {
        return token.matches("-?\\d+") ? Long.parseLong(token) : need(env, token);
    }

    private static long need(Map<String, Long> env, String name) {
        assertThat(env).as("NameError: " + name).containsKey(name);
        return env.get(name);
    }

    @Test
    void executionCountMatchesASimulatedKernel() {
        ExecutionCountFamily family = new ExecutionCountFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            int cells = Integer.parseInt(StemReading.find(stem, "A notebook has (\\d+) code cells"));
            Map<Integer, Integer> shown = new HashMap<>();
            int executions = 0;
            for (List<String> step : StemReading.findAllGroups(stem, "^\\d+\\. ([^\\n]*)$")) {
                String action = step.get(0);
                List<Integer> run = new ArrayList<>();
                if (action.startsWith("Restart")) {
                    executions = 0;
                }
                if (action.contains("run all cells") || action.startsWith("Run All Cells")) {
                    for (int c = 1; c <= cells; c++) {
                        run.add(c);
                    }
                } else if (action.startsWith("Select cell")) {
                    int from = Integer.parseInt(StemReading.find(action, "Select cell (\\d+)"));
                    for (int c = from; c <= cells; c++) {
                        run.add(c);
                    }
                } else {
                    int cell = Integer.parseInt(StemReading.find(action, "Run cell (\\d+)"));
                    int times = action.contains("three times") ? 3 : action.contains("twice") ? 2 : 1;
                    assertThat(action.contains("once") || times > 1).isTrue();
                    for (int t = 0; t < times; t++) {
                        run.add(cell);
                    }
                }
                for (int c : run) {
                    executions++;
                    shown.put(c, executions);
                }
            }
            double expected = stem.contains("run any cell once more") ? executions + 1
                    : shown.get(Integer.parseInt(StemReading.find(stem, "prompt `In \\[ \\]` of cell (\\d+)")));
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(expected);
        }
    }
}
