package org.mlready.curriculum;

/** Topic {@code before} must be studied before topic {@code after}, for the stated reason. */
public record Prerequisite(String before, String after, String why) {
}
