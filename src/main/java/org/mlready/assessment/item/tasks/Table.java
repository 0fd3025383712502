package org.mlready.assessment.item.tasks;

import java.util.List;

/** Renders a GitHub Markdown table from a header row and body rows of cell text. */
final class Table {

    private Table() {
    }

    static String render(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(row(header)).append('|');
        out.append(" --- |".repeat(header.size())).append('\n');
        for (List<String> cells : rows) {
            out.append(row(cells));
        }
        return out.toString();
    }

    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
