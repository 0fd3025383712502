package org.mlready.progress;

/**
 * Bayesian knowledge tracing: the probability that a learner has mastered a skill, updated after each answer.
 * A correct answer can come from mastery (1 - slip) or a guess; a wrong one from a slip or from not knowing.
 * After the evidence, the learner may learn the skill from the exercise itself with probability {@code learn}.
 */
public record KnowledgeTracing(double initial, double learn, double slip, double guess) {

    /** Parameters in the range the knowledge-tracing literature reports for practice items. */
    public static final KnowledgeTracing DEFAULT = new KnowledgeTracing(0.2, 0.15, 0.1, 0.2);

    /** The estimate above which a skill counts as mastered. */
    public static final double MASTERED = 0.95;

    public KnowledgeTracing {
        for (double p : new double[] {initial, learn, slip, guess}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probabilities must lie in [0, 1]");
            }
        }
        if (slip + guess >= 1) {
            throw new IllegalArgumentException("slip + guess must be below 1, or answers carry no evidence");
        }
    }

    /** The estimate after one answer; {@code guessChance} overrides the guess rate (e.g. 1/4 for four options). */
    public double update(double prior, boolean correct, double guessChance) {
        double g = Math.max(guess, guessChance);
        double posterior = correct
                ? prior * (1 - slip) / (prior * (1 - slip) + (1 - prior) * g)
                : prior * slip / (prior * slip + (1 - prior) * (1 - g));
        return afterPractice(posterior);
    }

    /**
     * The estimate after one practice answer: a correct answer reached only with every hint is practice without
     * evidence of knowledge; any other answer is evidence either way.
     */
    public double afterAnswer(double prior, boolean correct, boolean helpedByAllHints, double guessChance) {
        return correct && helpedByAllHints ? afterPractice(prior) : update(prior, correct, guessChance);
    }

    /** The estimate after practice that gave no evidence of knowledge (e.g. solved only with all hints). */
    public double afterPractice(double prior) {
        return prior + (1 - prior) * learn;
    }
}
