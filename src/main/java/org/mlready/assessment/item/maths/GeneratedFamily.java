package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.ItemFamily;

/** The identity part shared by every generated maths family: id, skill and a lower bound on distinct questions. */
abstract class GeneratedFamily implements ItemFamily {

    private final String id;
    private final String skillId;
    private final long distinctQuestions;

    GeneratedFamily(String id, String skillId, long distinctQuestions) {
        this.id = id;
        this.skillId = skillId;
        this.distinctQuestions = distinctQuestions;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String skillId() {
        return skillId;
    }

    @Override
    public long distinctQuestions() {
        return distinctQuestions;
    }

    ItemDraft draft(long seed) {
        return new ItemDraft(this, seed);
    }

    @Override
    public String toString() {
        return id;
    }
}
