package org.mlready.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * Knowledge tracing checked against an independent computation: the forward algorithm of the two-state hidden
 * Markov model (not known / known), summing over every hidden path explicitly.
 */
class KnowledgeTracingTests {

    private final KnowledgeTracing model = KnowledgeTracing.DEFAULT;

    /** P(known after the last answer | answers), by enumerating all 2^n hidden state sequences. */
    private static double bruteForce(KnowledgeTracing m, boolean[] answers) {
        int n = answers.length;
        double knownMass = 0;
        double total = 0;
        for (int path = 0; path < (1 << (n + 1)); path++) {
            double p = 1;
            boolean known = (path & 1) == 1;
            p *= known ? m.initial() : 1 - m.initial();
            boolean valid = true;
            for (int t = 0; t < n && valid; t++) {
                double correctChance = known ? 1 - m.slip() : m.guess();
                p *= answers[t] ? correctChance : 1 - correctChance;
                boolean next = ((path >> (t + 1)) & 1) == 1;
                if (known && !next) {
                    valid = false; // no forgetting
                } else if (!known) {
                    p *= next ? m.learn() : 1 - m.learn();
                }
                known = next;
            }
            if (!valid) {
                continue;
            }
            total += p;
            if (known) {
                knownMass += p;
            }
        }
        return knownMass / total;
    }

    @Test
    void agreesWithTheForwardAlgorithmOnRandomAnswerSequences() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(8);
            boolean[] answers = new boolean[n];
            double estimate = model.initial();
            for (int t = 0; t < n; t++) {
                answers[t] = random.nextBoolean();
                estimate = model.update(estimate, answers[t], 0);
            }
            assertThat(estimate).isCloseTo(bruteForce(model, answers), within(1e-12));
        }
    }

    @Test
    void reachesMasteryAfterAStreakOfCorrectAnswersButNotAfterOne() {
        double p = model.initial();
        p = model.update(p, true, 0);
        assertThat(p).isLessThan(KnowledgeTracing.MASTERED);
        for (int i = 0; i < 5; i++) {
            p = model.update(p, true, 0);
        }
        assertThat(p).isGreaterThanOrEqualTo(KnowledgeTracing.MASTERED);
    }

    @Test
    void aHigherGuessChanceMakesACorrectAnswerWeakerEvidence() {
        assertThat(model.update(0.3, true, 0.5)).isLessThan(model.update(0.3, true, 0));
    }

    @Property
    void staysAProbabilityAndMovesTheRightWay(@ForAll @DoubleRange(min = 0.01, max = 0.99) double prior) {
        double right = model.update(prior, true, 0);
        double wrong = model.update(prior, false, 0);
        assertThat(right).isBetween(0.0, 1.0);
        assertThat(wrong).isBetween(0.0, 1.0);
        assertThat(right).isGreaterThan(wrong);
        assertThat(model.afterPractice(prior)).isGreaterThanOrEqualTo(prior);
    }
}
