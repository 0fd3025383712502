package org.mlready.practice.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One readable practice answer on a skill, as the review schedule sees it.
 *
 * @param allHintsUsed whether the learner opened every hint the question had (knowledge tracing then treats a correct
 *                     answer as practice, not as evidence)
 * @param guessChance  the chance of answering correctly by guessing (the item's IRT {@code c})
 */
public record ReviewAnswer(Instant answeredAt, boolean correct, int hintsUsed, boolean allHintsUsed, double guessChance) {

    public ReviewAnswer {
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (hintsUsed < 0) {
            throw new IllegalArgumentException("hintsUsed must not be negative");
        }
        if (!(guessChance >= 0 && guessChance < 1)) {
            throw new IllegalArgumentException("guessChance must lie in [0, 1)");
        }
    }

    /** Recalled unaided: correct without opening any hint. Anything else fails a review. */
    public boolean recalled() {
        return correct && hintsUsed == 0;
    }
}
