package org.mlready.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each stuck rule exactly at, just below and just past its boundary. */
class StuckRulesTests {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_3 = LocalDate.of(2026, 5, 3);

    private static TopicPractice practice(int answers, int correct, double mastery) {
        return new TopicPractice("big-data", "Big Data", answers, correct, MAY_1, MAY_3, mastery);
    }

    @Test
    void theThresholdsAreTheDocumentedOnes() {
        assertThat(StuckRules.PRACTICE_WINDOW_DAYS).isEqualTo(14);
        assertThat(StuckRules.MIN_RECENT_ANSWERS).isEqualTo(6);
        assertThat(StuckRules.LOW_MASTERY).isEqualTo(0.4);
        assertThat(StuckRules.INACTIVE_DAYS).isEqualTo(14);
    }

    @Test
    void topicNeedsSixAnswers() {
        assertThat(StuckRules.onTopic(practice(5, 0, 0.1))).isEmpty();
        assertThat(StuckRules.onTopic(practice(6, 0, 0.1))).isPresent();
    }

    @Test
    void topicNeedsMasteryBelowPointFour() {
        assertThat(StuckRules.onTopic(practice(9, 2, 0.4))).isEmpty();
        assertThat(StuckRules.onTopic(practice(9, 2, Math.nextDown(0.4)))).isPresent();
    }

    @Test
    void topicFlagCarriesCountsDatesAndMastery() {
        StuckFlag flag = StuckRules.onTopic(practice(8, 1, 0.3999)).orElseThrow();
        assertThat(flag.kind()).isEqualTo(StuckFlag.Kind.TOPIC);
        assertThat(flag.topicId()).isEqualTo("big-data");
        assertThat(flag.evidence()).isEqualTo(
                "8 practice answers in the last 14 days (2026-05-01 to 2026-05-03), 1 correct; mastery 39%, below 40%");
    }

    @Test
    void behindPlanOnlyWhenMoreThanAWeeksHours() {
        assertThat(StuckRules.behindPlan(10, 10)).isEmpty();
        StuckFlag flag = StuckRules.behindPlan(11, 10).orElseThrow();
        assertThat(flag.kind()).isEqualTo(StuckFlag.Kind.BEHIND_PLAN);
        assertThat(flag.evidence()).isEqualTo("behind the plan by 11 hours, more than its 10 hours a week");
        assertThat(StuckRules.behindPlan(0, 1)).isEmpty();
    }

    @Test
    void inactiveFromFourteenDays() {
        assertThat(StuckRules.inactive(MAY_1, true, MAY_1.plusDays(13))).isEmpty();
        StuckFlag flag = StuckRules.inactive(MAY_1, true, MAY_1.plusDays(14)).orElseThrow();
        assertThat(flag.kind()).isEqualTo(StuckFlag.Kind.INACTIVE);
        assertThat(flag.evidence()).isEqualTo("no activity since 2026-05-01 (14 days)");
        assertThat(StuckRules.inactive(MAY_1, false, MAY_1.plusDays(20)).orElseThrow().evidence())
                .isEqualTo("no activity since signing up on 2026-05-01 (20 days)");
    }

    @Test
    void percentRoundsDownSoJustBelowTheThresholdNeverReadsAsIt() {
        assertThat(StuckRules.percent(0.3999)).isEqualTo("39%");
        assertThat(StuckRules.percent(0.4)).isEqualTo("40%");
        assertThat(StuckRules.percent(0.07)).isEqualTo("7%");
    }

    @org.junit.jupiter.api.Test
    void aCheckpointFailedTwiceWithoutAPassIsStuck() {
        org.assertj.core.api.Assertions.assertThat(StuckRules.failedCheckpoint("linear-algebra", java.util.List.of("Linear Algebra"),
                java.util.List.of(40))).isEmpty();
        var flag = StuckRules.failedCheckpoint("linear-algebra", java.util.List.of("Linear Algebra", "Calculus"),
                java.util.List.of(40, 55)).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(flag.kind()).isEqualTo(StuckFlag.Kind.CHECKPOINT);
        org.assertj.core.api.Assertions.assertThat(flag.evidence())
                .isEqualTo("2 checkpoint attempts on Linear Algebra, Calculus without a pass: 40%, 55%");
    }
}
