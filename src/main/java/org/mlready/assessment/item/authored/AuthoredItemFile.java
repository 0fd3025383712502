package org.mlready.assessment.item.authored;

/** The text of one authored-item YAML file and the name its problems are reported under. */
public record AuthoredItemFile(String name, String text) {
}
