package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class ProfilingFamilyTests {

    static double[] displayedValues(String stem) {
        return Arrays.stream(StemReading.find(stem, "\\$\\$(.*?)\\$\\$").split(",\\\\ "))
                .mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void summaryStatisticMatchesCommonsMath() {
        SummaryStatisticFamily family = new SummaryStatisticFamily();
        for (long seed = 0; seed < 3000; seed++) {
            ItemInstance item = family.generate(seed);
            double[] x = displayedValues(item.stem());
            DescriptiveStatistics stats = new DescriptiveStatistics(x);
            String question = StemReading.find(item.stem(), "What is the (first quartile|third quartile|\\w+)");
            double expected = switch (question) {
                case "mean" -> stats.getMean();
                case "median" -> CleaningFamilyTests.numpyPercentile(x, 50);
                case "first quartile" -> CleaningFamilyTests.numpyPercentile(x, 25);
                case "third quartile" -> CleaningFamilyTests.numpyPercentile(x, 75);
                case "range" -> stats.getMax() - stats.getMin();
                case "mode" -> {
                    double[] modes = StatUtils.mode(x);
                    assertThat(modes).as("unique mode").hasSize(1);
                    yield modes[0];
                }
                default -> throw new AssertionError(question);
            };
            assertThat(CleaningFamilyTests.numeric(item)).as(item.stem()).isCloseTo(expected, within(0.005 + 1e-9));
        }
    }

    @Test
    void uniqueCountMatchesSetOfLiterals() {
        UniqueCountFamily family = new UniqueCountFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<String> literals = List.of(StemReading.find(item.stem(), "pd\\.Series\\(\\[(.*?)\\]\\)")
                    .split(",\\s*"));
            Set<String> withNone = new HashSet<>(literals);
            Set<String> withoutNone = new HashSet<>(literals);
            withoutNone.remove("None");
            boolean dropna = item.stem().contains("`s.nunique()`");
            assertThat(CleaningFamilyTests.numeric(item)).as(item.stem())
                    .isEqualTo(dropna ? withoutNone.size() : withNone.size());
        }
    }

    @Test
    void skewDirectionAgreesWithCommonsMathSkewnessAndMeanMedianOrder() {
        SkewDirectionFamily family = new SkewDirectionFamily();
        int[] seen = new int[3];
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            double[] x = displayedValues(item.stem());
            double skew = new Skewness().evaluate(x);
            double mean = StatUtils.mean(x);
            double median = CleaningFamilyTests.numpyPercentile(x, 50);
            String correct = item.choices().stream().filter(Choice::correct).findFirst().orElseThrow().text();
            if (correct.equals(SkewDirectionFamily.RIGHT)) {
                assertThat(skew).isGreaterThan(0.5);
                assertThat(mean).isGreaterThan(median);
                seen[0]++;
            } else if (correct.equals(SkewDirectionFamily.LEFT)) {
                assertThat(skew).isLessThan(-0.5);
                assertThat(mean).isLessThan(median);
                seen[1]++;
            } else {
                assertThat(skew).isCloseTo(0, within(1e-9));
                assertThat(mean).isCloseTo(median, within(1e-9));
                seen[2]++;
            }
        }
        assertThat(Arrays.stream(seen).min().orElseThrow()).isGreaterThan(500);
    }
}
