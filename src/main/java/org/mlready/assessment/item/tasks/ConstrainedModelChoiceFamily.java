package org.mlready.assessment.item.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Choosing among candidate models from a comparison table under deployment constraints on latency and memory:
 * the most accurate model that meets both. The most accurate model overall always breaks a constraint.
 */
public final class ConstrainedModelChoiceFamily extends GeneratedItemFamily {

    private static final List<String> MODELS = List.of("logistic regression", "random forest", "gradient boosting",
            "small MLP", "k-nearest neighbours", "fine-tuned transformer", "linear SVM", "distilled transformer");
    private static final int CANDIDATES = 4;

    public ConstrainedModelChoiceFamily() {
        super("constrained-model-choice", "task-compare-algorithms", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        List<String> names = RandomDraw.sample(random, MODELS, CANDIDATES);
        int[] accuracy = new int[CANDIDATES];
        int[] latency = new int[CANDIDATES];
        int[] memory = new int[CANDIDATES];
        int maxLatency = RandomDraw.pick(random, 20, 30, 50, 80, 100);
        int maxMemory = RandomDraw.pick(random, 200, 250, 500, 1000);
        int chosen;
        int top;
        do {
            List<Integer> accuracies = RandomDraw.sample(random, range(800, 960), CANDIDATES);
            for (int i = 0; i < CANDIDATES; i++) {
                accuracy[i] = accuracies.get(i);
                latency[i] = RandomDraw.between(random, maxLatency / 4, maxLatency * 2);
                memory[i] = RandomDraw.between(random, maxMemory / 10, maxMemory * 2);
            }
            chosen = -1;
            top = 0;
            for (int i = 0; i < CANDIDATES; i++) {
                top = accuracy[i] > accuracy[top] ? i : top;
                if (fits(latency[i], memory[i], maxLatency, maxMemory)
                        && (chosen < 0 || accuracy[i] > accuracy[chosen])) {
                    chosen = i;
                }
            }
        } while (chosen < 0 || chosen == top || latency[chosen] == maxLatency || memory[chosen] == maxMemory);
        List<List<String>> rows = new ArrayList<>();
        List<ChoiceSet.Option> options = new ArrayList<>();
        StringBuilder solution = new StringBuilder("Check each model against both limits (latency at most "
                + maxLatency + " ms, memory at most " + maxMemory + " MB), then take the most accurate survivor:\n\n"
                + "| model | accuracy | meets latency | meets memory |\n| --- | --- | --- | --- |\n");
        for (int i = 0; i < CANDIDATES; i++) {
            rows.add(List.of(names.get(i), Num.fixed(accuracy[i] / 1000.0, 3), String.valueOf(latency[i]),
                    String.valueOf(memory[i])));
            boolean latencyOk = latency[i] <= maxLatency;
            boolean memoryOk = memory[i] <= maxMemory;
            solution.append(MarkdownTable.row(List.of(names.get(i), Num.fixed(accuracy[i] / 1000.0, 3),
                    latencyOk ? "yes" : "no (" + latency[i] + " ms)", memoryOk ? "yes" : "no (" + memory[i] + " MB)")));
            String explanation;
            if (i == chosen) {
                explanation = "Correct: it meets both limits and its accuracy " + Num.fixed(accuracy[i] / 1000.0, 3)
                        + " is the highest among the models that do.";
            } else if (!latencyOk || !memoryOk) {
                explanation = "It breaks the " + (!latencyOk ? "latency limit (" + latency[i] + " ms > " + maxLatency
                        + " ms)" : "") + (!latencyOk && !memoryOk ? " and the " : "") + (!memoryOk
                        ? "memory limit (" + memory[i] + " MB > " + maxMemory + " MB)" : "")
                        + (i == top ? ", however accurate it is." : ".");
            } else {
                explanation = "It meets both limits, but its accuracy " + Num.fixed(accuracy[i] / 1000.0, 3)
                        + " is below " + Num.fixed(accuracy[chosen] / 1000.0, 3) + " of " + names.get(chosen) + ".";
            }
            options.add(new ChoiceSet.Option(names.get(i), i == chosen, explanation));
        }
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String stem = "You benchmarked " + CANDIDATES + " candidate models on the same validation set and the same "
                + "hardware:\n\n" + MarkdownTable.render(List.of("model", "accuracy", "p95 latency (ms)", "memory (MB)"), rows)
                + "\nThe product requires a p95 latency of at most " + maxLatency + " ms and a model that fits in "
                + maxMemory + " MB. Which model should you choose?";
        solution.append("\nThe most accurate model overall, ").append(names.get(top))
                .append(", is ruled out by a constraint.\n\nAnswer: **").append(names.get(chosen)).append("**.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution.toString(), List.of("First cross out every model that breaks a hard requirement.",
                "Among the models left, compare accuracy."), choices, ItemIrt.choice(1.0, -0.8, choices.size()));
    }

    private static boolean fits(int latency, int memory, int maxLatency, int maxMemory) {
        return latency <= maxLatency && memory <= maxMemory;
    }

    private static List<Integer> range(int low, int high) {
        List<Integer> out = new ArrayList<>();
        for (int v = low; v <= high; v++) {
            out.add(v);
        }
        return out;
    }
}
