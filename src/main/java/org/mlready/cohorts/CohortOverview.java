package org.mlready.cohorts;

import java.time.LocalDate;
import java.util.List;

/**
 * Where every member of a cohort stands on {@code today}: progress, readiness and practice per topic, plan status,
 * last activity and the {@link StuckRules} flags with their evidence; and per topic, how many members are done with
 * it, have mastered it, or are stuck on it.
 */
public record CohortOverview(Cohort cohort, LocalDate today, List<AreaColumns> areas, List<MemberRow> members,
                             List<TopicSummary> topics) {

    public record AreaColumns(String areaId, String title, List<TopicColumn> topics) {
    }

    public record TopicColumn(String topicId, String title) {
    }

    /**
     * @param lastActivity the day of the latest activity of any kind, null if there was none
     * @param plan         null when the member has no study plan
     */
    public record MemberRow(long accountId, String displayName, String email, LocalDate joinedOn, LocalDate signedUp,
                            int percentComplete, int topicsDone, int topicsMastered, int topicsTotal, PlanSummary plan,
                            LocalDate lastActivity, ReadinessSummary readiness, List<TopicCell> topics,
                            List<StuckFlag> flags) {

        public boolean stuck() {
            return !flags.isEmpty();
        }
    }

    /** The planner's status: ON_TRACK, BEHIND or AHEAD by whole hours, against the plan's weekly hours. */
    public record PlanSummary(String state, int hours, String text, int hoursPerWeek, int currentWeek) {
    }

    /**
     * @param completedOn     the day the latest finished check ended, null if none was finished
     * @param openAnswers     answers so far in a check in progress, null if none is open
     */
    public record ReadinessSummary(Long completedCheckId, LocalDate completedOn, Long openCheckId, Integer openAnswers) {
    }

    /**
     * One member on one topic.
     *
     * @param percentDone      share of the topic's study hours done (100 once the topic is done)
     * @param readiness        MASTERED, NOT_YET or UNCERTAIN from the latest finished readiness check; null if none
     * @param practiceMastery  mean knowledge-tracing mastery of the topic's practised skills; null if none practised
     * @param recentAnswers    readable practice answers on the topic in the stuck rule's window
     * @param mastered         the latest readiness check found it mastered, or every skill of it is mastered in practice
     */
    public record TopicCell(String topicId, int percentDone, boolean done, String readiness, Double readinessProbability,
                            Double practiceMastery, int recentAnswers, boolean mastered, boolean stuck) {

        public Integer practicePercent() {
            return practiceMastery == null ? null : (int) Math.floor(practiceMastery * 100 + 1e-9);
        }
    }

    public record TopicSummary(String topicId, String title, String areaId, int done, int mastered, int stuck,
                               int practising) {
    }

    /** A member's flag, for the "who is stuck where" list. */
    public record StuckEntry(long accountId, String displayName, StuckFlag flag) {
    }

    public List<StuckEntry> stuck() {
        return members.stream().flatMap(m -> m.flags().stream().map(f -> new StuckEntry(m.accountId(), m.displayName(), f)))
                .toList();
    }
}
