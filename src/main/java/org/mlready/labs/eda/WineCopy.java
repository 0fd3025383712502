package org.mlready.labs.eda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.mlready.assessment.item.SeededRandom;
import org.mlready.labs.dataset.CsvNumbers;
import org.mlready.labs.dataset.ShippedDataset;

/**
 * A learner's copy of the UCI Wine data with realistic defects: empty cells in three columns, a few gross outliers
 * (a slipped decimal point) in one column, inconsistently written cultivar labels, and exact duplicate rows.
 *
 * @param values     numeric cells by row then column, null where missing
 * @param cultivars  the cultivar label of each row as written
 */
public record WineCopy(List<String> numericColumns, List<Double[]> values, List<String> cultivars,
        List<String> missingColumns, String outlierColumn) {

    public static final String CULTIVAR = "cultivar";

    /** Columns whose values a slipped decimal point makes implausible (values well above 1). */
    private static final List<String> OUTLIER_CANDIDATES =
            List.of("alcalinity_of_ash", "magnesium", "color_intensity", "proline", "malic_acid");

    static WineCopy generate(long learnerSeed) {
        Random random = SeededRandom.of(learnerSeed);
        ShippedDataset wine = ShippedDataset.WINE;
        List<String> columns = wine.featureNames();
        List<Double[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < wine.rows(); i++) {
            rows.add(Arrays.stream(wine.features()[i]).boxed().toArray(Double[]::new));
            labels.add(misspell(wine.classes().get(i), random));
        }
        String outlierColumn = OUTLIER_CANDIDATES.get(random.nextInt(OUTLIER_CANDIDATES.size()));
        int outlierIndex = columns.indexOf(outlierColumn);
        for (int row : distinctRows(2 + random.nextInt(4), rows.size(), random)) {
            rows.get(row)[outlierIndex] = CsvNumbers.round(rows.get(row)[outlierIndex] * 10, 6);
        }
        List<String> candidates = new ArrayList<>(columns);
        candidates.remove(outlierColumn);
        List<String> missingColumns = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            String column = candidates.remove(random.nextInt(candidates.size()));
            missingColumns.add(column);
            for (int row : distinctRows(4 + random.nextInt(9), rows.size(), random)) {
                rows.get(row)[columns.indexOf(column)] = null;
            }
        }
        // Copies are inserted last so that they are exact copies, empty cells and label spelling included.
        List<Integer> sources = new ArrayList<>(distinctRows(3 + random.nextInt(6), rows.size(), random));
        List<Double[]> copies = sources.stream().map(source -> rows.get(source).clone()).toList();
        List<String> copiedLabels = sources.stream().map(labels::get).toList();
        for (int k = 0; k < copies.size(); k++) {
            int at = random.nextInt(rows.size() + 1);
            rows.add(at, copies.get(k));
            labels.add(at, copiedLabels.get(k));
        }
        return new WineCopy(columns, List.copyOf(rows), List.copyOf(labels), List.copyOf(missingColumns),
                outlierColumn);
    }

    /** Normalising a label (lower case, without spaces, underscores and hyphens) gives back {@code class0}. */
    private static String misspell(String label, Random random) {
        if (random.nextDouble() >= 0.25) {
            return label;
        }
        String digit = label.substring(label.length() - 1);
        List<String> variants = List.of("Class " + digit, label + " ", "CLASS_" + digit, "class" + digit,
                " " + label, "Class_" + digit);
        return variants.get(random.nextInt(variants.size()));
    }

    private static Set<Integer> distinctRows(int count, int rows, Random random) {
        Set<Integer> chosen = new HashSet<>();
        while (chosen.size() < count) {
            chosen.add(random.nextInt(rows));
        }
        return new TreeSet<>(chosen);
    }

    public int rows() {
        return values.size();
    }

    /** The CSV the learner downloads: numeric columns, then the cultivar; missing values are empty cells. */
    public String csv() {
        StringBuilder csv = new StringBuilder(String.join(",", numericColumns)).append(',').append(CULTIVAR).append('\n');
        for (int i = 0; i < values.size(); i++) {
            for (Double value : values.get(i)) {
                csv.append(value == null ? "" : CsvNumbers.format(value)).append(',');
            }
            // Labels with leading or trailing spaces are quoted so every CSV reader keeps the spaces.
            String label = cultivars.get(i);
            csv.append(label.strip().equals(label) ? label : '"' + label + '"').append('\n');
        }
        return csv.toString();
    }
}
