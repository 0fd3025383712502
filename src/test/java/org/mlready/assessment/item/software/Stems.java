package org.mlready.assessment.item.software;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;

/** Reads data back out of rendered stems, so tests check keys against what a learner actually sees. */
final class Stems {

    private Stems() {
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

    /** The lines of every fenced block in the text with the given language, in order. */
    static List<List<String>> fences(String text, String language) {
        List<List<String>> out = new ArrayList<>();
        for (String body : findAll(text, "```" + language + "\n(.*?)\n```")) {
            out.add(List.of(body.split("\n")));
        }
        return out;
    }

    static double numeric(ItemInstance item) {
        return ((AnswerKey.Numeric) item.key()).value();
    }

    static List<String> correctTexts(ItemInstance item) {
        return item.choices().stream().filter(Choice::correct).map(Choice::text).toList();
    }
}
