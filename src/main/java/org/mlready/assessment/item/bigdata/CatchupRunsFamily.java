package org.mlready.assessment.item.bigdata;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * How many runs Airflow 2's catchup creates between a DAG's start_date and the moment it is unpaused: one per data
 * interval that has ended, intervals of a cron schedule starting at the first tick at or after start_date, those of
 * a timedelta schedule at start_date itself.
 */
public final class CatchupRunsFamily extends GeneratedItemFamily {

    public CatchupRunsFamily() {
        super("airflow-catchup-runs", "pipeline-orchestration", 3000);
    }

    /** A schedule as written in the DAG, how it is described, and the span of days the question covers. */
    private record Schedule(String code, String meaning, int minDays, int maxDays) {
    }

    private static final List<Schedule> SCHEDULES = List.of(
            new Schedule("\"@daily\"", "every day at 00:00", 3, 40),
            new Schedule("\"@hourly\"", "every hour on the hour", 1, 3),
            new Schedule("\"0 */6 * * *\"", "at 00:00, 06:00, 12:00 and 18:00", 2, 10),
            new Schedule("\"30 2 * * *\"", "every day at 02:30", 3, 40),
            new Schedule("\"@weekly\"", "every Sunday at 00:00", 20, 80),
            new Schedule("\"0 9 * * 1-5\"", "Monday to Friday at 09:00", 5, 30),
            new Schedule("timedelta(hours=12)", "every 12 hours counted from start_date", 2, 12),
            new Schedule("timedelta(days=2)", "every 2 days counted from start_date", 6, 40));

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Schedule schedule = RandomDraw.pick(random, SCHEDULES);
        boolean aligned = random.nextBoolean();
        LocalDateTime start = LocalDateTime.of(2024, RandomDraw.between(random, 1, 11),
                RandomDraw.between(random, 1, 28),
                aligned ? 0 : RandomDraw.between(random, 1, 23), aligned ? 0 : 15 * RandomDraw.between(random, 0, 3));
        LocalDateTime now = start.plusDays(RandomDraw.between(random, schedule.minDays(), schedule.maxDays()))
                .plusMinutes(RandomDraw.between(random, 0, 24 * 60 - 1));
        String dagId = RandomDraw.pick(random, List.of("daily_features", "sales_rollup", "model_refresh",
                "ingest_events", "score_customers"));

        List<LocalDateTime> ticks = ticks(schedule, start, now);
        int runs = Math.max(0, ticks.size() - 1);
        boolean delta = schedule.code().startsWith("timedelta");
        String stem = "```python\nwith DAG(\n    dag_id=\"" + dagId + "\",\n    start_date=datetime(" + start.getYear()
                + ", " + start.getMonthValue() + ", " + start.getDayOfMonth() + ", " + start.getHour() + ", "
                + start.getMinute() + ", tzinfo=timezone.utc),\n    schedule=" + schedule.code()
                + ",\n    catchup=True,\n):\n    ...\n```\n\nThe DAG is deployed and unpaused for the first time at "
                + now.format(SHOWN) + " UTC (" + now.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) + "). In Airflow 2 a run is created for each data interval once the "
                + "interval has ended. How many DAG runs does catchup create for the intervals that have ended by "
                + "that moment (possibly over several scheduler loops)?";
        String first = ticks.isEmpty() ? "none" : ticks.get(0).format(SHOWN);
        String explainStart = delta
                ? "A timedelta schedule starts its first interval exactly at start_date, " + start.format(SHOWN) + "."
                : "A cron schedule (" + schedule.meaning() + ") starts its first interval at the first tick at or "
                + "after start_date: " + first + ".";
        String lastEnd = ticks.isEmpty() ? "" : " The last interval boundary before the unpause moment is "
                + ticks.get(ticks.size() - 1).format(SHOWN) + ".";
        String solution = explainStart + lastEnd + " The interval boundaries from the first start up to "
                + now.format(SHOWN) + " number " + ticks.size() + ", and consecutive boundaries delimit one interval "
                + "each, so $" + ticks.size() + " - 1 = " + runs + "$ intervals have ended"
                + (ticks.size() <= 6 ? " (" + String.join(", ", ticks.stream().map(t -> t.format(SHOWN)).toList())
                + ")" : "") + ". The interval that is still open gets its run only after it ends.\n\nAnswer: **"
                + runs + "**.";
        List<String> hints = List.of(delta ? "With a timedelta schedule the intervals are counted from start_date "
                        + "itself." : "Find the first schedule tick at or after start_date; intervals run tick to tick.",
                "A run exists only for intervals whose end is not after the unpause moment.");
        double difficulty = (delta ? -0.1 : 0.2) + (aligned ? -0.3 : 0.3)
                + (schedule.code().contains("1-5") || schedule.code().contains("weekly") ? 0.4 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(runs), solution,
                hints, List.of(), ItemIrt.free(1.1, difficulty));
    }

    /** The interval boundaries in [first tick at or after start, now]. */
    private static List<LocalDateTime> ticks(Schedule schedule, LocalDateTime start, LocalDateTime now) {
        List<LocalDateTime> out = new ArrayList<>();
        String code = schedule.code();
        if (code.startsWith("timedelta")) {
            Duration step = code.contains("hours") ? Duration.ofHours(12) : Duration.ofDays(2);
            for (LocalDateTime t = start; !t.isAfter(now); t = t.plus(step)) {
                out.add(t);
            }
            return out;
        }
        // Every tick of these schedules falls on a whole half hour, so stepping by 30 minutes finds them all.
        LocalDateTime t = start.withMinute(start.getMinute() < 30 ? 0 : 30);
        for (; !t.isAfter(now); t = t.plusMinutes(30)) {
            if (!t.isBefore(start) && isTick(code, t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isTick(String code, LocalDateTime t) {
        int h = t.getHour();
        int m = t.getMinute();
        if (code.equals("\"@daily\"")) {
            return h == 0 && m == 0;
        }
        if (code.equals("\"@hourly\"")) {
            return m == 0;
        }
        if (code.equals("\"0 */6 * * *\"")) {
            return m == 0 && h % 6 == 0;
        }
        if (code.equals("\"30 2 * * *\"")) {
            return h == 2 && m == 30;
        }
        if (code.equals("\"@weekly\"")) {
            return h == 0 && m == 0 && t.getDayOfWeek() == DayOfWeek.SUNDAY;
        }
        return h == 9 && m == 0 && t.getDayOfWeek().getValue() <= 5;
    }
}
