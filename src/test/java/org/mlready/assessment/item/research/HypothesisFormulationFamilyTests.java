package org.mlready.assessment.item.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class HypothesisFormulationFamilyTests {

    @Test
    void hypothesisPairFollowsTheVerbAndTheMetricPolarity() {
        HypothesisPairFamily family = new HypothesisPairFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String verb = StemReading.find(item.stem(), "\\*\\*(\\w+)\\*\\*");
            boolean higherBetter = item.stem().contains("(higher is better)");
            assertThat(higherBetter || item.stem().contains("(lower is better)")).isTrue();
            String expectedH1;
            if (verb.equals("changes")) {
                expectedH1 = "\\ne";
            } else {
                boolean wantsBetter = verb.equals("improves");
                boolean wantsWorse = verb.equals("degrades");
                boolean larger = wantsBetter ? higherBetter : wantsWorse ? !higherBetter : verb.equals("raises");
                assertThat(wantsBetter || wantsWorse || verb.equals("raises") || verb.equals("lowers")).as(verb)
                        .isTrue();
                expectedH1 = larger ? ">" : "<";
            }
            String correct = StemReading.correctText(item);
            assertThat(correct).as(item.stem()).startsWith("$H_0: \\mu_{new} = \\mu_{old}$")
                    .contains("H_1: \\mu_{new} " + expectedH1 + " \\mu_{old}");
        }
    }

    @Test
    void errorTypeFollowsTheDecisionAndTheTruth() {
        ErrorTypeFamily family = new ErrorTypeFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            BigDecimal alpha = new BigDecimal(StemReading.find(item.stem(), "\\\\alpha = ([0-9.]+)\\$"));
            BigDecimal p = new BigDecimal(StemReading.find(item.stem(), "\\$p = ([0-9.]+)\\$"));
            boolean real = item.stem().contains("**does** improve");
            assertThat(real || item.stem().contains("**no effect**")).isTrue();
            boolean reject = p.compareTo(alpha) < 0;
            String expected = reject ? (real ? "A correct rejection" : "A Type I error")
                    : (real ? "A Type II error" : "A correct failure to reject");
            assertThat(StemReading.correctText(item)).as(item.stem()).startsWith(expected);
        }
    }

    @Test
    void multipleComparisonRejectionsMatchTheDefinitionsByBruteForce() {
        MultipleComparisonsFamily family = new MultipleComparisonsFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            List<BigDecimal> ps = new ArrayList<>();
            for (List<String> row : table.subList(1, table.size())) {
                ps.add(new BigDecimal(row.get(1)));
            }
            int m = ps.size();
            assertThat(item.stem()).contains("$m = " + m + "$");
            boolean bh = item.stem().contains("Benjamini-Hochberg");
            BigDecimal level = new BigDecimal(StemReading.find(item.stem(), bh ? "\\$q = ([0-9.]+)\\$"
                    : "\\\\alpha = ([0-9.]+)\\$"));
            int expected = 0;
            for (BigDecimal p : ps) {
                if (bh) {
                    // Rejected when some p_j >= p has at least j p-values <= p_j, with p_j <= j q / m.
                    boolean rejected = false;
                    for (BigDecimal pj : ps) {
                        long rank = ps.stream().filter(x -> x.compareTo(pj) <= 0).count();
                        boolean passes = pj.multiply(BigDecimal.valueOf(m))
                                .compareTo(level.multiply(BigDecimal.valueOf(rank))) <= 0;
                        rejected |= passes && p.compareTo(pj) <= 0;
                    }
                    expected += rejected ? 1 : 0;
                } else {
                    expected += p.multiply(BigDecimal.valueOf(m)).compareTo(level) <= 0 ? 1 : 0;
                }
            }
            assertThat(StemReading.numericKey(item)).as(item.stem()).isEqualTo(expected);
        }
    }
}
