package org.mlready.assessment.item.mlops;

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
 * Choosing a run from an experiment tracker's table: the best metric among finished runs that meet a deployment
 * constraint, not the best number on the page.
 */
public final class BestRunFamily extends GeneratedItemFamily {

    /** What is optimised and what is constrained; {@code higherBetter} says the metric's direction. */
    private record Goal(String metric, boolean higherBetter, int metricDecimals, String limitColumn, String unit) {
    }

    private static final List<Goal> GOALS = List.of(
            new Goal("val_accuracy", true, 3, "p95_latency_ms", "ms"),
            new Goal("val_f1", true, 3, "model_size_mb", "MB"),
            new Goal("val_loss", false, 3, "p95_latency_ms", "ms"),
            new Goal("val_rmse", false, 2, "model_size_mb", "MB"));

    private record Run(String name, String status, double metric, int limitValue) {
    }

    public BestRunFamily() {
        super("best-tracked-run", "data-versioning-tracking", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Goal goal = RandomDraw.pick(random, GOALS);
        int count = RandomDraw.between(random, 6, 8);
        int limit = RandomDraw.between(random, 4, 20) * 10;
        List<Run> runs = new ArrayList<>();
        Set<Long> metrics = new HashSet<>();
        Set<String> names = new HashSet<>();
        double scale = Math.pow(10, goal.metricDecimals());
        for (int i = 0; i < count; i++) {
            long raw;
            do {
                raw = goal.metric().equals("val_rmse") ? RandomDraw.between(random, 300, 900)
                        : goal.metric().equals("val_loss") ? RandomDraw.between(random, 150, 700)
                        : RandomDraw.between(random, 700, 960);
            } while (!metrics.add(raw));
            String name;
            do {
                name = "run-" + RandomDraw.between(random, 100, 999);
            } while (!names.add(name));
            double roll = random.nextDouble();
            String status = roll < 0.15 ? "FAILED" : roll < 0.22 ? "RUNNING" : "FINISHED";
            int limitValue = Math.max(5, limit + RandomDraw.between(random, -limit / 2, limit / 2));
            runs.add(new Run(name, status, raw / scale, limitValue));
        }
        // make sure at least one run is eligible
        Run first = runs.get(0);
        runs.set(0, new Run(first.name(), "FINISHED", first.metric(), Math.min(first.limitValue(), limit)));

        Run top = runs.get(0);
        for (Run run : runs) {
            top = better(goal, run, top) ? run : top;
        }
        if (random.nextInt(10) < 7 && top != runs.get(0)) {
            // usually the best number on the page belongs to a run that may not be promoted
            int index = runs.indexOf(top);
            runs.set(index, random.nextBoolean()
                    ? new Run(top.name(), random.nextBoolean() ? "FAILED" : "RUNNING", top.metric(), top.limitValue())
                    : new Run(top.name(), top.status(), top.metric(),
                            limit + RandomDraw.between(random, 1, limit / 2)));
        }

        Run best = null;
        Run bestIgnoringLimit = null;
        Run bestAny = null;
        for (Run run : runs) {
            if (bestAny == null || better(goal, run, bestAny)) {
                bestAny = run;
            }
            if (run.status().equals("FINISHED")) {
                if (bestIgnoringLimit == null || better(goal, run, bestIgnoringLimit)) {
                    bestIgnoringLimit = run;
                }
                if (run.limitValue() <= limit && (best == null || better(goal, run, best))) {
                    best = run;
                }
            }
        }
        List<Run> picked = new ArrayList<>(List.of(best));
        for (Run candidate : List.of(bestIgnoringLimit, bestAny)) {
            if (!picked.contains(candidate)) {
                picked.add(candidate);
            }
        }
        List<Run> rest = new ArrayList<>(runs);
        rest.removeAll(picked);
        while (picked.size() < 4) {
            picked.add(rest.remove(random.nextInt(rest.size())));
        }
        List<ChoiceSet.Option> options = new ArrayList<>();
        for (Run run : picked) {
            options.add(new ChoiceSet.Option("`" + run.name() + "`", run == best, explain(goal, run, best, limit)));
        }
        List<Choice> choices = ChoiceSet.shuffled(random, options);

        List<List<String>> rows = new ArrayList<>();
        for (Run run : runs) {
            rows.add(List.of("`" + run.name() + "`", run.status(), Text.fixed(run.metric(), goal.metricDecimals()),
                    String.valueOf(run.limitValue())));
        }
        String direction = goal.higherBetter() ? "highest" : "lowest";
        String stem = "An experiment tracker lists these runs of one experiment:\n\n"
                + Text.table(List.of("run", "status", goal.metric(), goal.limitColumn()), rows)
                + "\nThe model to promote must come from a run that finished, and its `" + goal.limitColumn()
                + "` must be at most " + limit + " " + goal.unit() + ". Among those, pick the " + direction + " `"
                + goal.metric() + "`. Which run do you promote?";
        StringBuilder solution = new StringBuilder("Drop runs that did not finish (a failed or still-running run has "
                + "no trustworthy final model) and runs with `" + goal.limitColumn() + "` above " + limit + ". "
                + "Eligible runs:\n\n");
        for (Run run : runs) {
            if (run.status().equals("FINISHED") && run.limitValue() <= limit) {
                solution.append("- `").append(run.name()).append("`: ").append(goal.metric()).append(" ")
                        .append(Text.fixed(run.metric(), goal.metricDecimals())).append('\n');
            }
        }
        solution.append("\nThe ").append(direction).append(" `").append(goal.metric()).append("` among them is ")
                .append(Text.fixed(best.metric(), goal.metricDecimals())).append(".\n\nAnswer: **`")
                .append(best.name()).append("`**.");
        List<String> hints = List.of("Filter first: status, then the constraint.",
                "Then compare `" + goal.metric() + "` among the runs that are left only.");
        double difficulty = -0.6 + (goal.higherBetter() ? 0 : 0.3) + (bestAny != best ? 0.3 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution.toString(), hints, choices, ItemIrt.choice(1.1, difficulty, choices.size()));
    }

    private static boolean better(Goal goal, Run a, Run b) {
        return goal.higherBetter() ? a.metric() > b.metric() : a.metric() < b.metric();
    }

    private static String explain(Goal goal, Run run, Run best, int limit) {
        if (run == best) {
            return "Finished, within the limit, and the best `" + goal.metric() + "` of the eligible runs.";
        }
        if (!run.status().equals("FINISHED")) {
            return "Its status is " + run.status() + ", so its metrics are not those of a finished model.";
        }
        if (run.limitValue() > limit) {
            return "`" + goal.limitColumn() + "` is " + run.limitValue() + " " + goal.unit() + ", above the limit of "
                    + limit + ".";
        }
        return "Eligible, but its `" + goal.metric() + "` of " + Text.fixed(run.metric(), goal.metricDecimals())
                + " is worse than " + Text.fixed(best.metric(), goal.metricDecimals()) + ".";
    }
}
