package org.mlready.assessment.item;

/** The identity every question generator shares: its id, its skill and a lower bound on its distinct questions. */
public abstract class GeneratedItemFamily implements ItemFamily {

    private final String id;
    private final String skillId;
    private final long distinctQuestions;

    protected GeneratedItemFamily(String id, String skillId, long distinctQuestions) {
        this.id = id;
        this.skillId = skillId;
        this.distinctQuestions = distinctQuestions;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String skillId() {
        return skillId;
    }

    @Override
    public final long distinctQuestions() {
        return distinctQuestions;
    }

    @Override
    public String toString() {
        return id;
    }
}
