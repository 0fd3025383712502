package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.GeneratedItemFamily;

/** A generated maths family: the shared identity plus the draft builder its questions are written with. */
abstract class GeneratedFamily extends GeneratedItemFamily {

    GeneratedFamily(String id, String skillId, long distinctQuestions) {
        super(id, skillId, distinctQuestions);
    }

    ItemDraft draft(long seed) {
        return new ItemDraft(this, seed);
    }
}
