package org.mlready.assessment.item.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class NotebookRestartErrorFamilyTests {

    @Test
    void correctChoiceIsTheFirstCellUsingAnUndefinedNameTopToBottom() {
        NotebookRestartErrorFamily family = new NotebookRestartErrorFamily();
        int none = 0;
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> cells = StemReading.findAllGroups(item.stem(), "`In \\[(\\d+)\\]:`\\n```python\\n(.*?)\\n```");
            TreeMap<Integer, String> session = new TreeMap<>();
            for (List<String> cell : cells) {
                session.put(Integer.parseInt(cell.get(0)), cell.get(1));
            }
            assertThat(firstFailure(List.copyOf(session.values()))).as("the session itself ran").isEqualTo(-1);
            int failing = firstFailure(cells.stream().map(c -> c.get(1)).toList());
            String correct = StemReading.correctText(item);
            if (failing < 0) {
                none++;
                assertThat(correct).startsWith("None");
            } else {
                assertThat(correct).as(item.stem()).startsWith("Cell " + (failing + 1) + ": ");
            }
        }
        assertThat(none).isBetween(100, 1500);
    }

    /** The index of the first statement reading a name not assigned before it, or -1. */
    private static int firstFailure(List<String> statements) {
        Set<String> assigned = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            String[] sides = statements.get(i).split(" = ", 2);
            for (String token : sides[1].split("[^A-Za-z_]+")) {
                if (!token.isEmpty() && !assigned.contains(token)) {
                    return i;
                }
            }
            assigned.add(sides[0].trim());
        }
        return -1;
    }
}
