package org.mlready.assessment.item.research;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;

/** Reads the values back out of rendered stems, so tests check keys against what a learner actually sees. */
final class StemText {

    private StemText() {
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

    /** The first Markdown table, header row first, separator row dropped, cells trimmed. */
    static List<List<String>> table(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (!t.startsWith("|")) {
                if (!rows.isEmpty()) {
                    break;
                }
                continue;
            }
            if (t.matches("\\|(\\s*-+\\s*\\|)+")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : t.substring(1, t.length() - 1).split("\\|")) {
                cells.add(cell.trim());
            }
            rows.add(cells);
        }
        return rows;
    }

    static double numeric(ItemInstance item) {
        return ((AnswerKey.Numeric) item.key()).value();
    }

    static List<Double> vector(ItemInstance item) {
        return ((AnswerKey.Vector) item.key()).values();
    }

    static String correctText(ItemInstance item) {
        List<String> texts = item.choices().stream().filter(Choice::correct).map(Choice::text).toList();
        if (texts.size() != 1) {
            throw new AssertionError("expected one correct choice in " + item.id());
        }
        return texts.get(0);
    }
}
