package org.mlready.cohorts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * When a cohort member counts as stuck. Three rules, each giving its evidence:
 * <ul>
 *   <li>on a topic: at least {@value #MIN_RECENT_ANSWERS} readable practice answers on the topic's skills in the last
 *   {@value #PRACTICE_WINDOW_DAYS} days, and the mean knowledge-tracing mastery of the skills they were on still
 *   below {@value #LOW_MASTERY} (practising without it sinking in);</li>
 *   <li>behind the plan by more hours than the plan's weekly hours (more than a week behind);</li>
 *   <li>inactive: nothing done (answer, resource, topic, rating, lab) for {@value #INACTIVE_DAYS} days or more,
 *   counting from sign-up for someone who never did anything;</li>
 *   <li>a checkpoint quiz on the same topics failed {@value #CHECKPOINT_FAILURES} times or more and not passed
 *   since.</li>
 * </ul>
 */
public final class StuckRules {

    public static final int PRACTICE_WINDOW_DAYS = 14;
    public static final int MIN_RECENT_ANSWERS = 6;
    public static final double LOW_MASTERY = 0.4;
    public static final int INACTIVE_DAYS = 14;
    public static final int CHECKPOINT_FAILURES = 2;

    private StuckRules() {
    }

    public static Optional<StuckFlag> onTopic(TopicPractice practice) {
        if (practice.answers() < MIN_RECENT_ANSWERS || practice.mastery() >= LOW_MASTERY) {
            return Optional.empty();
        }
        String evidence = practice.answers() + " practice answers in the last " + PRACTICE_WINDOW_DAYS + " days ("
                + practice.firstDay() + " to " + practice.lastDay() + "), " + practice.correct() + " correct; mastery "
                + percent(practice.mastery()) + ", below " + percent(LOW_MASTERY);
        return Optional.of(new StuckFlag(StuckFlag.Kind.TOPIC, practice.topicId(), practice.topicTitle(), evidence));
    }

    public static Optional<StuckFlag> behindPlan(int hoursBehind, int hoursPerWeek) {
        if (hoursBehind <= hoursPerWeek) {
            return Optional.empty();
        }
        return Optional.of(new StuckFlag(StuckFlag.Kind.BEHIND_PLAN, null, null, "behind the plan by " + hoursBehind
                + " hours, more than its " + hoursPerWeek + " hours a week"));
    }

    /** {@code lastActive} is the day of the latest activity, or of sign-up if there was none. */
    public static Optional<StuckFlag> inactive(LocalDate lastActive, boolean everActive, LocalDate today) {
        long days = ChronoUnit.DAYS.between(lastActive, today);
        if (days < INACTIVE_DAYS) {
            return Optional.empty();
        }
        String since = everActive ? "no activity since " + lastActive : "no activity since signing up on " + lastActive;
        return Optional.of(new StuckFlag(StuckFlag.Kind.INACTIVE, null, null, since + " (" + days + " days)"));
    }

    /**
     * @param topicTitles the quiz's topics
     * @param scores      the percentages of the failed attempts, oldest first (none passed since)
     */
    public static Optional<StuckFlag> failedCheckpoint(String firstTopicId, java.util.List<String> topicTitles,
                                                      java.util.List<Integer> scores) {
        if (scores.size() < CHECKPOINT_FAILURES) {
            return Optional.empty();
        }
        String evidence = scores.size() + " checkpoint attempts on " + String.join(", ", topicTitles) + " without a pass: "
                + String.join(", ", scores.stream().map(s -> s + "%").toList());
        return Optional.of(new StuckFlag(StuckFlag.Kind.CHECKPOINT, firstTopicId, String.join(", ", topicTitles), evidence));
    }

    /** Rounded down, so a mastery just under the threshold never reads as equal to it. */
    static String percent(double probability) {
        return String.format(Locale.ROOT, "%d%%", (long) Math.floor(probability * 100 + 1e-9));
    }
}
