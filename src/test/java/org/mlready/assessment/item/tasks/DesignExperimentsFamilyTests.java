package org.mlready.assessment.item.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class DesignExperimentsFamilyTests {

    @Test
    void runCountsMatchEnumeratedDesigns() {
        ExperimentRunCountFamily family = new ExperimentRunCountFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            long configurations;
            long repeats = stem.contains("seeds") ? StemReading.integer(stem, "(\\d+) (?:random )?seeds") : 1;
            if (stem.contains("full factorial")) {
                configurations = 1;
                for (String levels : StemReading.findAll(stem, "(?m)^- [^:\n]+: ([^\n]*)$")) {
                    configurations *= levels.split(", ").length;
                }
            } else if (stem.contains("fractional factorial")) {
                int k = StemReading.integer(stem, "\\$2\\^\\{(\\d+)-");
                int p = StemReading.integer(stem, "\\$2\\^\\{\\d+-(\\d+)\\}");
                configurations = 1;
                for (int i = 0; i < k - p; i++) {
                    configurations *= 2;
                }
            } else {
                String list = StemReading.find(stem, "components: (.*?)\\. For an ablation");
                configurations = list.split(", ").length + 1;
                if (stem.contains("-fold")) {
                    repeats *= StemReading.integer(stem, "by (\\d+)-fold");
                }
            }
            long expected = configurations * repeats;
            if (stem.contains("GPU-hours does")) {
                expected *= StemReading.integer(stem, "takes (\\d+) GPU-hour");
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo((double) expected);
        }
    }

    @Test
    void multipleComparisonAnswersMatchExactArithmetic() {
        MultipleComparisonsFamily family = new MultipleComparisonsFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            int comparisons;
            if (stem.contains("every pair")) {
                int m = StemReading.integer(stem, "compare (\\d+) model variants");
                comparisons = 0;
                for (int i = 0; i < m; i++) {
                    for (int j = i + 1; j < m; j++) {
                        comparisons++;
                    }
                }
            } else {
                comparisons = StemReading.integer(stem, "compare (\\d+) new model variants");
            }
            BigDecimal alpha = new BigDecimal(StemReading.find(stem, "(0\\.0[15])"));
            BigDecimal level = alpha.divide(BigDecimal.valueOf(comparisons), MathContext.DECIMAL128);
            if (stem.contains("What significance level")) {
                StemReading.assertRounded(item, level.doubleValue(), 5);
            } else if (stem.contains("at least one false positive")) {
                BigDecimal none = BigDecimal.ONE.subtract(alpha).pow(comparisons, MathContext.DECIMAL128);
                StemReading.assertRounded(item, BigDecimal.ONE.subtract(none).doubleValue(), 4);
            } else {
                String list = StemReading.find(stem, "p-values are:\n\n(.*?)\n");
                long below = Arrays.stream(list.split(", ")).map(BigDecimal::new)
                        .filter(p -> p.compareTo(level) < 0).count();
                List<String> parts = List.of(list.split(", "));
                assertThat(parts).doesNotHaveDuplicates();
                assertThat(StemReading.numericKey(item)).as(stem).isEqualTo((double) below);
            }
        }
    }
}
