package org.mlready.assessment.item;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.math3.fraction.BigFraction;
import org.assertj.core.api.Assertions;

/**
 * Reads values back out of rendered stems, solutions and keys, so tests check keys against what a learner actually
 * sees rather than against the family's own helpers.
 */
public final class StemReading {

    private StemReading() {
    }

    /** Group 1 of the first match of {@code regex} (dot matches newlines); fails the test if absent. */
    public static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        if (!m.find()) {
            throw new AssertionError("pattern " + regex + " not found in:\n" + text);
        }
        return m.group(1);
    }

    /** Group 1 of every match of {@code regex} (dot matches newlines). */
    public static List<String> findAll(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Every match of {@code regex} (dot matches newlines, ^ and $ match at lines), each as its list of groups. */
    public static List<List<String>> findAllGroups(String text, String regex) {
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

    /** Group 1 of the first match as an int; thousands separators ({@code 12,000}) are allowed. */
    public static int integer(String text, String regex) {
        return Integer.parseInt(find(text, regex).replace(",", ""));
    }

    /** Group 1 of the first match as a long; thousands separators ({@code 12,000}) are allowed. */
    public static long number(String text, String regex) {
        return Long.parseLong(find(text, regex).replace(",", ""));
    }

    /** Group 1 of the first match, a decimal such as {@code 0.125}, as an exact fraction. */
    public static BigFraction fraction(String text, String regex) {
        BigDecimal decimal = new BigDecimal(find(text, regex));
        return new BigFraction(decimal.unscaledValue(), BigInteger.TEN.pow(Math.max(0, decimal.scale())));
    }

    /** Python tuple text such as "(3, 4)" or "(5,)" as a list of ints. */
    public static List<Integer> tuple(String text) {
        String inner = text.trim().replaceAll("^\\(|\\)$", "");
        List<Integer> out = new ArrayList<>();
        for (String part : inner.split(",")) {
            if (!part.isBlank()) {
                out.add(Integer.parseInt(part.trim()));
            }
        }
        return out;
    }

    /** Numbers in a bracketed list such as "[1, 2.5, -3]". */
    public static double[] numbers(String text) {
        String inner = text.trim().replaceAll("^\\[|\\]$", "");
        return Arrays.stream(inner.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
    }

    /** The numbers of the list assigned to {@code name}, e.g. {@code y = [1, 0, 1]}. */
    public static double[] namedList(String stem, String name) {
        return numbers(find(stem, "(?m)^\\s*" + Pattern.quote(name) + "\\s*=\\s*(?:np\\.array\\()?(\\[[^\\]]*\\])"));
    }

    /** A matrix written as {@code name = np.array([[..], [..]])}. */
    public static int[][] npMatrix(String stem, String name) {
        String body = find(stem, Pattern.quote(name) + " = np\\.array\\(\\[(.*?)\\]\\)");
        List<String> rows = findAll(body, "(\\[[^\\]]*\\])");
        int[][] out = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            out[i] = Arrays.stream(numbers(rows.get(i))).mapToInt(d -> (int) d).toArray();
        }
        return out;
    }

    /** The code of the first ```python fence. */
    public static String code(String stem) {
        return find(stem, "```python\n(.*?)```");
    }

    /** The lines of every fenced block in the text with the given language, in order. */
    public static List<List<String>> fences(String text, String language) {
        List<List<String>> out = new ArrayList<>();
        for (String body : findAll(text, "```" + language + "\n(.*?)\n```")) {
            out.add(List.of(body.split("\n")));
        }
        return out;
    }

    /** Every Markdown table in the text, each as rows of trimmed cells (header first, separator dropped). */
    public static List<List<List<String>>> tables(String text) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> current = null;
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.length() > 1 && t.startsWith("|") && t.endsWith("|")) {
                if (current == null) {
                    current = new ArrayList<>();
                    tables.add(current);
                }
                if (t.matches("\\|(\\s*:?-+:?\\s*\\|)+")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : t.substring(1, t.length() - 1).split("\\|", -1)) {
                    cells.add(cell.trim());
                }
                current.add(cells);
            } else {
                current = null;
            }
        }
        return tables;
    }

    /** The first Markdown table of the text (header first, separator dropped); fails the test if there is none. */
    public static List<List<String>> firstTable(String text) {
        List<List<List<String>>> all = tables(text);
        if (all.isEmpty()) {
            throw new AssertionError("no table in:\n" + text);
        }
        return all.get(0);
    }

    /** The cells of one named column of a table (without the header). */
    public static List<String> column(List<List<String>> table, String header) {
        int index = table.get(0).indexOf(header);
        if (index < 0) {
            throw new AssertionError("no column " + header + " in " + table.get(0));
        }
        List<String> out = new ArrayList<>();
        for (List<String> row : table.subList(1, table.size())) {
            out.add(row.get(index));
        }
        return out;
    }

    public static double[] numericColumn(List<List<String>> table, String header) {
        return column(table, header).stream().mapToDouble(Double::parseDouble).toArray();
    }

    public static double numericKey(ItemInstance item) {
        return ((AnswerKey.Numeric) item.key()).value();
    }

    public static List<Double> vectorKey(ItemInstance item) {
        return ((AnswerKey.Vector) item.key()).values();
    }

    /** The text of the one correct choice; fails the test if there is not exactly one. */
    public static String correctText(ItemInstance item) {
        List<String> texts = correctTexts(item);
        if (texts.size() != 1) {
            throw new AssertionError("expected one correct choice in " + item.id() + ", found " + texts);
        }
        return texts.get(0);
    }

    /** The texts of every correct choice, in choice order. */
    public static List<String> correctTexts(ItemInstance item) {
        return item.choices().stream().filter(Choice::correct).map(Choice::text).toList();
    }

    /** The key is a {@code decimals}-place number and the exact answer rounds to it. */
    public static void assertRounded(ItemInstance item, double exact, int decimals) {
        double key = numericKey(item);
        double scaled = key * Math.pow(10, decimals);
        Assertions.assertThat(Math.abs(scaled - Math.rint(scaled))).as(item.stem()).isLessThan(1e-6);
        Assertions.assertThat(Math.abs(key - exact)).as(item.stem() + "\nexact " + exact)
                .isLessThanOrEqualTo(0.5 * Math.pow(10, -decimals) + 1e-9);
    }
}
