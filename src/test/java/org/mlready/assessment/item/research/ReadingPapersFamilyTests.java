package org.mlready.assessment.item.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class ReadingPapersFamilyTests {

    @Test
    void bestAverageRankIsFoundBySortingEachColumn() {
        AverageRankFamily family = new AverageRankFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            boolean lowerBetter = item.stem().contains("lower is better");
            int k = table.size() - 1;
            int d = table.get(0).size() - 1;
            int[] rankSums = new int[k];
            for (int j = 1; j <= d; j++) {
                final int column = j;
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    order.add(i);
                }
                Comparator<Integer> byScore = Comparator.comparingDouble(
                        i -> Double.parseDouble(table.get(i + 1).get(column)));
                order.sort(lowerBetter ? byScore : byScore.reversed());
                for (int position = 0; position < k; position++) {
                    rankSums[order.get(position)] += position + 1;
                }
            }
            int best = 0;
            for (int i = 1; i < k; i++) {
                best = rankSums[i] < rankSums[best] ? i : best;
            }
            for (int i = 0; i < k; i++) {
                if (i != best) {
                    assertThat(rankSums[i]).isGreaterThan(rankSums[best]);
                }
            }
            assertThat(StemReading.correctText(item)).as(item.stem()).isEqualTo(table.get(best + 1).get(0));
            assertThat(item.choices()).hasSize(k);
        }
    }

    @Test
    void relativeErrorReductionMatchesExactDecimalArithmetic() {
        RelativeErrorReductionFamily family = new RelativeErrorReductionFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            String dataset = StemReading.find(item.stem(), "error on (.+?) by X%");
            int column = table.get(0).indexOf(dataset);
            assertThat(column).isPositive();
            BigDecimal base = new BigDecimal(table.get(1).get(column));
            BigDecimal ours = new BigDecimal(table.get(2).get(column));
            if (item.stem().contains("gives accuracies")) {
                base = BigDecimal.valueOf(100).subtract(base);
                ours = BigDecimal.valueOf(100).subtract(ours);
            }
            double expected = base.subtract(ours).multiply(BigDecimal.valueOf(100))
                    .divide(base, MathContext.DECIMAL64).doubleValue();
            assertThat(expected).isPositive();
            assertThat(StemReading.numericKey(item)).as(item.stem()).isCloseTo(expected, within(0.05 + 1e-9));
        }
    }

    @Test
    void withinNoiseReadingComparesIntervalsWithTheHighestMeanBaseline() {
        WithinNoiseFamily family = new WithinNoiseFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            List<String> ours = table.get(table.size() - 1);
            assertThat(ours.get(0)).isEqualTo("**ours**");
            BigDecimal[] oursCell = cell(ours.get(1));
            String strongest = null;
            BigDecimal[] strongestCell = null;
            for (List<String> row : table.subList(1, table.size() - 1)) {
                BigDecimal[] value = cell(row.get(1));
                if (strongestCell == null || value[0].compareTo(strongestCell[0]) > 0) {
                    strongest = row.get(0);
                    strongestCell = value;
                }
            }
            boolean overlap = oursCell[0].subtract(oursCell[1])
                    .compareTo(strongestCell[0].add(strongestCell[1])) <= 0;
            String gain = oursCell[0].subtract(strongestCell[0]).toPlainString();
            String correct = StemReading.correctText(item);
            assertThat(correct).as(item.stem()).startsWith("The gain over " + strongest + " is " + gain + " points")
                    .contains(overlap ? "(the intervals overlap)" : "(the intervals do not overlap)");
        }
    }

    private static BigDecimal[] cell(String text) {
        String[] parts = text.split(" ± ");
        return new BigDecimal[] {new BigDecimal(parts[0]), new BigDecimal(parts[1])};
    }

    @Test
    void efficiencyClaimsAreMeasuredAgainstTheMostAccurateBaseline() {
        ComputeComparisonFamily family = new ComputeComparisonFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            List<String> ours = table.get(table.size() - 1);
            List<String> best = table.subList(1, table.size() - 1).stream()
                    .max(Comparator.comparing(row -> new BigDecimal(row.get(3)))).orElseThrow();
            BigDecimal expected;
            if (item.stem().contains("FLOPs\"")) {
                expected = new BigDecimal(best.get(2)).divide(new BigDecimal(ours.get(2)), MathContext.DECIMAL64);
            } else {
                BigDecimal baseline = new BigDecimal(best.get(1));
                expected = baseline.subtract(new BigDecimal(ours.get(1))).multiply(BigDecimal.valueOf(100))
                        .divide(baseline, MathContext.DECIMAL64);
            }
            assertThat(new BigDecimal(ours.get(3))).isGreaterThanOrEqualTo(new BigDecimal(best.get(3)));
            assertThat(StemReading.numericKey(item)).as(item.stem()).isCloseTo(expected.doubleValue(), within(0.05 + 1e-9));
        }
    }
}
