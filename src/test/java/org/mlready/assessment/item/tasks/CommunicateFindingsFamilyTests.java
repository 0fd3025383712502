package org.mlready.assessment.item.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class CommunicateFindingsFamilyTests {

    @Test
    void riskSummariesMatchExactFractions() {
        RiskCommunicationFamily family = new RiskCommunicationFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            BigFraction control = new BigFraction(Integer.parseInt(table.get(1).get(2)),
                    Integer.parseInt(table.get(1).get(1)));
            BigFraction treatment = new BigFraction(Integer.parseInt(table.get(2).get(2)),
                    Integer.parseInt(table.get(2).get(1)));
            BigFraction reduction = control.subtract(treatment);
            assertThat(reduction.compareTo(BigFraction.ZERO)).isPositive();
            String stem = item.stem();
            if (stem.contains("percentage points")) {
                StemReading.assertRounded(item, reduction.multiply(100).doubleValue(), 1);
            } else if (stem.contains("**percent**")) {
                StemReading.assertRounded(item, reduction.divide(control).multiply(100).doubleValue(), 1);
            } else if (stem.contains("risk ratio")) {
                StemReading.assertRounded(item, treatment.divide(control).doubleValue(), 3);
            } else {
                BigFraction nnt = reduction.reciprocal();
                BigDecimal ceiling = nnt.bigDecimalValue(20, BigDecimal.ROUND_HALF_UP).setScale(0, RoundingMode.CEILING);
                assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(ceiling.doubleValue());
            }
        }
    }

    @Test
    void theAccurateSentenceStatesTheComputedChangeAndTheIntervalCorrectly() {
        AccurateStatementFamily family = new AccurateStatementFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            long n0 = Long.parseLong(table.get(1).get(1));
            long c0 = Long.parseLong(table.get(1).get(2));
            long n1 = Long.parseLong(table.get(2).get(1));
            long c1 = Long.parseLong(table.get(2).get(2));
            BigFraction p0 = new BigFraction(c0, n0);
            BigFraction p1 = new BigFraction(c1, n1);
            BigFraction points = p1.subtract(p0).multiply(100).abs();
            BigFraction relative = p1.subtract(p0).divide(p0).multiply(100).abs();
            double low = Double.parseDouble(StemReading.find(item.stem(), "interval for .*? is (-?[0-9.]+) to"));
            double high = Double.parseDouble(StemReading.find(item.stem(), " to (-?[0-9.]+) percentage points"));
            double se = Math.sqrt(p0.doubleValue() * (1 - p0.doubleValue()) / n0
                    + p1.doubleValue() * (1 - p1.doubleValue()) / n1);
            double diff = p1.subtract(p0).doubleValue();
            assertThat(low).isCloseTo(100 * (diff - 1.96 * se), org.assertj.core.data.Offset.offset(0.05 + 1e-9));
            assertThat(high).isCloseTo(100 * (diff + 1.96 * se), org.assertj.core.data.Offset.offset(0.05 + 1e-9));
            boolean significant = low > 0 || high < 0;
            String correct = StemReading.correctText(item);
            assertThat(correct).as(item.stem())
                    .contains((diff > 0 ? "rose" : "fell") + " from " + percent(p0, 1) + "% to " + percent(p1, 1) + "%")
                    .contains(points.bigDecimalValue(1, BigDecimal.ROUND_HALF_UP).toPlainString()
                            + " percentage points (" + relative.bigDecimalValue(0, BigDecimal.ROUND_HALF_UP)
                            .toPlainString() + "% relative)")
                    .endsWith(significant ? "excludes zero, so the change is statistically significant."
                            : "includes zero, so the change is not statistically significant.");
        }
    }

    private static String percent(BigFraction p, int decimals) {
        return p.multiply(100).bigDecimalValue(decimals, BigDecimal.ROUND_HALF_UP).toPlainString();
    }
}
