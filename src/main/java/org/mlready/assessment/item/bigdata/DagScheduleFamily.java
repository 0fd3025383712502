package org.mlready.assessment.item.bigdata;

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
 * A generated pipeline DAG: finish time with unlimited workers (critical path), with two workers under a stated
 * rule, the earliest start of one task, or how many tasks re-run when a task is cleared with its downstream.
 */
public final class DagScheduleFamily extends GeneratedItemFamily {

    public DagScheduleFamily() {
        super("dag-schedule", "pipeline-orchestration", 3000);
    }

    private enum Ask { CRITICAL_PATH, TWO_WORKERS, EARLIEST_START, CLEAR_DOWNSTREAM }

    private static final List<String> SOURCES = List.of("extract_orders", "extract_users", "extract_events");
    private static final List<String> LATER = List.of("clean_orders", "clean_events", "join_tables",
            "build_features", "train_model", "evaluate_model", "publish_report");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        List<String> names = new ArrayList<>(RandomDraw.sample(random, SOURCES, RandomDraw.between(random, 1, 3)));
        names.sort(null);
        int sources = names.size();
        List<String> later = new ArrayList<>(RandomDraw.sample(random, LATER, RandomDraw.between(random, 4, 5)));
        later.sort((a, b) -> Integer.compare(LATER.indexOf(a), LATER.indexOf(b)));
        names.addAll(later);
        int n = names.size();
        int[] duration = new int[n];
        List<List<Integer>> upstream = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            duration[i] = RandomDraw.between(random, 2, 30);
            List<Integer> ups = new ArrayList<>();
            if (i >= sources) {
                int count = Math.min(i, RandomDraw.between(random, 1, 2));
                ups.addAll(RandomDraw.sample(random, range(i), count));
                ups.sort(null);
            }
            upstream.add(ups);
        }
        Ask ask = Ask.values()[random.nextInt(Ask.values().length)];
        int focus = ask == Ask.EARLIEST_START ? RandomDraw.between(random, sources, n - 1)
                : ask == Ask.CLEAR_DOWNSTREAM ? withDownstream(random, upstream) : -1;

        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> ups = upstream.get(i).stream().map(u -> "`" + names.get(u) + "`").toList();
            rows.add(List.of("`" + names.get(i) + "`", String.valueOf(duration[i]),
                    ups.isEmpty() ? "none" : String.join(", ", ups)));
        }
        String table = MarkdownTable.render(List.of("task", "duration (min)", "upstream tasks"), rows);

        int[] start = new int[n];
        int[] finish = new int[n];
        for (int i = 0; i < n; i++) {
            for (int u : upstream.get(i)) {
                start[i] = Math.max(start[i], finish[u]);
            }
            finish[i] = start[i] + duration[i];
        }
        String question;
        int answer;
        String solution;
        List<String> hints;
        double difficulty;
        switch (ask) {
            case CRITICAL_PATH, EARLIEST_START -> {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    lines.add("- `" + names.get(i) + "`: starts at " + start[i] + ", finishes at $" + start[i] + " + "
                            + duration[i] + " = " + finish[i] + "$");
                }
                if (ask == Ask.CRITICAL_PATH) {
                    int end = 0;
                    for (int f : finish) {
                        end = Math.max(end, f);
                    }
                    answer = end;
                    question = "With unlimited workers, every task starts as soon as all its upstream tasks have "
                            + "finished. How many minutes after the run starts does the whole DAG finish?";
                    hints = List.of("Compute each task's finish time in table order: its start is the latest finish "
                            + "among its upstream tasks.", "The DAG ends when its last task ends (the critical path).");
                    difficulty = 0.0;
                } else {
                    answer = start[focus];
                    question = "With unlimited workers, every task starts as soon as all its upstream tasks have "
                            + "finished. At how many minutes after the run starts does `" + names.get(focus)
                            + "` start?";
                    hints = List.of("A task waits for the slowest chain of upstream tasks that leads to it.");
                    difficulty = -0.3;
                }
                solution = "Going through the tasks in table order (every upstream task comes first), a task starts "
                        + "at the latest finish time of its upstream tasks (0 if it has none):\n\n"
                        + String.join("\n", lines) + "\n\nAnswer: **" + answer + "**.";
            }
            case TWO_WORKERS -> {
                question = "Only **2 workers** are available. A task is ready once all its upstream tasks have "
                        + "finished; whenever a worker is free it starts the ready task that is listed first in the "
                        + "table. How many minutes after the run starts does the whole DAG finish?";
                List<String> log = new ArrayList<>();
                answer = simulate(names, duration, upstream, log);
                solution = "Simulating the two workers (a task is listed with its start and finish minute):\n\n"
                        + String.join("\n", log) + "\n\nThe last task finishes at minute **" + answer + "**.";
                hints = List.of("Keep a clock: at each moment a worker frees up, list the ready tasks.",
                        "Take ready tasks in table order; the other worker keeps running meanwhile.");
                difficulty = 0.9;
            }
            default -> {
                List<Integer> downstream = new ArrayList<>();
                boolean[] cleared = new boolean[n];
                cleared[focus] = true;
                for (int i = focus + 1; i < n; i++) {
                    for (int u : upstream.get(i)) {
                        cleared[i] |= cleared[u];
                    }
                    if (cleared[i]) {
                        downstream.add(i);
                    }
                }
                answer = downstream.size() + 1;
                question = "After a run has succeeded you clear `" + names.get(focus) + "` in the Airflow UI with "
                        + "**Downstream** selected (and Upstream not selected). How many task instances run again?";
                solution = "Clearing with Downstream re-runs the task and everything that depends on it directly or "
                        + "indirectly: " + (downstream.isEmpty() ? "nothing depends on `" + names.get(focus) + "`"
                        : String.join(", ", downstream.stream().map(i -> "`" + names.get(i) + "`").toList()))
                        + ", plus `" + names.get(focus) + "` itself. Tasks that are not downstream keep their success "
                        + "state.\n\nAnswer: **" + answer + "**.";
                hints = List.of("Follow the dependency arrows forward from the cleared task, transitively.");
                difficulty = -0.6;
            }
        }
        String stem = "A pipeline DAG has these tasks:\n\n" + table + "\n" + question;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.1, difficulty));
    }

    /** Event-driven list scheduling on two workers; table order breaks ties. Returns the finish time. */
    private static int simulate(List<String> names, int[] duration, List<List<Integer>> upstream, List<String> log) {
        int n = names.size();
        int[] finish = new int[n];
        boolean[] started = new boolean[n];
        int[] workerFree = new int[2];
        int done = 0;
        int clock = 0;
        while (done < n) {
            for (int w = 0; w < 2; w++) {
                if (workerFree[w] > clock) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    if (!started[i] && ready(i, upstream, started, finish, clock)) {
                        started[i] = true;
                        finish[i] = clock + duration[i];
                        workerFree[w] = finish[i];
                        done++;
                        log.add("- worker " + (w + 1) + ": `" + names.get(i) + "` " + clock + " to " + finish[i]);
                        break;
                    }
                }
            }
            int next = Integer.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (started[i] && finish[i] > clock) {
                    next = Math.min(next, finish[i]);
                }
            }
            if (next == Integer.MAX_VALUE) {
                break;
            }
            clock = next;
        }
        int end = 0;
        for (int f : finish) {
            end = Math.max(end, f);
        }
        return end;
    }

    private static boolean ready(int i, List<List<Integer>> upstream, boolean[] started, int[] finish, int clock) {
        for (int u : upstream.get(i)) {
            if (!started[u] || finish[u] > clock) {
                return false;
            }
        }
        return true;
    }

    /** A random task that at least one other task depends on. */
    private static int withDownstream(Random random, List<List<Integer>> upstream) {
        List<Integer> parents = new ArrayList<>();
        for (List<Integer> ups : upstream) {
            for (int u : ups) {
                if (!parents.contains(u)) {
                    parents.add(u);
                }
            }
        }
        parents.sort(null);
        return RandomDraw.pick(random, parents);
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
