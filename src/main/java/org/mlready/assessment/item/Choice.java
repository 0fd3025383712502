package org.mlready.assessment.item;

/** One option of a choice item; {@code explanation} says why it is right or, for a wrong option, why it is wrong. */
public record Choice(String id, String text, boolean correct, String explanation) {
}
