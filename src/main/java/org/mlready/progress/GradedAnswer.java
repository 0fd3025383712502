package org.mlready.progress;

import java.time.Instant;
import java.util.Objects;

/**
 * One readable practice answer as knowledge tracing sees it: when, on which skill, right or wrong, whether it was
 * reached only with every hint, and the item's chance of a lucky guess.
 */
public record GradedAnswer(Instant answeredAt, String skillId, boolean correct, boolean helpedByHints, double guessChance) {

    public GradedAnswer {
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(skillId, "skillId");
    }

    /** The practice rule: an answer counts as helped when the learner opened every hint the item offers. */
    public static boolean helpedByHints(int hintsUsed, int hintsOffered) {
        return hintsUsed > 0 && hintsUsed >= hintsOffered;
    }
}
