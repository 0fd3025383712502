package org.mlready.assessment.item.bigdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class OrchestrationFamilyTests {

    private record Dag(List<String> names, int[] duration, boolean[][] edge) {
    }

    private static Dag readDag(String stem) {
        List<List<String>> table = StemReading.firstTable(stem);
        int n = table.size() - 1;
        List<String> names = new ArrayList<>();
        for (List<String> row : table.subList(1, table.size())) {
            names.add(row.get(0).replace("`", ""));
        }
        int[] duration = new int[n];
        boolean[][] edge = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            List<String> row = table.get(i + 1);
            duration[i] = Integer.parseInt(row.get(1));
            if (!row.get(2).equals("none")) {
                for (String up : row.get(2).split(",")) {
                    edge[names.indexOf(up.trim().replace("`", ""))][i] = true;
                }
            }
        }
        return new Dag(names, duration, edge);
    }

    /** Longest duration-weighted path ending at task i, by plain recursion over every path (no memo). */
    private static int longestEndingAt(Dag dag, int i) {
        int best = 0;
        for (int u = 0; u < dag.names().size(); u++) {
            if (dag.edge()[u][i]) {
                best = Math.max(best, longestEndingAt(dag, u));
            }
        }
        return best + dag.duration()[i];
    }

    /** Minute-by-minute simulation of two workers taking ready tasks in table order. */
    private static int twoWorkerMakespan(Dag dag) {
        int n = dag.names().size();
        int[] remaining = dag.duration().clone();
        boolean[] running = new boolean[n];
        int minute = 0;
        while (true) {
            boolean allDone = true;
            for (int r : remaining) {
                allDone &= r == 0;
            }
            if (allDone) {
                return minute;
            }
            int busy = 0;
            for (boolean r : running) {
                busy += r ? 1 : 0;
            }
            for (int i = 0; i < n && busy < 2; i++) {
                if (!running[i] && remaining[i] > 0 && upstreamDone(dag, remaining, i)) {
                    running[i] = true;
                    busy++;
                }
            }
            for (int i = 0; i < n; i++) {
                if (running[i]) {
                    remaining[i]--;
                    if (remaining[i] == 0) {
                        running[i] = false;
                    }
                }
            }
            minute++;
        }
    }

    private static boolean upstreamDone(Dag dag, int[] remaining, int i) {
        for (int u = 0; u < remaining.length; u++) {
            if (dag.edge()[u][i] && remaining[u] > 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void dagAnswersMatchPathEnumerationSimulationAndClosure() {
        DagScheduleFamily family = new DagScheduleFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            Dag dag = readDag(stem);
            int n = dag.names().size();
            double expected;
            if (stem.contains("**2 workers**")) {
                expected = twoWorkerMakespan(dag);
            } else if (stem.contains("does the whole DAG finish")) {
                int end = 0;
                for (int i = 0; i < n; i++) {
                    end = Math.max(end, longestEndingAt(dag, i));
                }
                expected = end;
            } else if (stem.contains("start?")) {
                int task = dag.names().indexOf(StemReading.find(stem, "does `(\\w+)`\\s+start\\?"));
                expected = longestEndingAt(dag, task) - dag.duration()[task];
            } else {
                int task = dag.names().indexOf(StemReading.find(stem, "you clear `(\\w+)`"));
                boolean[][] reach = new boolean[n][n];
                for (int i = 0; i < n; i++) {
                    reach[i] = dag.edge()[i].clone();
                    reach[i][i] = true;
                }
                for (int k = 0; k < n; k++) {
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            reach[i][j] |= reach[i][k] && reach[k][j];
                        }
                    }
                }
                int count = 0;
                for (int j = 0; j < n; j++) {
                    count += reach[task][j] ? 1 : 0;
                }
                expected = count;
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(expected);
        }
    }

    /** Walks every minute from start_date to the unpause moment and matches it against the schedule. */
    @Test
    void catchupRunsMatchAMinuteByMinuteWalk() {
        CatchupRunsFamily family = new CatchupRunsFamily();
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        for (long seed = 0; seed < 1000; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            String[] parts = StemReading.find(stem, "start_date=datetime\\(([\\d, ]+), tzinfo").split(",\\s*");
            LocalDateTime start = LocalDateTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), Integer.parseInt(parts[4]));
            LocalDateTime now = LocalDateTime.parse(StemReading.find(stem, "first time at ([\\d-]+ [\\d:]+) UTC"), shown);
            String schedule = StemReading.find(stem, "schedule=(.*?),\\n");
            long expected;
            if (schedule.startsWith("timedelta")) {
                Duration step = schedule.equals("timedelta(hours=12)") ? Duration.ofHours(12) : Duration.ofDays(2);
                expected = Duration.between(start, now).toMinutes() / step.toMinutes();
            } else {
                String[] cron = switch (schedule) {
                    case "\"@daily\"" -> new String[] {"0", "0", "*"};
                    case "\"@hourly\"" -> new String[] {"0", "*", "*"};
                    case "\"@weekly\"" -> new String[] {"0", "0", "7"};
                    default -> {
                        String[] f = schedule.replace("\"", "").split(" ");
                        yield new String[] {f[0], f[1], f[4]};
                    }
                };
                long ticks = 0;
                for (LocalDateTime t = start; !t.isAfter(now); t = t.plusMinutes(1)) {
                    if (matches(cron, t)) {
                        ticks++;
                    }
                }
                expected = Math.max(0, ticks - 1);
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(expected);
        }
    }

    private static boolean matches(String[] cron, LocalDateTime t) {
        return field(cron[0], t.getMinute()) && field(cron[1], t.getHour()) && weekday(cron[2], t.getDayOfWeek());
    }

    private static boolean field(String spec, int value) {
        if (spec.equals("*")) {
            return true;
        }
        if (spec.startsWith("*/")) {
            return value % Integer.parseInt(spec.substring(2)) == 0;
        }
        return value == Integer.parseInt(spec);
    }

    private static boolean weekday(String spec, DayOfWeek day) {
        if (spec.equals("*")) {
            return true;
        }
        if (spec.equals("1-5")) {
            return day.getValue() >= 1 && day.getValue() <= 5;
        }
        return day.getValue() == Integer.parseInt(spec);
    }
}
