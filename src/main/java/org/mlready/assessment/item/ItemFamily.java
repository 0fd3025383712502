package org.mlready.assessment.item;

/**
 * A source of questions for one skill: a generator that builds a different well-posed question per seed, or an
 * authored item (one question, whatever the seed). Implementations are pure and deterministic: the same seed
 * always gives the same stem, key and solution.
 */
public interface ItemFamily {

    /** Stable, unique, kebab-case id, e.g. {@code dot-product}. */
    String id();

    /** The curriculum skill id this family exercises. */
    String skillId();

    /** A lower bound on the number of distinct questions this family can produce (1 for an authored item). */
    long distinctQuestions();

    ItemInstance generate(long seed);
}
