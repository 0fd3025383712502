package org.mlready.assessment.item.research;

import java.util.List;

/** Renders a GitHub Markdown table from a header row and body rows of cell text. */
final class MarkdownTable {

    private MarkdownTable() {
    }

    static String render(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(line(header)).append('|');
        for (int i = 0; i < header.size(); i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append(line(row));
        }
        return out.toString();
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
