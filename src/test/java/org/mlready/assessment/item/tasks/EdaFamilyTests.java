package org.mlready.assessment.item.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class EdaFamilyTests {

    @Test
    void strongestCorrelationIsTheLargestAbsolutePearsonR() {
        StrongestCorrelationFamily family = new StrongestCorrelationFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            int rows = table.size() - 1;
            double[][] data = new double[rows][4];
            for (int i = 0; i < rows; i++) {
                for (int c = 0; c < 4; c++) {
                    data[i][c] = Double.parseDouble(table.get(i + 1).get(c));
                }
            }
            double[][] r = new PearsonsCorrelation(data).getCorrelationMatrix().getData();
            int bestA = 0;
            int bestB = 1;
            for (int a = 0; a < 4; a++) {
                for (int b = a + 1; b < 4; b++) {
                    if (Math.abs(r[a][b]) > Math.abs(r[bestA][bestB])) {
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            assertThat(StemReading.correctText(item)).as(item.stem())
                    .isEqualTo("`" + table.get(0).get(bestA) + "` and `" + table.get(0).get(bestB) + "`");
            assertThat(item.choices()).hasSize(4);
        }
    }

    @Test
    void cleaningAnswersMatchABruteForceCleaning() {
        CleanThenSummariseFamily family = new CleanThenSummariseFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            List<String> header = table.get(0);
            List<List<String>> rows = table.subList(1, table.size());
            List<List<String>> clean = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                boolean repeat = false;
                for (int j = 0; j < i; j++) {
                    repeat |= rows.get(j).equals(rows.get(i));
                }
                if (!repeat && !rows.get(i).contains("")) {
                    clean.add(rows.get(i));
                }
            }
            double key = StemReading.numericKey(item);
            if (item.stem().contains("isna().mean()")) {
                int column = header.indexOf(StemReading.find(item.stem(), "df\\[\"(\\w+)\"\\]\\.isna"));
                long missing = rows.stream().filter(r -> r.get(column).isEmpty()).count();
                StemReading.assertRounded(item, BigDecimal.valueOf(missing * 100)
                        .divide(BigDecimal.valueOf(rows.size()), MathContext.DECIMAL64).doubleValue(), 1);
            } else if (item.stem().contains("How many rows")) {
                assertThat(key).as(item.stem()).isEqualTo(clean.size());
            } else {
                String category = StemReading.find(item.stem(), "groupby\\(\"(\\w+)\"\\)");
                String amount = StemReading.find(item.stem(), "\\)\\[\"(\\w+)\"\\]\\.mean");
                String first = StemReading.find(item.stem(), "diff = m\\[\"(\\w+)\"\\]");
                String second = StemReading.find(item.stem(), "\\] - m\\[\"(\\w+)\"\\]");
                BigDecimal expected = groupMean(clean, header, category, amount, first)
                        .subtract(groupMean(clean, header, category, amount, second));
                StemReading.assertRounded(item, expected.doubleValue(), 2);
            }
        }
    }

    private static BigDecimal groupMean(List<List<String>> clean, List<String> header, String category,
                                        String amount, String level) {
        int c = header.indexOf(category);
        int a = header.indexOf(amount);
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (List<String> row : clean) {
            if (row.get(c).equals(level)) {
                sum = sum.add(new BigDecimal(row.get(a)));
                count++;
            }
        }
        assertThat(count).isPositive();
        return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64);
    }
}
