package org.mlready.assessment.item;

import java.util.Arrays;
import java.util.List;

/** Renders GitHub Markdown tables from cell text, for stems and solutions. */
public final class MarkdownTable {

    private MarkdownTable() {
    }

    /** A header row, its {@code ---} separator and the body rows, each line ending in a newline. */
    public static String render(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(row(header)).append('|');
        out.append(" --- |".repeat(header.size())).append('\n');
        for (List<String> cells : rows) {
            out.append(row(cells));
        }
        return out.toString();
    }

    /** One table line, ending in a newline, for tables built line by line. */
    public static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** One table line, ending in a newline, for tables built line by line. */
    public static String row(String... cells) {
        return row(Arrays.asList(cells));
    }
}
