package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class HyperparameterSearchFamilyTests {

    @Test
    void gridSearchCountsMatchEnumeratedCombinations() {
        GridSearchSizeFamily family = new GridSearchSizeFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String grid = StemReading.find(item.stem(), "param_grid = (.*?)\nsearch");
            int candidates = 0;
            for (String dict : StemReading.findAll(grid, "(\\{[^}]*\\})")) {
                int combinations = 1;
                for (String values : StemReading.findAll(dict, "(\\[[^\\]]*\\])")) {
                    combinations *= values.split(",").length;
                }
                candidates += combinations;
            }
            int k = Integer.parseInt(StemReading.find(item.stem(), "cv=(\\d+)"));
            boolean refit = !item.stem().contains("refit=False");
            double expected = item.stem().contains("How many times is a model fitted")
                    ? candidates * k + (refit ? 1 : 0) : candidates;
            assertThat(CleaningFamilyTests.numeric(item)).as(item.stem()).isEqualTo(expected);
        }
    }

    @Test
    void randomSearchAnswersMatchExactArithmeticAndSearch() {
        RandomSearchFamily family = new RandomSearchFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            double expected;
            if (stem.contains("RandomizedSearchCV")) {
                int nIter = Integer.parseInt(StemReading.find(stem, "n_iter=(\\d+)"));
                int k = Integer.parseInt(StemReading.find(stem, "cv=(\\d+)"));
                expected = nIter * k + 1;
            } else {
                int top = Integer.parseInt(StemReading.find(stem, "best (\\d+)%"));
                BigDecimal miss = BigDecimal.ONE.subtract(BigDecimal.valueOf(top, 2));
                if (stem.contains("smallest number")) {
                    BigDecimal allowed = BigDecimal.ONE.subtract(BigDecimal.valueOf(
                            Integer.parseInt(StemReading.find(stem, "least a (\\d+)%")), 2));
                    int n = 1;
                    while (miss.pow(n, MathContext.DECIMAL128).compareTo(allowed) > 0) {
                        n++;
                    }
                    expected = n;
                } else {
                    int n = Integer.parseInt(StemReading.find(stem, "samples (\\d+) configurations"));
                    expected = BigDecimal.ONE.subtract(miss.pow(n, MathContext.DECIMAL128)).doubleValue();
                }
            }
            assertThat(CleaningFamilyTests.numeric(item)).as(stem).isCloseTo(expected, within(0.00005 + 1e-9));
        }
    }

    @Test
    void bestConfigIsTheRowWithTheHighestMeanScore() {
        BestConfigFamily family = new BestConfigFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            List<String> params = StemReading.column(table, "params");
            double[] means = StemReading.numericColumn(table, "mean_test_score");
            int best = 0;
            for (int i = 1; i < means.length; i++) {
                assertThat(means[i]).isNotEqualTo(means[best]);
                best = means[i] > means[best] ? i : best;
            }
            String correct = item.choices().stream().filter(Choice::correct).findFirst().orElseThrow().text();
            assertThat(correct).isEqualTo("`" + params.get(best) + "`");
            assertThat(params).doesNotHaveDuplicates();
        }
    }
}
