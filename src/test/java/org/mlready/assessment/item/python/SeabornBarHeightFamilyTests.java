package org.mlready.assessment.item.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class SeabornBarHeightFamilyTests {

    @Test
    void barHeightMatchesTheEstimatorOverTheTableRows() {
        SeabornBarHeightFamily family = new SeabornBarHeightFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<List<String>> rows = StemReading.findAllGroups(stem, "^\\| (\\w+) \\| (\\w+) \\| (\\d+) \\|$");
            String call = StemReading.code(stem);
            String x = StemReading.find(call, "x=\"(\\w+)\"");
            List<List<String>> conditions = StemReading.findAllGroups(stem, "`(\\w+) == \"(\\w+)\"`");
            String header = StemReading.find(stem, "(?m)^(\\| \\w+ \\| \\w+ \\| \\w+ \\|)\\n");
            String[] names = header.replace("|", " ").trim().split("\\s+");
            List<Double> group = new ArrayList<>();
            for (List<String> row : rows) {
                boolean match = true;
                for (List<String> condition : conditions) {
                    int column = List.of(names).indexOf(condition.get(0));
                    match &= row.get(column).equals(condition.get(1));
                }
                if (match) {
                    group.add(Double.parseDouble(row.get(2)));
                }
            }
            assertThat(conditions.get(0).get(0)).isEqualTo(x);
            assertThat(conditions).hasSize(call.contains("hue=") ? 2 : 1);
            double[] values = group.stream().mapToDouble(Double::doubleValue).toArray();
            double expected = call.contains("countplot") ? values.length
                    : call.contains("\"sum\"") ? StatUtils.sum(values)
                    : call.contains("\"median\"") ? new Median().evaluate(values) : StatUtils.mean(values);
            assertThat(values.length).isGreaterThanOrEqualTo(2);
            assertThat(StemReading.numericKey(item)).as(stem).isCloseTo(expected, within(0.005 + 1e-9));
        }
    }
}
