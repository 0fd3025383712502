package org.mlready.assessment.cat;

import java.util.Objects;

/** One answered question: the whole state of an adaptive test is the list of these, in order. */
public record RecordedAnswer(String itemId, Answer answer) {

    public RecordedAnswer {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(answer, "answer");
    }
}
