package org.mlready.practice.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mlready.progress.KnowledgeTracing;

/**
 * Spaced review of mastered skills, computed from a learner's practice answers on one skill alone (nothing is stored):
 * <ul>
 *   <li>Knowledge tracing is replayed over the answers exactly as practice applies it; the answer that first lifts the
 *       estimate to {@link KnowledgeTracing#MASTERED} puts the skill into review, due {@link ReviewIntervals#shortest()}
 *       day later. Once in review, a skill stays in review.</li>
 *   <li>An answer on or after the due day that is correct without hints is a successful review: the next gap is the
 *       next step of {@link ReviewIntervals}, counted from the day of that answer.</li>
 *   <li>An answer that is wrong, or correct only with hints, is a failed review whenever it comes, even before the due
 *       day: the skill is slipping, so it goes back to the shortest gap from the day of that answer.</li>
 *   <li>A correct unaided answer before the due day changes nothing: early reviews do not count as a step.</li>
 * </ul>
 * Days are calendar days in the given time zone.
 */
public final class ReviewScheduler {

    private final KnowledgeTracing model;
    private final ZoneId zone;

    public ReviewScheduler(KnowledgeTracing model, ZoneId zone) {
        this.model = Objects.requireNonNull(model, "model");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The skill's review state after these answers (in any order; ties keep their order), or empty if never mastered. */
    public Optional<SkillReview> schedule(List<ReviewAnswer> answers) {
        List<ReviewAnswer> inOrder = answers.stream().sorted(Comparator.comparing(ReviewAnswer::answeredAt)).toList();
        double estimate = model.initial();
        SkillReview state = null;
        for (ReviewAnswer answer : inOrder) {
            LocalDate day = answer.answeredAt().atZone(zone).toLocalDate();
            if (state == null) {
                estimate = model.afterAnswer(estimate, answer.correct(), answer.allHintsUsed(), answer.guessChance());
                if (estimate >= KnowledgeTracing.MASTERED) {
                    state = step(answer, 0, day);
                }
            } else if (!answer.recalled()) {
                state = new SkillReview(state.masteredAt(), 0, day, ReviewIntervals.shortest(),
                        day.plusDays(ReviewIntervals.shortest()));
            } else if (state.dueBy(day)) {
                int successes = state.successes() + 1;
                int gap = ReviewIntervals.afterSuccesses(successes);
                state = new SkillReview(state.masteredAt(), successes, day, gap, day.plusDays(gap));
            }
        }
        return Optional.ofNullable(state);
    }

    private static SkillReview step(ReviewAnswer mastering, int successes, LocalDate day) {
        int gap = ReviewIntervals.afterSuccesses(successes);
        return new SkillReview(mastering.answeredAt(), successes, day, gap, day.plusDays(gap));
    }
}
