package org.mlready.assessment.item.bigdata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;

/** Reads values back out of rendered stems, so tests check keys against what a learner sees. */
final class StemText {

    private StemText() {
    }

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

    static int integer(String text, String regex) {
        return Integer.parseInt(find(text, regex));
    }

    /** Rows of the first Markdown table, header first, separator dropped. */
    static List<List<String>> firstTable(String text) {
        List<List<String>> rows = new ArrayList<>();
        boolean started = false;
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.startsWith("|") && t.endsWith("|")) {
                started = true;
                if (!t.matches("\\|(\\s*-+\\s*\\|)+")) {
                    List<String> cells = new ArrayList<>();
                    for (String cell : t.substring(1, t.length() - 1).split("\\|", -1)) {
                        cells.add(cell.trim());
                    }
                    rows.add(cells);
                }
            } else if (started) {
                break;
            }
        }
        return rows;
    }

    static double number(ItemInstance item) {
        return ((AnswerKey.Numeric) item.key()).value();
    }

    static List<String> correctTexts(ItemInstance item) {
        return item.choices().stream().filter(Choice::correct).map(Choice::text).toList();
    }
}
