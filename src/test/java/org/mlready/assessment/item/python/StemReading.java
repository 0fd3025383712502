package org.mlready.assessment.item.python;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;

/** Reads values back out of rendered stems and keys, so tests check what a learner actually sees. */
final class StemReading {

    private StemReading() {
    }

    /** Group 1 of the first match of {@code regex}; fails the test if absent. */
    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        if (!m.find()) {
            throw new AssertionError("pattern " + regex + " not found in:\n" + text);
        }
        return m.group(1);
    }

    /** Every match of {@code regex}, each as its list of groups. */
    static List<List<String>> findAll(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL | Pattern.MULTILINE).matcher(text);
        List<List<String>> out = new ArrayList<>();
        while (m.find()) {
            List<String> groups = new ArrayList<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                groups.add(m.group(g));
            }
            out.add(groups);
        }
        return out;
    }

    /** The code of the first ```python fence. */
    static String code(String stem) {
        return find(stem, "```python\n(.*?)```");
    }

    static double number(ItemInstance item) {
        return ((AnswerKey.Numeric) item.key()).value();
    }

    static List<Double> vector(ItemInstance item) {
        return ((AnswerKey.Vector) item.key()).values();
    }

    static String correctText(ItemInstance item) {
        return item.choices().stream().filter(Choice::correct).findFirst().orElseThrow().text();
    }
}
