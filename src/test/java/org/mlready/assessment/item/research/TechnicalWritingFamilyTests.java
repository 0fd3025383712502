package org.mlready.assessment.item.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import org.mlready.assessment.item.Choice;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class TechnicalWritingFamilyTests {

    @Test
    void meanAndStdAreRoundedToTheStdsLastSignificantPlace() {
        MeanStdReportingFamily family = new MeanStdReportingFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            BigDecimal mean = new BigDecimal(StemReading.find(item.stem(), "mean `([0-9.]+)`"));
            BigDecimal std = new BigDecimal(StemReading.find(item.stem(), "deviation `([0-9.]+)`"));
            int figures = Integer.parseInt(StemReading.find(item.stem(), "\\*\\*(\\d) significant figure"));
            int exponent = (int) Math.floor(Math.log10(std.doubleValue()));
            int decimals = figures - 1 - exponent;
            BigDecimal stdRounded = std.setScale(decimals, RoundingMode.HALF_EVEN);
            // Rounding up can carry into a new leading digit (0.0096 -> 0.010): then one fewer place is significant.
            if (stdRounded.compareTo(BigDecimal.ONE.scaleByPowerOfTen(exponent + 1)) >= 0) {
                decimals--;
                stdRounded = stdRounded.setScale(decimals, RoundingMode.HALF_EVEN);
            }
            BigDecimal meanRounded = mean.setScale(decimals, RoundingMode.HALF_EVEN);
            assertThat(StemReading.vectorKey(item)).as(item.stem())
                    .containsExactly(meanRounded.doubleValue(), stdRounded.doubleValue());
        }
    }

    @Test
    void percentChangesMatchExactDecimalArithmetic() {
        PercentVsPointsFamily family = new PercentVsPointsFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            BigDecimal before = new BigDecimal(StemReading.find(item.stem(), "went from ([0-9.]+)%"));
            BigDecimal after = new BigDecimal(StemReading.find(item.stem(), "% to ([0-9.]+)%"));
            boolean rose = item.stem().contains(" rose by X");
            assertThat(rose).isEqualTo(after.compareTo(before) > 0);
            BigDecimal difference = after.subtract(before).abs();
            double expected = item.stem().contains("X percentage points") ? difference.doubleValue()
                    : difference.multiply(BigDecimal.valueOf(100)).divide(before, MathContext.DECIMAL64).doubleValue();
            assertThat(StemReading.numericKey(item)).as(item.stem()).isCloseTo(expected, within(0.05 + 1e-9));
        }
    }

    @Test
    void storageSizesMatchExactByteArithmetic() {
        StorageUnitFamily family = new StorageUnitFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String target = StemReading.find(item.stem(), "lists sizes in (\\w+),");
            BigDecimal bytes;
            if (item.stem().matches("(?s).* is [0-9,]+ bytes\\..*")) {
                bytes = new BigDecimal(StemReading.find(item.stem(), " is ([0-9,]+) bytes\\.").replace(",", ""));
            } else {
                BigDecimal amount = new BigDecimal(StemReading.find(item.stem(), " is ([0-9.]+) "));
                String source = StemReading.find(item.stem(), " is [0-9.]+ (\\w+) ");
                bytes = amount.multiply(bytesPer(source));
            }
            double expected = bytes.divide(bytesPer(target), MathContext.DECIMAL64).doubleValue();
            assertThat(StemReading.numericKey(item)).as(item.stem()).isCloseTo(expected, within(0.005 + 1e-9));
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

    @Test
    void exactlyTheMarkedResultSentenceAgreesWithTheTable() {
        ResultSentenceFamily family = new ResultSentenceFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            BigDecimal accOld = new BigDecimal(table.get(1).get(1));
            BigDecimal accNew = new BigDecimal(table.get(2).get(1));
            BigDecimal latOld = new BigDecimal(table.get(1).get(2));
            BigDecimal latNew = new BigDecimal(table.get(2).get(2));
            for (Choice choice : item.choices()) {
                assertThat(sentenceIsTrue(choice.text(), accOld, accNew, latOld, latNew)).as(choice.text() + "\n"
                        + item.stem()).isEqualTo(choice.correct());
            }
        }
    }

    private static boolean sentenceIsTrue(String sentence, BigDecimal accOld, BigDecimal accNew, BigDecimal latOld,
                                          BigDecimal latNew) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal stated = new BigDecimal(StemReading.find(sentence, "by ([0-9.]+)"));
        if (sentence.startsWith("Accuracy")) {
            boolean quotesTable = sentence.endsWith("from " + accOld + "% to " + accNew + "%.");
            BigDecimal truth = sentence.contains("percentage points") ? accNew.subtract(accOld)
                    : relative(accNew.subtract(accOld), accOld);
            return quotesTable && stated.compareTo(truth) == 0;
        }
        if (sentence.startsWith("The error rate falls")) {
            BigDecimal errOld = hundred.subtract(accOld);
            return stated.compareTo(relative(errOld.subtract(hundred.subtract(accNew)), errOld)) == 0;
        }
        boolean saysRises = sentence.startsWith("p95 latency rises");
        assertThat(saysRises || sentence.startsWith("p95 latency falls")).as(sentence).isTrue();
        boolean rises = latNew.compareTo(latOld) > 0;
        return saysRises == rises && stated.compareTo(relative(latNew.subtract(latOld).abs(), latOld)) == 0;
    }

    /** 100 * part / whole to 1 decimal place. */
    private static BigDecimal relative(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
    }
}
