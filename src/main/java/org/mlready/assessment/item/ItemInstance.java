package org.mlready.assessment.item;

import java.util.List;

/**
 * One concrete question, fully determined by its family and seed. {@code stem} and {@code solution} are Markdown
 * with LaTeX between {@code $...$} (inline) or {@code $$...$$} (display), rendered with KaTeX.
 */
public record ItemInstance(String familyId, String skillId, long seed, String stem, ResponseType responseType,
                           AnswerKey key, String solution, List<String> hints, List<Choice> choices,
                           IrtParameters irt) {

    public ItemInstance {
        hints = List.copyOf(hints);
        choices = List.copyOf(choices);
    }

    /** The stable id of this question: family and seed. */
    public String id() {
        return familyId + "#" + seed;
    }
}
