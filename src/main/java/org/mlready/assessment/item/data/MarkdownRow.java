package org.mlready.assessment.item.data;

/** One Markdown table row, for solutions that build a table line by line. */
final class MarkdownRow {

    private MarkdownRow() {
    }

    static String of(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
