package org.mlready.assessment.item.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Hidden state: notebook cells run out of order, as their execution counts show, leave a variable with a value
 * that differs from what a clean top-to-bottom run ("Restart &amp; Run All") would give.
 */
public final class NotebookStateFamily extends GeneratedItemFamily {

    public NotebookStateFamily() {
        super("notebook-hidden-state", "jupyter-notebooks", 2000);
    }

    private static final List<List<String>> NAMES = List.of(List.of("x", "y"), List.of("a", "b"),
            List.of("n", "total"), List.of("base", "scaled"), List.of("lr", "steps"));

    /** One statement: target, operator ("=", "+=", "*="), and an expression of at most one variable and a constant. */
    record Statement(String target, String operator, String variable, String sign, int constant) {

        String code() {
            String expression = variable == null ? String.valueOf(constant)
                    : sign == null ? variable : variable + " " + sign + " " + constant;
            return target + " " + operator + " " + expression;
        }

        /** Runs the statement; false on a NameError. */
        boolean run(Map<String, Integer> env) {
            if (variable != null && !env.containsKey(variable) || !operator.equals("=") && !env.containsKey(target)) {
                return false;
            }
            int value = variable == null ? constant : env.get(variable);
            if (variable != null && sign != null) {
                value = sign.equals("+") ? value + constant : sign.equals("-") ? value - constant : value * constant;
            }
            if (operator.equals("+=")) {
                value = env.get(target) + value;
            } else if (operator.equals("*=")) {
                value = env.get(target) * value;
            }
            env.put(target, value);
            return true;
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        List<String> names = RandomDraw.pick(random, NAMES);
        String x = names.get(0);
        String y = names.get(1);
        boolean afterRestart = random.nextBoolean();
        String asked = random.nextBoolean() ? x : y;
        for (int attempt = 0; ; attempt++) {
            int n = RandomDraw.between(random, 4, 5);
            List<List<Statement>> cells = new ArrayList<>();
            cells.add(List.of(new Statement(x, "=", null, null, RandomDraw.between(random, 1, 9))));
            for (int i = 1; i < n; i++) {
                List<Statement> cell = new ArrayList<>();
                cell.add(statement(random, x, y));
                if (random.nextInt(4) == 0) {
                    cell.add(statement(random, x, y));
                }
                cells.add(cell);
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            order = RandomDraw.shuffled(random, order).subList(0, random.nextBoolean() ? n : n - 1);
            StringBuilder sessionTrace = new StringBuilder();
            StringBuilder cleanTrace = new StringBuilder();
            Map<String, Integer> session = run(cells, order, sessionTrace);
            List<Integer> topToBottom = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                topToBottom.add(i);
            }
            Map<String, Integer> clean = run(cells, topToBottom, cleanTrace);
            if (session == null || clean == null || !session.containsKey(asked) || !clean.containsKey(asked)) {
                continue;
            }
            boolean sorted = order.equals(order.stream().sorted().toList());
            if (sorted || session.get(asked).equals(clean.get(asked)) && attempt < 40) {
                continue;
            }
            return item(seed, cells, order, asked, afterRestart, afterRestart ? clean.get(asked) : session.get(asked),
                    afterRestart ? cleanTrace : sessionTrace);
        }
    }

    private ItemInstance item(long seed, List<List<Statement>> cells, List<Integer> order, String asked,
                              boolean afterRestart, int answer, StringBuilder trace) {
        StringBuilder stem = new StringBuilder("A notebook's code cells are shown top to bottom with the execution "
                + "counts Jupyter displays. The kernel was started fresh, and `In [ ]` marks a cell that has not been "
                + "run since; every other cell ran exactly once, in the order of its number.\n\n");
        for (int i = 0; i < cells.size(); i++) {
            int count = order.indexOf(i) + 1;
            stem.append("`In [").append(count == 0 ? " " : String.valueOf(count)).append("]:`\n```python\n")
                    .append(code(cells.get(i))).append("\n```\n\n");
        }
        stem.append(afterRestart
                ? "What is the value of `" + asked + "` after *Kernel → Restart Kernel and Run All Cells*? Answer "
                + "with a whole number."
                : "What is the value of `" + asked + "` in the kernel right now? Answer with a whole number.");
        String solution = (afterRestart
                ? "Restarting wipes every variable, and *Run All* then runs the cells strictly top to bottom, ignoring "
                + "the old execution counts:\n\n"
                : "The kernel's state comes from the cells in the order they actually ran, which the execution "
                + "counts give (cells with `In [ ]` never ran), not from their position on the page:\n\n")
                + trace + "\nSo `" + asked + "` is **" + answer + "**.";
        List<String> hints = List.of(afterRestart
                        ? "After a restart nothing from the earlier session survives; cells run once each, top to "
                        + "bottom."
                        : "Order the cells by their `In [n]` numbers; that is the order the kernel saw them.",
                "Keep a running table of every variable's value after each cell.");
        int statements = cells.stream().mapToInt(List::size).sum();
        double difficulty = (afterRestart ? -0.6 : 0.0) + 0.1 * (statements - 4);
        return new ItemInstance(id(), skillId(), seed, stem.toString(), ResponseType.NUMBER,
                AnswerKeys.exact(answer), solution, hints, List.of(), ItemIrt.free(1.2, difficulty));
    }

    private static Statement statement(Random random, String x, String y) {
        int c = RandomDraw.between(random, 1, 9);
        int small = RandomDraw.between(random, 2, 3);
        switch (random.nextInt(7)) {
            case 0:
                return new Statement(x, "=", null, null, c);
            case 1:
                return new Statement(x, "+=", null, null, c);
            case 2:
                return new Statement(x, "*=", null, null, small);
            case 3:
                return new Statement(y, "=", x, "+", c);
            case 4:
                return new Statement(y, "=", x, "*", small);
            case 5:
                return new Statement(x, "=", y, "-", c);
            default:
                return new Statement(y, "+=", x, null, 0);
        }
    }

    /** Runs cells in the given order, tracing each; null on a NameError. */
    private static Map<String, Integer> run(List<List<Statement>> cells, List<Integer> order, StringBuilder trace) {
        Map<String, Integer> env = new HashMap<>();
        for (int index : order) {
            for (Statement statement : cells.get(index)) {
                if (!statement.run(env)) {
                    return null;
                }
            }
            trace.append("- cell ").append(index + 1).append(" (`").append(code(cells.get(index)).replace("\n", "; "))
                    .append("`): ").append(state(env)).append('\n');
        }
        return env;
    }

    private static String state(Map<String, Integer> env) {
        List<String> parts = new ArrayList<>();
        env.keySet().stream().sorted().forEach(k -> parts.add("`" + k + "` = " + env.get(k)));
        return String.join(", ", parts);
    }

    private static String code(List<Statement> cell) {
        List<String> lines = new ArrayList<>();
        for (Statement statement : cell) {
            lines.add(statement.code());
        }
        return String.join("\n", lines);
    }
}
