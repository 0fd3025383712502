package org.mlready.labs.eda;

import java.util.List;
import java.util.Objects;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;

/** The answers to the findings questions, computed on a learner's copy. */
final class WineFindings {

    private final WineCopy copy;
    private final List<CleanedWine.Row> rows;
    private final List<CleanedWine.Row> deduplicated;

    WineFindings(WineCopy copy) {
        this.copy = copy;
        this.rows = CleanedWine.rows(copy);
        this.deduplicated = CleanedWine.withoutDuplicates(rows);
    }

    long missingCount(String column) {
        int index = column(column);
        return rows.stream().filter(row -> row.value(index) == null).count();
    }

    long missingCountAllColumns() {
        return rows.stream().flatMap(row -> row.values().stream()).filter(Objects::isNull).count();
    }

    long duplicateCount() {
        return rows.size() - deduplicated.size();
    }

    double medianAfterCleaning(String column) {
        return median(CleanedWine.present(deduplicated, column(column)));
    }

    double medianKeepingDuplicates(String column) {
        return median(CleanedWine.present(rows, column(column)));
    }

    /** The two column names, in file order. */
    List<String> strongestCorrelation() {
        List<CleanedWine.Row> complete = CleanedWine.complete(deduplicated);
        int width = copy.numericColumns().size();
        double[][] data = new double[complete.size()][width];
        for (int i = 0; i < complete.size(); i++) {
            for (int j = 0; j < width; j++) {
                data[i][j] = complete.get(i).value(j);
            }
        }
        RealMatrix correlations = new PearsonsCorrelation(data).getCorrelationMatrix();
        int bestA = 0;
        int bestB = 1;
        for (int a = 0; a < width; a++) {
            for (int b = a + 1; b < width; b++) {
                if (Math.abs(correlations.getEntry(a, b)) > Math.abs(correlations.getEntry(bestA, bestB))) {
                    bestA = a;
                    bestB = b;
                }
            }
        }
        return List.of(copy.numericColumns().get(bestA), copy.numericColumns().get(bestB));
    }

    long labelsAsWritten() {
        return rows.stream().map(CleanedWine.Row::cultivar).distinct().count();
    }

    long distinctCultivars() {
        return rows.stream().map(row -> CleanedWine.normalise(row.cultivar())).distinct().count();
    }

    long cultivarRows(String cultivar) {
        return countNormalised(deduplicated, cultivar);
    }

    long cultivarRowsKeepingDuplicates(String cultivar) {
        return countNormalised(rows, cultivar);
    }

    long cultivarRowsWrittenExactly(String cultivar) {
        return deduplicated.stream().filter(row -> row.cultivar().equals(cultivar)).count();
    }

    long iqrOutliers(String column) {
        return iqrOutliers(CleanedWine.present(deduplicated, column(column)));
    }

    long iqrOutliersKeepingDuplicates(String column) {
        return iqrOutliers(CleanedWine.present(rows, column(column)));
    }

    private static long iqrOutliers(double[] values) {
        Percentile quartiles = new Percentile().withEstimationType(EstimationType.R_7);
        quartiles.setData(values);
        double q1 = quartiles.evaluate(25);
        double q3 = quartiles.evaluate(75);
        double fence = 1.5 * (q3 - q1);
        return java.util.Arrays.stream(values).filter(v -> v < q1 - fence || v > q3 + fence).count();
    }

    private static double median(double[] values) {
        return new Percentile().withEstimationType(EstimationType.R_7).evaluate(values, 50);
    }

    private static long countNormalised(List<CleanedWine.Row> rows, String cultivar) {
        String wanted = CleanedWine.normalise(cultivar);
        return rows.stream().filter(row -> CleanedWine.normalise(row.cultivar()).equals(wanted)).count();
    }

    private int column(String name) {
        int index = copy.numericColumns().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        return index;
    }
}
