package org.mlready.assessment.item.research;

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

/** Budgeting a sweep repeated over seeds: runs, GPU-hours, and wall-clock time on a few GPUs working in waves. */
public final class SweepBudgetFamily extends GeneratedItemFamily {

    private record Axis(String name, List<String> values) {
    }

    private static final List<Axis> AXES = List.of(
            new Axis("learning rate", List.of("1e-4", "3e-4", "1e-3", "3e-3")),
            new Axis("batch size", List.of("32", "64", "128")),
            new Axis("weight decay", List.of("0", "0.01", "0.1")),
            new Axis("dropout", List.of("0.0", "0.1", "0.2", "0.3")),
            new Axis("warm-up steps", List.of("0", "500", "2000")));

    private enum Ask { RUNS, GPU_HOURS, WALL_CLOCK }

    public SweepBudgetFamily() {
        super("sweep-budget", "reproducibility", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        List<Axis> axes = RandomDraw.sample(random, AXES, RandomDraw.between(random, 2, 3));
        List<String> lines = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int configurations = 1;
        for (Axis axis : axes) {
            int size = RandomDraw.between(random, 2, axis.values().size());
            sizes.add(size);
            configurations *= size;
            lines.add("- " + axis.name() + ": " + String.join(", ", axis.values().subList(0, size)));
        }
        int seeds = RandomDraw.pick(random, List.of(3, 5, 10));
        int minutes = RandomDraw.pick(random, List.of(12, 15, 20, 25, 30, 40, 45, 50, 75, 90));
        int gpus = RandomDraw.pick(random, List.of(2, 4, 8));
        Ask ask = RandomDraw.pick(random, List.of(Ask.values()));
        int runs = configurations * seeds;
        int waves = (runs + gpus - 1) / gpus;
        String question = switch (ask) {
            case RUNS -> "How many training runs does the sweep contain? Answer with a whole number.";
            case GPU_HOURS -> "How many GPU-hours does the sweep consume in total? Round to 2 decimal places.";
            default -> "With " + gpus + " GPUs, each running one job at a time and starting the next job as soon as "
                    + "one finishes, how many hours of wall-clock time does the sweep take? Round to 2 decimal places.";
        };
        String stem = "To report results as mean ± standard deviation over seeds, every configuration of this grid "
                + "is trained with " + seeds + " different seeds:\n\n" + String.join("\n", lines) + "\n\nEach run "
                + "takes " + minutes + " minutes on one GPU. " + question;
        List<String> factors = sizes.stream().map(String::valueOf).toList();
        String runStep = "Configurations: $" + String.join(" \\cdot ", factors) + " = " + configurations
                + "$; with " + seeds + " seeds each, $" + configurations + " \\cdot " + seeds + " = " + runs
                + "$ runs.";
        double answer;
        String solution;
        if (ask == Ask.RUNS) {
            answer = runs;
            solution = runStep + "\n\nAnswer: **" + runs + "**.";
        } else if (ask == Ask.GPU_HOURS) {
            answer = runs * minutes / 60.0;
            solution = runStep + " GPU time: $" + runs + " \\cdot " + minutes + " = " + runs * minutes
                    + "$ minutes $= " + Decimals.plain(Decimals.round(answer, 4)) + "$ hours.\n\nAnswer: **"
                    + Decimals.fixed(answer, 2) + "**.";
        } else {
            answer = waves * minutes / 60.0;
            solution = runStep + " The GPUs work in waves of " + gpus + " runs: $\\lceil " + runs + " / " + gpus
                    + " \\rceil = " + waves + "$ waves" + (runs % gpus == 0 ? "" : " (the last one not full)")
                    + ", each " + minutes + " minutes: $" + waves + " \\cdot " + minutes + " = " + waves * minutes
                    + "$ minutes $= " + Decimals.plain(Decimals.round(answer, 4)) + "$ hours.\n\nAnswer: **"
                    + Decimals.fixed(answer, 2) + "**.";
        }
        List<String> hints = new ArrayList<>(List.of("Multiply the numbers of values on each axis, then by the "
                + "number of seeds."));
        if (ask == Ask.WALL_CLOCK) {
            hints.add("A partly filled last wave still takes a full run's time.");
        } else if (ask == Ask.GPU_HOURS) {
            hints.add("GPU-hours count every run's time, whatever runs in parallel.");
        }
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                ask == Ask.RUNS ? AnswerKeys.exact(answer) : AnswerKeys.rounded(Decimals.round(answer, 2), 2),
                solution, hints, List.of(),
                ItemIrt.free(1.0, ask == Ask.RUNS ? -1.2 : ask == Ask.GPU_HOURS ? -0.6 : 0.2));
    }
}
