package org.mlready.assessment.item.authored;

/** One option as written in the file, before it is shuffled and given an id. */
public record AuthoredChoice(String text, boolean correct, String explanation) {
}
