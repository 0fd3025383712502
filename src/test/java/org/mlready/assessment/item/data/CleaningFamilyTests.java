package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class CleaningFamilyTests {

    static double numeric(ItemInstance item) {
        return ((AnswerKey.Numeric) item.key()).value();
    }

    /** NumPy's default "linear" method is Hyndman and Fan type 7. */
    static double numpyPercentile(double[] values, double p) {
        return new Percentile().withEstimationType(EstimationType.R_7).evaluate(values, p);
    }

    @Test
    void missingCountsMatchCellScan() {
        MissingCountFamily family = new MissingCountFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            List<List<String>> rows = table.subList(1, table.size());
            int cols = table.get(0).size();
            if (item.key() instanceof AnswerKey.Vector vector) {
                for (int j = 0; j < cols; j++) {
                    int column = j;
                    long nan = rows.stream().filter(r -> r.get(column).equals("NaN")).count();
                    assertThat(vector.values().get(j)).isEqualTo((double) nan);
                }
                assertThat(vector.values()).hasSize(cols);
            } else {
                long anyNan = rows.stream().filter(r -> r.contains("NaN")).count();
                assertThat(numeric(item)).isEqualTo(anyNan);
            }
        }
    }

    @Test
    void dropnaCountMatchesRowRules() {
        DropnaRowsFamily family = new DropnaRowsFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            String call = StemReading.find(item.stem(), "`(df\\.dropna\\(.*?\\))`");
            int expected = 0;
            for (List<String> row : table.subList(1, table.size())) {
                long nan = row.stream().filter("NaN"::equals).count();
                boolean keep;
                if (call.equals("df.dropna()")) {
                    keep = nan == 0;
                } else if (call.contains("how=\"all\"")) {
                    keep = nan < row.size();
                } else if (call.contains("subset")) {
                    String col = StemReading.find(call, "\\[\"(\\w+)\"\\]");
                    keep = !row.get(table.get(0).indexOf(col)).equals("NaN");
                } else {
                    keep = row.size() - nan >= Integer.parseInt(StemReading.find(call, "thresh=(\\d)"));
                }
                expected += keep ? 1 : 0;
            }
            assertThat(numeric(item)).as(item.stem()).isEqualTo(expected);
        }
    }

    @Test
    void dropDuplicatesCountMatchesPairwiseComparison() {
        DropDuplicatesFamily family = new DropDuplicatesFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            List<List<String>> rows = table.subList(1, table.size());
            String call = StemReading.find(item.stem(), "`(df\\.drop_duplicates\\(.*?\\))`");
            int[] columns = call.contains("\"user\"") ? new int[] {0} : call.contains("\"page\"") ? new int[] {1}
                    : new int[] {0, 1};
            boolean keepNone = call.contains("keep=False");
            int expected = 0;
            for (int i = 0; i < rows.size(); i++) {
                int copiesBefore = 0;
                int copiesTotal = 0;
                for (int k = 0; k < rows.size(); k++) {
                    boolean same = true;
                    for (int c : columns) {
                        same &= rows.get(i).get(c).equals(rows.get(k).get(c));
                    }
                    if (same) {
                        copiesTotal++;
                        copiesBefore += k < i ? 1 : 0;
                    }
                }
                expected += keepNone ? (copiesTotal == 1 ? 1 : 0) : (copiesBefore == 0 ? 1 : 0);
            }
            assertThat(numeric(item)).as(item.stem()).isEqualTo(expected);
        }
    }

    @Test
    void iqrOutlierCountMatchesCommonsMathR7Quartiles() {
        IqrOutlierFamily family = new IqrOutlierFamily();
        int[] histogram = new int[13];
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            double[] values = Arrays.stream(StemReading.find(item.stem(), "\\$\\$(.*?)\\$\\$").split(",\\\\ "))
                    .mapToDouble(Double::parseDouble).toArray();
            double q1 = numpyPercentile(values, 25);
            double q3 = numpyPercentile(values, 75);
            double iqr = q3 - q1;
            long outliers = Arrays.stream(values).filter(v -> v < q1 - 1.5 * iqr || v > q3 + 1.5 * iqr).count();
            assertThat(numeric(item)).as(item.stem()).isEqualTo(outliers);
            histogram[(int) outliers]++;
        }
        assertThat(histogram[0]).isLessThan(1400);
        assertThat(histogram[1] + histogram[2]).isGreaterThan(400);
    }

    @Test
    void medianImputationMatchesCommonsMathMedian() {
        MedianImputationFamily family = new MedianImputationFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String[] cells = StemReading.find(item.stem(), "pd\\.Series\\(\\[(.*?)\\]\\)").split(",\\s*");
            List<Double> observed = new ArrayList<>();
            for (String c : cells) {
                if (!c.equals("np.nan")) {
                    observed.add(Double.parseDouble(c));
                }
            }
            double[] known = observed.stream().mapToDouble(Double::doubleValue).toArray();
            double median = numpyPercentile(known, 50);
            double[] filled = new double[cells.length];
            for (int i = 0, k = 0; i < cells.length; i++) {
                filled[i] = cells[i].equals("np.nan") ? median : known[k++];
            }
            String expr = StemReading.find(item.stem(), "What is `(.*?)`\\?");
            double expected = expr.equals("s.median()") ? median
                    : expr.endsWith(".sum()") ? Arrays.stream(filled).sum()
                    : new org.apache.commons.math3.stat.descriptive.moment.Mean().evaluate(filled);
            assertThat(numeric(item)).as(item.stem()).isCloseTo(expected, within(0.005 + 1e-9));
        }
    }

    @Test
    void dropDuplicateTablesActuallyContainDuplicates() {
        DropDuplicatesFamily family = new DropDuplicatesFamily();
        int withDuplicates = 0;
        for (long seed = 0; seed < 500; seed++) {
            List<List<String>> table = StemReading.firstTable(family.generate(seed).stem());
            Set<List<String>> distinct = new HashSet<>(table.subList(1, table.size()));
            withDuplicates += distinct.size() < table.size() - 1 ? 1 : 0;
        }
        assertThat(withDuplicates).isGreaterThan(350);
    }
}
