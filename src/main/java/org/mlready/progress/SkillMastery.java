package org.mlready.progress;

/** A learner's current mastery estimate for one skill. */
public record SkillMastery(String skillId, double probability, int attempts, int correct) {

    public int percent() {
        return (int) Math.round(probability * 100);
    }

    public boolean mastered() {
        return probability >= KnowledgeTracing.MASTERED;
    }
}
