package org.mlready.assessment.item.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class FramingFamilyTests {

    @Test
    void outputLayerMatchesTheDescribedTarget() {
        TargetFramingFamily family = new TargetFramingFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            String target = StemReading.find(stem, "(The target is .*?)\n");
            int labels = StemReading.findAll(target, "(`[^`]+`)").size();
            String expected;
            if (target.startsWith("The target is whether")) {
                expected = "1 output unit with sigmoid activation, trained with binary cross-entropy";
            } else if (target.contains("exactly one of")) {
                expected = labels + " output units with softmax activation, trained with categorical cross-entropy";
            } else if (target.contains("can apply to the same example")) {
                expected = labels + " output units, each with its own sigmoid activation, trained with binary "
                        + "cross-entropy";
            } else if (target.endsWith(": a real number.")) {
                expected = "1 output unit with linear (identity) activation, trained with mean squared error";
            } else {
                int amounts = StemReading.find(target, "together: (.*)\\.$").split(";").length;
                assertThat(amounts).isBetween(2, 3);
                expected = amounts + " output units with linear (identity) activation, trained with mean squared "
                        + "error";
            }
            assertThat(StemReading.correctText(item)).as(stem).isEqualTo(expected);
        }
    }

    @Test
    void totalUnitsAddUpTheHeadsListedInTheStem() {
        OutputUnitsFamily family = new OutputUnitsFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            int total = 0;
            int heads = 0;
            for (String line : StemReading.findAll(item.stem(), "(?m)^\\d+\\. ([^\n]*)$")) {
                heads++;
                int labels = StemReading.findAll(line, "(`[^`]+`)").size();
                if (line.endsWith("(yes or no)")) {
                    total += 1;
                } else if (labels > 0) {
                    total += labels;
                } else {
                    total += line.split(";").length;
                }
            }
            assertThat(heads).isBetween(2, 4);
            assertThat(StemReading.numericKey(item)).as(item.stem()).isEqualTo(total);
        }
    }

    @Test
    void targetColumnsAreClassifiedFromDtypeAndDistinctCounts() {
        TargetColumnFamily family = new TargetColumnFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            long rows = Long.parseLong(StemReading.find(stem, "table has ([0-9,]+) rows").replace(",", ""));
            boolean regression = stem.contains("**regression**");
            assertThat(regression || stem.contains("**classification**")).isTrue();
            Set<String> expected = new HashSet<>();
            List<List<String>> table = StemReading.firstTable(stem);
            for (List<String> row : table.subList(1, table.size())) {
                String dtype = row.get(1);
                long distinct = Long.parseLong(row.get(2));
                boolean continuous = dtype.equals("float64") && distinct > 100;
                boolean labels = (dtype.equals("bool") || dtype.equals("object") || dtype.equals("int64"))
                        && distinct <= 20;
                assertThat(distinct).isLessThanOrEqualTo(rows);
                if (regression ? continuous : labels) {
                    expected.add(row.get(0));
                }
            }
            Set<String> keyed = new HashSet<>();
            item.choices().stream().filter(Choice::correct).forEach(c -> keyed.add(c.text()));
            assertThat(keyed).as(stem).isEqualTo(expected).isNotEmpty();
            assertThat(keyed.size()).isLessThan(item.choices().size());
        }
    }
}
