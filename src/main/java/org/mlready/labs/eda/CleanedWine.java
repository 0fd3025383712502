package org.mlready.labs.eda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The cleaning steps the questions name, applied to a {@link WineCopy}. */
final class CleanedWine {

    private CleanedWine() {
    }

    /** A row of the copy: its numeric cells (null when missing) and its label as written. */
    record Row(List<Double> values, String cultivar) {

        Double value(int column) {
            return values.get(column);
        }
    }

    static List<Row> rows(WineCopy copy) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < copy.rows(); i++) {
            rows.add(new Row(Arrays.asList(copy.values().get(i).clone()), copy.cultivars().get(i)));
        }
        return rows;
    }

    /** Keeps the first occurrence of each exact row, as pandas {@code drop_duplicates()} does. */
    static List<Row> withoutDuplicates(List<Row> rows) {
        Set<Row> seen = new LinkedHashSet<>(rows);
        return new ArrayList<>(seen);
    }

    static List<Row> complete(List<Row> rows) {
        return rows.stream().filter(row -> row.values().stream().allMatch(Objects::nonNull)).toList();
    }

    static double[] present(List<Row> rows, int column) {
        return rows.stream().map(row -> row.value(column)).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .toArray();
    }

    /** Lower case without spaces, underscores or hyphens: "Class 0", " class_0" and "CLASS0" all give "class0". */
    static String normalise(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }
}
