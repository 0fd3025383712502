package org.mlready.assessment.item.python;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A notebook that worked in the order its cells were run (shown by the execution counts) may fail on a clean
 * top-to-bottom run: which cell raises the first {@code NameError} after "Restart &amp; Run All", if any?
 */
public final class NotebookRestartErrorFamily extends GeneratedItemFamily {

    public NotebookRestartErrorFamily() {
        super("notebook-restart-name-error", "jupyter-notebooks", 1000);
    }

    private static final List<String> NAMES = List.of("raw", "clean", "scaled", "total", "rate", "weights", "bias",
            "limit");

    private record Cell(String defines, List<String> uses, String code) {
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = 4;
        List<String> names = RandomDraw.shuffled(random, NAMES).subList(0, n);
        List<Integer> positions = new ArrayList<>(List.of(0, 1, 2, 3));
        boolean inOrder = random.nextInt(6) == 0;
        List<Integer> runOrder = inOrder ? positions : RandomDraw.shuffled(random, positions);
        Cell[] cells = new Cell[n];
        for (int j = 0; j < n; j++) {
            String target = names.get(j);
            List<String> uses = new ArrayList<>();
            if (j > 0) {
                uses.add(names.get(random.nextInt(j)));
                if (j > 1 && random.nextBoolean()) {
                    String second = names.get(random.nextInt(j));
                    if (!uses.contains(second)) {
                        uses.add(second);
                    }
                }
            }
            int c = RandomDraw.between(random, 2, 9);
            String expression = uses.isEmpty() ? String.valueOf(c * 10)
                    : uses.size() == 1 ? uses.get(0) + RandomDraw.pick(random, List.of(" * ", " + ", " - ")) + c
                    : uses.get(0) + RandomDraw.pick(random, List.of(" * ", " + ", " - ")) + uses.get(1);
            cells[runOrder.get(j)] = new Cell(target, uses, target + " = " + expression);
        }
        int failing = -1;
        String missing = null;
        Set<String> defined = new HashSet<>();
        for (int i = 0; i < n && failing < 0; i++) {
            for (String use : cells[i].uses()) {
                if (!defined.contains(use)) {
                    failing = i;
                    missing = use;
                    break;
                }
            }
            defined.add(cells[i].defines());
        }

        StringBuilder stem = new StringBuilder("In a notebook session every cell below ran exactly once, without "
                + "error, in the order of its execution count:\n\n");
        for (int i = 0; i < n; i++) {
            stem.append("`In [").append(runOrder.indexOf(i) + 1).append("]:`\n```python\n").append(cells[i].code())
                    .append("\n```\n\n");
        }
        stem.append("The cells are numbered 1 to ").append(n).append(" from the top. You choose *Restart Kernel and "
                + "Run All Cells*. Which cell raises the first `NameError`?");

        List<ChoiceSet.Option> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = "Cell " + (i + 1) + ": `" + cells[i].code() + "`";
            String why;
            if (i == failing) {
                why = "Top to bottom, this is the first cell that uses a name no cell above it defines: `" + missing
                        + "` is only defined in cell " + (definer(cells, missing) + 1) + ", further down.";
            } else if (failing >= 0 && i > failing) {
                why = "Run All stops at the first error, in cell " + (failing + 1) + ", so this cell is never reached.";
            } else {
                why = cells[i].uses().isEmpty() ? "It uses no other variable, so it always runs."
                        : "Every name it uses (" + String.join(", ", cells[i].uses().stream().map(u -> "`" + u + "`")
                        .toList()) + ") is defined by a cell above it.";
            }
            options.add(new ChoiceSet.Option(text, i == failing, why));
        }
        options.add(new ChoiceSet.Option("None: every cell runs without error", failing < 0, failing < 0
                ? "Each cell only uses names defined in cells above it, so the top-to-bottom order works."
                : "Cell " + (failing + 1) + " uses `" + missing + "` before any cell above it defines it; the session "
                + "only worked because cell " + (definer(cells, missing) + 1) + " ran before it."));
        List<Choice> choices = ChoiceSet.lettered(options);

        StringBuilder solution = new StringBuilder("After a restart no variable survives, and the cells run strictly "
                + "from top to bottom; the execution counts no longer matter.\n\n");
        Set<String> known = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Cell cell = cells[i];
            List<String> absent = cell.uses().stream().filter(u -> !known.contains(u)).toList();
            solution.append("- Cell ").append(i + 1).append(" (`").append(cell.code()).append("`): ");
            if (!absent.isEmpty()) {
                solution.append("`").append(absent.get(0)).append("` is not defined yet → `NameError`, and Run All "
                        + "stops.\n");
                break;
            }
            known.add(cell.defines());
            solution.append(cell.uses().isEmpty() ? "uses nothing" : "uses only names defined above")
                    .append(", defines `").append(cell.defines()).append("`.\n");
        }
        solution.append("\nAnswer: **").append(failing < 0 ? "none, every cell runs" : "cell " + (failing + 1))
                .append("**.");
        List<String> hints = List.of("Ignore the execution counts: after a restart the order is top to bottom.",
                "For each cell, check that every name on the right-hand side is assigned in a cell above it.");
        double difficulty = failing < 0 ? 0.2 : -0.3 + 0.2 * failing;
        return new ItemInstance(id(), skillId(), seed, stem.toString(), ResponseType.SINGLE_CHOICE,
                ChoiceSet.key(choices), solution.toString(), hints, choices,
                ItemIrt.choice(1.1, difficulty, choices.size()));
    }

    private static int definer(Cell[] cells, String name) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].defines().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(name);
    }
}
