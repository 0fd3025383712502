package org.mlready.assessment.item.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;

class TechnicalWritingFamilyTests {

    @Test
    void meanAndStdAreRoundedToTheStdsLastSignificantPlace() {
        MeanStdReportingFamily family = new MeanStdReportingFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            BigDecimal mean = new BigDecimal(StemText.find(item.stem(), "mean `([0-9.]+)`"));
            BigDecimal std = new BigDecimal(StemText.find(item.stem(), "deviation `([0-9.]+)`"));
            int figures = Integer.parseInt(StemText.find(item.stem(), "\\*\\*(\\d) significant figure"));
            int exponent = (int) Math.floor(Math.log10(std.doubleValue()));
            int decimals = figures - 1 - exponent;
            BigDecimal stdRounded = std.setScale(decimals, RoundingMode.HALF_EVEN);
            // Rounding up can carry into a new leading digit (0.0096 -> 0.010): then one fewer place is significant.
            if (stdRounded.compareTo(BigDecimal.ONE.scaleByPowerOfTen(exponent + 1)) >= 0) {
                decimals--;
                stdRounded = stdRounded.setScale(decimals, RoundingMode.HALF_EVEN);
            }
            BigDecimal meanRounded = mean.setScale(decimals, RoundingMode.HALF_EVEN);
            assertThat(StemText.vector(item)).as(item.stem())
                    .containsExactly(meanRounded.doubleValue(), stdRounded.doubleValue());
        }
    }

    @Test
    void percentChangesMatchExactDecimalArithmetic() {
        PercentVsPointsFamily family = new PercentVsPointsFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            BigDecimal before = new BigDecimal(StemText.find(item.stem(), "went from ([0-9.]+)%"));
            BigDecimal after = new BigDecimal(StemText.find(item.stem(), "% to ([0-9.]+)%"));
            boolean rose = item.stem().contains(" rose by X");
            assertThat(rose).isEqualTo(after.compareTo(before) > 0);
            BigDecimal difference = after.subtract(before).abs();
            double expected = item.stem().contains("X percentage points") ? difference.doubleValue()
                    : difference.multiply(BigDecimal.valueOf(100)).divide(before, MathContext.DECIMAL64).doubleValue();
            assertThat(StemText.numeric(item)).as(item.stem()).isCloseTo(expected, within(0.05 + 1e-9));
        }
    }

    @Test
    void storageSizesMatchExactByteArithmetic() {
        StorageUnitFamily family = new StorageUnitFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String target = StemText.find(item.stem(), "lists sizes in (\\w+),");
            BigDecimal bytes;
            if (item.stem().matches("(?s).* is [0-9,]+ bytes\\..*")) {
                bytes = new BigDecimal(StemText.find(item.stem(), " is ([0-9,]+) bytes\\.").replace(",", ""));
            } else {
                BigDecimal amount = new BigDecimal(StemText.find(item.stem(), " is ([0-9.]+) "));
                String source = StemText.find(item.stem(), " is [0-9.]+ (\\w+) ");
                bytes = amount.multiply(bytesPer(source));
            }
            double expected = bytes.divide(bytesPer(target), MathContext.DECIMAL64).doubleValue();
            assertThat(StemText.numeric(item)).as(item.stem()).isCloseTo(expected, within(0.005 + 1e-9));
        }
    }

    private static BigDecimal bytesPer(String unit) {
        return switch (unit) {
            case "MB" -> BigDecimal.TEN.pow(6);
            case "GB" -> BigDecimal.TEN.pow(9);
            case "MiB" -> BigDecimal.valueOf(2).pow(20);
            case "GiB" -> BigDecimal.valueOf(2).pow(30);
            default -> throw new AssertionError(unit);
        };
    }
}
