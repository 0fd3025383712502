package org.mlready.assessment.item.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the data back out of rendered stems, so tests check keys against what a learner actually sees. */
final class StemReading {

    private StemReading() {
    }

    /** The first match of {@code regex} (group 1) in the stem; fails the test if absent. */
    static String find(String stem, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(stem);
        if (!m.find()) {
            throw new AssertionError("pattern " + regex + " not found in stem:\n" + stem);
        }
        return m.group(1);
    }

    static List<String> findAll(String stem, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(stem);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Python tuple text such as "(3, 4)" or "(5,)" as a list of ints. */
    static List<Integer> tuple(String text) {
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
    static double[] numbers(String text) {
        String inner = text.trim().replaceAll("^\\[|\\]$", "");
        return Arrays.stream(inner.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
    }

    /** The numbers of the list assigned to {@code name}, e.g. {@code y = [1, 0, 1]}. */
    static double[] namedList(String stem, String name) {
        return numbers(find(stem, "(?m)^\\s*" + Pattern.quote(name) + "\\s*=\\s*(?:np\\.array\\()?(\\[[^\\]]*\\])"));
    }

    /** A matrix written as {@code name = np.array([[..], [..]])}. */
    static int[][] npMatrix(String stem, String name) {
        String body = find(stem, Pattern.quote(name) + " = np\\.array\\(\\[(.*?)\\]\\)");
        List<String> rows = findAll(body, "(\\[[^\\]]*\\])");
        int[][] out = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            out[i] = Arrays.stream(numbers(rows.get(i))).mapToInt(d -> (int) d).toArray();
        }
        return out;
    }

    /** Every Markdown table in the text, each as rows of trimmed cells (header first, separator dropped). */
    static List<List<List<String>>> tables(String text) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> current = null;
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.startsWith("|") && t.endsWith("|")) {
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

    static List<List<String>> firstTable(String text) {
        List<List<List<String>>> all = tables(text);
        if (all.isEmpty()) {
            throw new AssertionError("no table in:\n" + text);
        }
        return all.get(0);
    }

    /** The cells of one named column of a table (without the header). */
    static List<String> column(List<List<String>> table, String header) {
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

    static double[] numericColumn(List<List<String>> table, String header) {
        return column(table, header).stream().mapToDouble(Double::parseDouble).toArray();
    }
}
