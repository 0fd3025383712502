package org.mlready.assessment.item.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;

/** Reads data back out of rendered stems, so tests check keys against what a learner sees. */
final class Stems {

    private Stems() {
    }

    /** Group 1 of the first match of {@code regex}; fails the test if absent. */
    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        if (!m.find()) {
            throw new AssertionError("pattern " + regex + " not found in:\n" + text);
        }
        return m.group(1);
    }

    static List<String> findAll(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The first Markdown table of the text as rows of trimmed cells, header first, separator dropped. */
    static List<List<String>> firstTable(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.length() > 1 && t.startsWith("|") && t.endsWith("|")) {
                if (!t.matches("\\|(\\s*-+\\s*\\|)+")) {
                    List<String> cells = new ArrayList<>();
                    for (String cell : t.substring(1, t.length() - 1).split("\\|", -1)) {
                        cells.add(cell.trim());
                    }
                    rows.add(cells);
                }
            } else if (!rows.isEmpty()) {
                break;
            }
        }
        if (rows.isEmpty()) {
            throw new AssertionError("no table in:\n" + text);
        }
        return rows;
    }

    static double numeric(ItemInstance item) {
        return ((AnswerKey.Numeric) item.key()).value();
    }

    static String correctText(ItemInstance item) {
        return item.choices().stream().filter(Choice::correct).findFirst().orElseThrow().text();
    }
}
