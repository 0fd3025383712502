package org.mlready.curriculum;

/** The text of one content file and the name it is reported under. */
public record ContentFile(String name, String text) {
}
