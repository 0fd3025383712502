package org.mlready.assessment.item.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * The execution counter: every cell run takes the kernel's next number, whichever cell it is, and a restart starts
 * counting again at 1. After a generated sequence of runs, which number does a cell's prompt show?
 */
public final class ExecutionCountFamily extends GeneratedItemFamily {

    public ExecutionCountFamily() {
        super("notebook-execution-count", "jupyter-notebooks", 2000);
    }

    private static final String[] TIMES = {"", "once", "twice", "three times"};

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int cells = RandomDraw.between(random, 3, 6);
        int[] prompt = new int[cells + 1];
        int counter = 0;
        int steps = RandomDraw.between(random, 3, 5);
        List<String> actions = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        boolean restarted = false;
        for (int s = 0; s < steps; s++) {
            int kind = random.nextInt(10);
            int cell = RandomDraw.between(random, 1, cells);
            List<Integer> run = new ArrayList<>();
            String action;
            if (kind < 4) {
                int times = RandomDraw.between(random, 1, 3);
                action = "Run cell " + cell + " " + TIMES[times] + " (Ctrl+Enter, staying on the cell).";
                for (int t = 0; t < times; t++) {
                    run.add(cell);
                }
            } else if (kind < 6) {
                action = "Run All Cells.";
                for (int c = 1; c <= cells; c++) {
                    run.add(c);
                }
            } else if (kind < 8) {
                action = "Select cell " + cell + " and run it and all cells below it.";
                for (int c = cell; c <= cells; c++) {
                    run.add(c);
                }
            } else {
                action = "Restart the kernel and run all cells.";
                counter = 0;
                restarted = true;
                for (int c = 1; c <= cells; c++) {
                    run.add(c);
                }
            }
            int first = counter + 1;
            for (int c : run) {
                prompt[c] = ++counter;
            }
            actions.add((s + 1) + ". " + action);
            trace.add("- Step " + (s + 1) + (action.startsWith("Restart") ? ": the counter restarts; " : ": ")
                    + run.size() + (run.size() == 1 ? " execution takes number " + first
                    : " executions take numbers " + first + " to " + counter) + ".");
        }
        boolean askNext = random.nextInt(4) == 0;
        List<Integer> ran = new ArrayList<>();
        for (int c = 1; c <= cells; c++) {
            if (prompt[c] > 0) {
                ran.add(c);
            }
        }
        int asked = RandomDraw.pick(random, ran);
        int answer = askNext ? counter + 1 : prompt[asked];
        String stem = "A notebook has " + cells + " code cells, numbered 1 to " + cells + " from the top, none of them "
                + "run yet, and its kernel has just started. Every cell runs without error. You then:\n\n"
                + String.join("\n", actions) + "\n\n" + (askNext
                ? "If you now run any cell once more, what execution count will its prompt `In [ ]` show? Answer with "
                + "a whole number."
                : "What execution count does the prompt `In [ ]` of cell " + asked + " show now? Answer with a whole "
                + "number.");
        String solution = "The kernel numbers executions 1, 2, 3, ... in the order they happen, whichever cell runs, "
                + "and a cell's prompt shows the number of its latest execution. A kernel restart starts the count "
                + "again at 1.\n\n" + String.join("\n", trace) + "\n\n" + (askNext
                ? "The last execution was number " + counter + ", so the next one shows **" + answer + "**."
                : "The latest execution of cell " + asked + " was number **" + answer + "**.");
        List<String> hints = List.of("Each execution, even of the same cell again, takes the next number.",
                restarted ? "A restart resets the counter; count again from 1 after it."
                        : "Only the latest run of a cell is shown in its prompt.");
        double difficulty = -0.9 + 0.2 * (steps - 3) + (restarted ? 0.3 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(0.9, difficulty));
    }
}
