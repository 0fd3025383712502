package org.mlready.assessment.item.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * An ML project broken into sub-tasks with durations and dependencies: the shortest project duration (the
 * critical path), the earliest start of a task, or how long a task can slip without delaying the project.
 */
public final class CriticalPathFamily extends GeneratedItemFamily {

    private record Stage(String name, int[] prerequisites) {
    }

    /** Stages in a workable order; each depends on a random non-empty subset of its listed prerequisites. */
    private static final List<Stage> STAGES = List.of(
            new Stage("Agree the success metric with stakeholders", new int[0]),
            new Stage("Extract raw data from the warehouse", new int[0]),
            new Stage("Label a training sample", new int[] {1}),
            new Stage("Build the feature pipeline", new int[] {1}),
            new Stage("Set up the evaluation harness", new int[] {0, 1}),
            new Stage("Train and tune the model", new int[] {2, 3, 4}),
            new Stage("Build the serving endpoint", new int[] {3}),
            new Stage("Shadow-deploy and monitor", new int[] {5, 6}));

    public CriticalPathFamily() {
        super("project-critical-path", "task-problem-decomposition", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = STAGES.size();
        int[] duration = new int[n];
        List<List<Integer>> prerequisites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            duration[i] = RandomDraw.between(random, 1, 12);
            List<Integer> chosen = new ArrayList<>();
            int[] allowed = STAGES.get(i).prerequisites();
            while (allowed.length > 0 && chosen.isEmpty()) {
                for (int p : allowed) {
                    if (random.nextInt(10) < 6) {
                        chosen.add(p);
                    }
                }
            }
            prerequisites.add(chosen);
        }
        int[] earliestStart = new int[n];
        int[] earliestFinish = new int[n];
        for (int i = 0; i < n; i++) {
            for (int p : prerequisites.get(i)) {
                earliestStart[i] = Math.max(earliestStart[i], earliestFinish[p]);
            }
            earliestFinish[i] = earliestStart[i] + duration[i];
        }
        int length = 0;
        for (int f : earliestFinish) {
            length = Math.max(length, f);
        }
        int[] latestFinish = new int[n];
        int[] latestStart = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            latestFinish[i] = length;
            for (int j = i + 1; j < n; j++) {
                if (prerequisites.get(j).contains(i)) {
                    latestFinish[i] = Math.min(latestFinish[i], latestStart[j]);
                }
            }
            latestStart[i] = latestFinish[i] - duration[i];
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(letter(i), STAGES.get(i).name(), String.valueOf(duration[i]),
                    prerequisites.get(i).isEmpty() ? "-" : String.join(", ",
                            prerequisites.get(i).stream().map(CriticalPathFamily::letter).toList())));
        }
        int question = random.nextInt(3);
        int task = question == 1 ? RandomDraw.between(random, 5, n - 1) : RandomDraw.between(random, 0, n - 2);
        String intro = "A team breaks an ML project into sub-tasks. A task can start only when all the tasks it "
                + "depends on have finished; tasks without a dependency between them can run in parallel (there are "
                + "enough people).\n\n" + MarkdownTable.render(List.of("task", "description", "duration (days)",
                "depends on"), rows) + "\n";
        String stem;
        int answer;
        double difficulty;
        if (question == 0) {
            stem = intro + "What is the shortest possible duration of the whole project, in days?";
            answer = length;
            difficulty = 0.2;
        } else if (question == 1) {
            stem = intro + "The project starts on day 0. What is the earliest day on which task " + letter(task)
                    + " (" + STAGES.get(task).name().toLowerCase() + ") can start?";
            answer = earliestStart[task];
            difficulty = 0.0;
        } else {
            stem = intro + "By how many days can task " + letter(task) + " (" + STAGES.get(task).name().toLowerCase()
                    + ") be delayed without delaying the whole project (its slack)? Answer 0 if it is on the "
                    + "critical path.";
            answer = latestStart[task] - earliestStart[task];
            difficulty = 0.9;
        }
        StringBuilder solution = new StringBuilder("Forward pass: a task's earliest start (ES) is the latest "
                + "earliest finish (EF) of its dependencies, and EF = ES + duration."
                + (question == 2 ? " Backward pass: a task's latest finish (LF) is the earliest latest start (LS) "
                + "of the tasks that depend on it (the project length for a final task), and LS = LF - duration."
                : "") + "\n\n| task | ES | EF |" + (question == 2 ? " LS | slack |" : "") + "\n| --- | --- | --- |"
                + (question == 2 ? " --- | --- |" : "") + "\n");
        for (int i = 0; i < n; i++) {
            List<String> cells = new ArrayList<>(List.of(letter(i), String.valueOf(earliestStart[i]),
                    String.valueOf(earliestFinish[i])));
            if (question == 2) {
                cells.add(String.valueOf(latestStart[i]));
                cells.add(String.valueOf(latestStart[i] - earliestStart[i]));
            }
            solution.append(MarkdownTable.row(cells));
        }
        solution.append('\n');
        if (question == 0) {
            solution.append("The project ends when the last task finishes: the largest EF is ").append(length)
                    .append(" days (the critical path).");
        } else if (question == 1) {
            solution.append("Task ").append(letter(task)).append(" waits for ")
                    .append(String.join(", ", prerequisites.get(task).stream().map(p -> letter(p) + " (EF "
                            + earliestFinish[p] + ")").toList())).append(", so it starts on day ").append(answer)
                    .append('.');
        } else {
            solution.append("Slack of ").append(letter(task)).append(" = LS - ES = ").append(latestStart[task])
                    .append(" - ").append(earliestStart[task]).append(" = ").append(answer).append('.');
        }
        solution.append("\n\nAnswer: **").append(answer).append("**.");
        List<String> hints = List.of("Work through the tasks in order, writing down when each can start and finish.",
                question == 2 ? "Then work backwards from the project end: how late may each task finish?"
                        : "A task waits for the slowest of its dependencies, not their sum.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer),
                solution.toString(), hints, List.of(), ItemIrt.free(1.2, difficulty));
    }

    private static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }
}
