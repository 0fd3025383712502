package org.mlready.practice.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.mlready.progress.KnowledgeTracing;

class ReviewSchedulePropertyTests {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private final ReviewScheduler scheduler = new ReviewScheduler(KnowledgeTracing.DEFAULT, ZoneOffset.UTC);

    private record Step(long minutesLater, boolean correct, int hints) {
    }

    /** Histories of practice on one skill: mostly right answers, hours to weeks apart, some with hints. */
    @Provide
    Arbitrary<List<ReviewAnswer>> histories() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.longs().between(0, 60L * 24 * 40),
                Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(1, 2)))
                .as(Step::new);
        return step.list().ofMaxSize(30).map(steps -> {
            List<ReviewAnswer> answers = new ArrayList<>();
            Instant at = START;
            for (Step s : steps) {
                at = at.plus(Duration.ofMinutes(s.minutesLater()));
                answers.add(new ReviewAnswer(at, s.correct(), s.hints(), s.hints() == 2, 0.25));
            }
            return answers;
        });
    }

    private static Instant last(List<ReviewAnswer> answers) {
        return answers.isEmpty() ? START : answers.get(answers.size() - 1).answeredAt();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    @Property
    void theIntervalTableNeverShrinks(@ForAll @IntRange(min = 0, max = 60) int successes) {
        assertThat(ReviewIntervals.afterSuccesses(successes + 1)).isGreaterThanOrEqualTo(ReviewIntervals.afterSuccesses(successes));
        assertThat(ReviewIntervals.afterSuccesses(successes)).isBetween(1, ReviewIntervals.MAX_DAYS);
    }

    @Property
    void aSuccessfulReviewNeverShortensTheInterval(@ForAll("histories") List<ReviewAnswer> history,
                                                   @ForAll @IntRange(min = 0, max = 30) int daysLate) {
        Optional<SkillReview> before = scheduler.schedule(history);
        if (before.isEmpty()) {
            return;
        }
        Instant onDue = before.get().dueOn().plusDays(daysLate).atTime(12, 0).toInstant(ZoneOffset.UTC);
        Instant at = onDue.isAfter(last(history)) ? onDue : last(history).plusSeconds(1);
        List<ReviewAnswer> more = new ArrayList<>(history);
        more.add(new ReviewAnswer(at, true, 0, false, 0.25));
        SkillReview after = scheduler.schedule(more).orElseThrow();
        assertThat(after.intervalDays()).isGreaterThanOrEqualTo(before.get().intervalDays());
        assertThat(after.successes()).isEqualTo(before.get().successes() + 1);
        assertThat(after.masteredAt()).isEqualTo(before.get().masteredAt());
    }

    @Property
    void aFailedReviewAlwaysResets(@ForAll("histories") List<ReviewAnswer> history,
                                   @ForAll @IntRange(min = 0, max = 60 * 24 * 60) int minutesLater,
                                   @ForAll boolean wrongRatherThanHinted) {
        Optional<SkillReview> before = scheduler.schedule(history);
        if (before.isEmpty()) {
            return;
        }
        Instant at = last(history).plus(Duration.ofMinutes(minutesLater));
        List<ReviewAnswer> more = new ArrayList<>(history);
        more.add(wrongRatherThanHinted ? new ReviewAnswer(at, false, 0, false, 0.25) : new ReviewAnswer(at, true, 1, false, 0.25));
        SkillReview after = scheduler.schedule(more).orElseThrow();
        assertThat(after.successes()).isZero();
        assertThat(after.intervalDays()).isEqualTo(ReviewIntervals.shortest());
        assertThat(after.dueOn()).isEqualTo(day(at).plusDays(ReviewIntervals.shortest()));
    }

    @Property
    void theDueDateIsAfterEveryAnswerSoFar(@ForAll("histories") List<ReviewAnswer> history) {
        Optional<SkillReview> schedule = scheduler.schedule(history);
        Statistics.collect(schedule.isPresent() ? "in review" : "not mastered");
        Statistics.coverage(coverage -> coverage.check("in review").percentage(p -> p > 30));
        schedule.ifPresent(review -> {
            assertThat(review.dueOn()).isAfter(day(last(history)));
            assertThat(review.dueOn()).isAfter(review.scheduledOn());
            assertThat(review.dueOn()).isEqualTo(review.scheduledOn().plusDays(review.intervalDays()));
            assertThat(review.scheduledOn()).isAfterOrEqualTo(day(review.masteredAt()));
        });
    }

    @Property
    void theScheduleIsAFunctionOfTheHistory(@ForAll("histories") List<ReviewAnswer> history) {
        List<ReviewAnswer> copy = List.copyOf(history);
        List<ReviewAnswer> shuffled = new ArrayList<>(history);
        java.util.Collections.shuffle(shuffled, new java.util.Random(history.size()));
        var other = new ReviewScheduler(KnowledgeTracing.DEFAULT, ZoneOffset.UTC);
        assertThat(other.schedule(copy)).isEqualTo(scheduler.schedule(history));
        if (history.stream().map(ReviewAnswer::answeredAt).distinct().count() == history.size()) {
            assertThat(scheduler.schedule(shuffled)).isEqualTo(scheduler.schedule(history));
        }
    }

    @Property
    void enteringReviewMatchesTheMasteryEstimatePracticeKeeps(@ForAll("histories") List<ReviewAnswer> history) {
        KnowledgeTracing model = KnowledgeTracing.DEFAULT;
        double estimate = model.initial();
        Instant crossed = null;
        for (ReviewAnswer a : history) {
            estimate = a.correct() && a.allHintsUsed() ? model.afterPractice(estimate) : model.update(estimate, a.correct(), a.guessChance());
            if (crossed == null && estimate >= KnowledgeTracing.MASTERED) {
                crossed = a.answeredAt();
            }
        }
        Instant expected = crossed;
        assertThat(scheduler.schedule(history).map(SkillReview::masteredAt).orElse(null)).isEqualTo(expected);
    }
}
