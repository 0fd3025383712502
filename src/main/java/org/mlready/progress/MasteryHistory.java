package org.mlready.progress;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * A learner's mastery over time, replayed from their practice answers (see {@link MasteryTimeline}).
 *
 * @param skills          the number of curriculum skills, the ceiling of {@code skillsMastered}
 * @param periods         consecutive periods from the one holding the first answer or check to the one holding
 *                        today; empty when the learner has neither answered nor finished a readiness check
 * @param readinessChecks finished readiness checks, oldest first
 * @param finalMastery    the replayed estimate of every practised skill after the last answer
 */
public record MasteryHistory(Granularity granularity, int skills, List<AreaInfo> areas, List<Period> periods,
                             List<CheckPoint> readinessChecks, Map<String, Double> finalMastery, int totalAnswers,
                             int totalCorrect) {

    /** Days for histories up to {@link MasteryTimeline#LONGEST_DAILY_SPAN_DAYS} days long, ISO weeks after that. */
    public enum Granularity {
        DAY(1), WEEK(7);

        private final int days;

        Granularity(int days) {
            this.days = days;
        }

        public int days() {
            return days;
        }

        LocalDate startOf(LocalDate day) {
            return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }

    /** @param practised whether the learner has answered a question on one of the area's skills */
    public record AreaInfo(String areaId, String title, int skills, boolean practised) {
    }

    /**
     * The state at the end of one period (UTC days, inclusive).
     *
     * @param answers                 graded practice answers given in the period
     * @param skillsMastered          skills at or above {@link KnowledgeTracing#MASTERED} at the period's end
     * @param areaMastery             mean estimate over each area's skills (unpractised ones at the prior), by area id
     * @param readinessTopicsMastered topics mastered in the last readiness check finished in the period, else null
     */
    public record Period(LocalDate start, LocalDate end, int answers, int correct, int skillsMastered,
                         Map<String, Double> areaMastery, Integer readinessTopicsMastered) {
    }

    /** A finished readiness check: when, and how many of its topics it decided were mastered. */
    public record CheckPoint(long checkId, Instant completedAt, int topicsMastered, int topics) {
    }

    /** True for a learner with no graded answer and no finished readiness check. */
    public boolean isEmpty() {
        return periods.isEmpty();
    }
}
