package org.mlready.practice.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlready.progress.KnowledgeTracing;

class ReviewSchedulerTests {

    private static final Instant MONDAY_NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final ReviewScheduler scheduler = new ReviewScheduler(KnowledgeTracing.DEFAULT, ZoneOffset.UTC);

    private static ReviewAnswer right(Instant at) {
        return new ReviewAnswer(at, true, 0, false, 0);
    }

    private static ReviewAnswer wrong(Instant at) {
        return new ReviewAnswer(at, false, 0, false, 0);
    }

    private static Instant day(int days) {
        return MONDAY_NINE.plus(Duration.ofDays(days));
    }

    /** Three right answers master a skill: by hand, 0.2 -> 0.600 -> 0.890 -> 0.977 with guess 0.2, learn 0.15, slip 0.1. */
    private static List<ReviewAnswer> mastered(Instant at) {
        return new ArrayList<>(List.of(right(at), right(at.plusSeconds(60)), right(at.plusSeconds(120))));
    }

    @Test
    void aSkillNotYetMasteredIsNotInReview() {
        assertThat(scheduler.schedule(List.of())).isEmpty();
        assertThat(scheduler.schedule(List.of(right(MONDAY_NINE), right(MONDAY_NINE.plusSeconds(60))))).isEmpty();
        assertThat(scheduler.schedule(List.of(right(MONDAY_NINE), wrong(day(1)), right(day(2)), wrong(day(3))))).isEmpty();
    }

    @Test
    void theAnswerThatReachesTheMasteryThresholdEntersReviewDueTheNextDay() {
        SkillReview review = scheduler.schedule(mastered(MONDAY_NINE)).orElseThrow();
        assertThat(review.masteredAt()).isEqualTo(MONDAY_NINE.plusSeconds(120));
        assertThat(review.successes()).isZero();
        assertThat(review.intervalDays()).isEqualTo(1);
        assertThat(review.dueOn()).isEqualTo(MONDAY.plusDays(1));
        assertThat(review.dueBy(MONDAY)).isFalse();
        assertThat(review.dueBy(MONDAY.plusDays(1))).isTrue();
    }

    @Test
    void correctAnswersReachedWithEveryHintAreNoEvidenceOfMastery() {
        List<ReviewAnswer> helped = List.of(new ReviewAnswer(day(0), true, 2, true, 0), new ReviewAnswer(day(0).plusSeconds(1), true, 2, true, 0),
                new ReviewAnswer(day(0).plusSeconds(2), true, 2, true, 0));
        assertThat(scheduler.schedule(helped)).isEmpty();
    }

    @Test
    void successfulReviewsOnTheDueDayFollowTheDocumentedIntervals() {
        List<ReviewAnswer> answers = mastered(MONDAY_NINE);
        LocalDate due = MONDAY.plusDays(1);
        List<Integer> gaps = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(right(due.atTime(10, 0).toInstant(ZoneOffset.UTC)));
            SkillReview review = scheduler.schedule(answers).orElseThrow();
            assertThat(review.successes()).isEqualTo(i + 1);
            assertThat(review.dueOn()).isEqualTo(due.plusDays(review.intervalDays()));
            gaps.add(review.intervalDays());
            due = review.dueOn();
        }
        assertThat(gaps).containsExactly(3, 7, 16, 35, 70, 140, 280, 365, 365, 365);
    }

    @Test
    void aLateReviewCountsFromTheDayItWasAnswered() {
        List<ReviewAnswer> answers = mastered(MONDAY_NINE);
        answers.add(right(day(10)));
        SkillReview review = scheduler.schedule(answers).orElseThrow();
        assertThat(review.successes()).isEqualTo(1);
        assertThat(review.scheduledOn()).isEqualTo(MONDAY.plusDays(10));
        assertThat(review.dueOn()).isEqualTo(MONDAY.plusDays(13));
    }

    @Test
    void aReviewAnsweredEarlyIsNotAStep() {
        List<ReviewAnswer> answers = mastered(MONDAY_NINE);
        answers.add(right(day(1)));
        SkillReview afterFirst = scheduler.schedule(answers).orElseThrow();
        answers.add(right(day(2)));
        answers.add(right(day(3)));
        assertThat(scheduler.schedule(answers)).contains(afterFirst);
        assertThat(afterFirst.dueOn()).isEqualTo(MONDAY.plusDays(4));
        assertThat(scheduler.schedule(List.of(right(MONDAY_NINE), right(MONDAY_NINE.plusSeconds(60)), right(MONDAY_NINE.plusSeconds(120)),
                right(MONDAY_NINE.plusSeconds(3600))))).as("same day as mastering").contains(scheduler.schedule(mastered(MONDAY_NINE)).orElseThrow());
    }

    @Test
    void aWrongAnswerSendsTheSkillBackToTheShortestInterval() {
        List<ReviewAnswer> answers = mastered(MONDAY_NINE);
        answers.add(right(day(1)));
        answers.add(right(day(4)));
        assertThat(scheduler.schedule(answers).orElseThrow().intervalDays()).isEqualTo(7);
        answers.add(wrong(day(11)));
        SkillReview review = scheduler.schedule(answers).orElseThrow();
        assertThat(review.successes()).isZero();
        assertThat(review.intervalDays()).isEqualTo(1);
        assertThat(review.dueOn()).isEqualTo(MONDAY.plusDays(12));
        assertThat(review.masteredAt()).as("still in review").isEqualTo(MONDAY_NINE.plusSeconds(120));
        answers.add(right(day(12)));
        assertThat(scheduler.schedule(answers).orElseThrow().intervalDays()).as("climbs again from the start").isEqualTo(3);
    }

    @Test
    void aWrongAnswerBeforeTheDueDayAlsoResets() {
        List<ReviewAnswer> answers = mastered(MONDAY_NINE);
        answers.add(right(day(1)));
        answers.add(wrong(day(2)));
        SkillReview review = scheduler.schedule(answers).orElseThrow();
        assertThat(review.successes()).isZero();
        assertThat(review.dueOn()).isEqualTo(MONDAY.plusDays(3));
    }

    @Test
    void aCorrectAnswerThatNeededAHintIsAFailedReview() {
        List<ReviewAnswer> answers = mastered(MONDAY_NINE);
        answers.add(right(day(1)));
        answers.add(new ReviewAnswer(day(4), true, 1, false, 0));
        SkillReview review = scheduler.schedule(answers).orElseThrow();
        assertThat(review.successes()).isZero();
        assertThat(review.intervalDays()).isEqualTo(1);
        assertThat(review.dueOn()).isEqualTo(MONDAY.plusDays(5));
    }

    @Test
    void daysAreCalendarDaysInTheGivenZone() {
        Instant lateEvening = Instant.parse("2026-03-02T23:30:00Z");
        List<ReviewAnswer> answers = mastered(lateEvening.minusSeconds(300));
        assertThat(scheduler.schedule(answers).orElseThrow().dueOn()).isEqualTo(MONDAY.plusDays(1));
        var berlin = new ReviewScheduler(KnowledgeTracing.DEFAULT, ZoneId.of("Europe/Berlin"));
        assertThat(berlin.schedule(answers).orElseThrow().dueOn()).as("already Tuesday in Berlin").isEqualTo(MONDAY.plusDays(2));
    }

    @Test
    void answersAreTakenInTimeOrderWhateverOrderTheyArrive() {
        List<ReviewAnswer> answers = mastered(MONDAY_NINE);
        answers.add(right(day(1)));
        answers.add(wrong(day(5)));
        List<ReviewAnswer> reversed = new ArrayList<>(answers);
        java.util.Collections.reverse(reversed);
        assertThat(scheduler.schedule(reversed)).isEqualTo(scheduler.schedule(answers));
    }

    @Test
    void intervalsRejectNegativeCounts() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> ReviewIntervals.afterSuccesses(-1));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReviewAnswer(MONDAY_NINE, true, -1, false, 0));
    }
}
