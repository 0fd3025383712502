package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class VisualSummaryFamilyTests {

    @Test
    void fiveNumberSummaryMatchesCommonsMathR7() {
        FiveNumberSummaryFamily family = new FiveNumberSummaryFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            double[] x = ProfilingFamilyTests.displayedValues(item.stem());
            DescriptiveStatistics stats = new DescriptiveStatistics(x);
            double[] expected = {stats.getMin(), CleaningFamilyTests.numpyPercentile(x, 25),
                    CleaningFamilyTests.numpyPercentile(x, 50), CleaningFamilyTests.numpyPercentile(x, 75),
                    stats.getMax()};
            List<Double> key = ((AnswerKey.Vector) item.key()).values();
            for (int i = 0; i < 5; i++) {
                assertThat(key.get(i)).as(item.stem()).isCloseTo(expected[i], within(1e-9));
            }
        }
    }

    @Test
    void exactlyTheCorrectSummaryEntryMatchesCommonsMath() {
        SummaryTableCheckFamily family = new SummaryTableCheckFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            double[] x = ProfilingFamilyTests.displayedValues(item.stem());
            DescriptiveStatistics stats = new DescriptiveStatistics(x);
            Map<String, Double> truth = new HashMap<>();
            truth.put("mean", stats.getMean());
            truth.put("median", CleaningFamilyTests.numpyPercentile(x, 50));
            truth.put("standard deviation", stats.getStandardDeviation());
            truth.put("range", stats.getMax() - stats.getMin());
            truth.put("Q3", CleaningFamilyTests.numpyPercentile(x, 75));
            List<List<String>> table = StemReading.firstTable(item.stem());
            int matching = 0;
            String matchingLabel = null;
            for (List<String> row : table.subList(1, table.size())) {
                double listed = Double.parseDouble(row.get(1));
                if (Math.abs(listed - truth.get(row.get(0))) <= 0.005 + 1e-9) {
                    matching++;
                    matchingLabel = row.get(0);
                }
            }
            assertThat(matching).as(item.stem()).isEqualTo(1);
            String correct = item.choices().stream().filter(Choice::correct).findFirst().orElseThrow().text();
            assertThat(correct).startsWith(matchingLabel + " = ");
        }
    }

    @Test
    void chartChoiceCoversEveryScenarioWithItsIntendedChart() {
        ChartChoiceFamily family = new ChartChoiceFamily();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perChart = new HashMap<>();
        for (String description : ChartChoiceFamily.scenarioDescriptions()) {
            perChart.merge(ChartChoiceFamily.intendedChart(description), 1, Integer::sum);
        }
        assertThat(perChart).hasSize(6).allSatisfy((chart, count) -> assertThat(count).isGreaterThanOrEqualTo(3));
        for (long seed = 0; seed < 1000; seed++) {
            ItemInstance item = family.generate(seed);
            String description = StemReading.find(item.stem(), "You want to show (.*)\\. Which chart");
            seen.add(description);
            String correct = item.choices().stream().filter(Choice::correct).findFirst().orElseThrow().text();
            assertThat(correct).isEqualTo(ChartChoiceFamily.intendedChart(description));
            assertThat(item.choices()).hasSize(4);
            assertThat(item.choices().stream().map(Choice::explanation).distinct().count()).isEqualTo(4);
        }
        assertThat(seen).hasSize(ChartChoiceFamily.scenarioDescriptions().size());
    }
}
