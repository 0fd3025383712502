package org.mlready.labs.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.StandardDeviation;
import org.mlready.assessment.item.SeededRandom;
import org.mlready.labs.dataset.CsvNumbers;
import org.mlready.labs.dataset.ShippedDataset;
import org.mlready.labs.upload.PngPlot;
import org.mlready.labs.upload.SummaryRow;
import org.mlready.labs.upload.SummaryTableCsv;

/**
 * Visualisation and summaries on the iris data. The learner uploads a summary table with header
 * {@code class,column,mean,std}: for each species and each of the three columns asked, the mean and the sample
 * standard deviation (divided by n - 1, pandas' default {@code ddof=1}). Graded within {@link #TOLERANCE}. Plots are
 * uploaded as PNG for an instructor to review ({@link #checkPlot(byte[])}).
 */
public final class SummaryLab {

    /** Absolute; three decimals are enough, and it still tells the sample from the population deviation. */
    public static final double TOLERANCE = 6e-4;

    private final ShippedDataset iris = ShippedDataset.IRIS;
    private final List<String> columns;
    private final List<String> classes;

    private SummaryLab(List<String> columns) {
        this.columns = List.copyOf(columns);
        this.classes = iris.classes().stream().distinct().toList();
    }

    /** Each learner summarises three of the four measurements, chosen from the seed. */
    public static SummaryLab forLearner(long learnerSeed) {
        Random random = SeededRandom.of(learnerSeed);
        List<String> columns = new ArrayList<>(ShippedDataset.IRIS.featureNames());
        columns.remove(random.nextInt(columns.size()));
        return new SummaryLab(columns);
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> classes() {
        return classes;
    }

    /** The iris data to download, with its {@code species} column. */
    public String csv() {
        StringBuilder csv = new StringBuilder(String.join(",", iris.featureNames())).append(",species\n");
        for (int i = 0; i < iris.rows(); i++) {
            for (double value : iris.features()[i]) {
                csv.append(CsvNumbers.format(value)).append(',');
            }
            csv.append(iris.classes().get(i)).append('\n');
        }
        return csv.toString();
    }

    /** The expected table: for instructors and tests. */
    public List<SummaryRow> expectedTable() {
        List<SummaryRow> table = new ArrayList<>();
        for (String className : classes) {
            for (String column : columns) {
                double[] values = values(className, column);
                table.add(new SummaryRow(0, className, column, new Mean().evaluate(values),
                        new StandardDeviation(true).evaluate(values)));
            }
        }
        return table;
    }

    /**
     * Grades an uploaded summary table.
     *
     * @throws org.mlready.labs.SubmissionRejected when the file is malformed (not an attempt)
     */
    public SummaryGrade grade(byte[] tableCsv) {
        Map<String, SummaryRow> submitted = SummaryTableCsv.read(tableCsv, classes, columns).stream()
                .collect(Collectors.toMap(row -> row.className() + "," + row.column(), Function.identity()));
        List<CellResult> cells = new ArrayList<>();
        for (SummaryRow expected : expectedTable()) {
            SummaryRow given = submitted.get(expected.className() + "," + expected.column());
            boolean meanCorrect = close(given.mean(), expected.mean());
            boolean stdCorrect = close(given.std(), expected.std());
            cells.add(new CellResult(expected.className(), expected.column(), meanCorrect, stdCorrect,
                    feedback(given, expected, meanCorrect, stdCorrect)));
        }
        return new SummaryGrade(cells);
    }

    /** @throws org.mlready.labs.SubmissionRejected when the upload is not an acceptable PNG */
    public PngPlot checkPlot(byte[] png) {
        return PngPlot.check(png);
    }

    private String feedback(SummaryRow given, SummaryRow expected, boolean meanCorrect, boolean stdCorrect) {
        if (meanCorrect && stdCorrect) {
            return "Correct.";
        }
        if (close(given.mean(), expected.std()) && close(given.std(), expected.mean())) {
            return "The mean and the standard deviation are swapped.";
        }
        double[] values = values(expected.className(), expected.column());
        if (meanCorrect && close(given.std(), new StandardDeviation(false).evaluate(values))) {
            return "That is the population standard deviation (divided by n); use the sample one (divided by n - 1).";
        }
        if (meanCorrect && close(given.std(), Math.pow(expected.std(), 2))) {
            return "That is the variance; take its square root.";
        }
        String what = !meanCorrect && !stdCorrect ? "mean and standard deviation are" : meanCorrect
                ? "standard deviation is" : "mean is";
        return "The " + what + " not those of " + expected.column() + " for " + expected.className() + ".";
    }

    private double[] values(String className, String column) {
        int feature = iris.featureNames().indexOf(column);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < iris.rows(); i++) {
            if (iris.classes().get(i).equals(className)) {
                values.add(iris.features()[i][feature]);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean close(double given, double expected) {
        return Math.abs(given - expected) <= TOLERANCE;
    }
}
