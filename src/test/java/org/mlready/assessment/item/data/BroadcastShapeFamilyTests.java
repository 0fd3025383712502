package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class BroadcastShapeFamilyTests {

    /** Independent broadcasting: reverse both shapes, pad with ones, and collect the sizes other than 1. */
    static Optional<List<Integer>> broadcast(List<Integer> a, List<Integer> b) {
        List<Integer> ra = new ArrayList<>(a);
        List<Integer> rb = new ArrayList<>(b);
        Collections.reverse(ra);
        Collections.reverse(rb);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < Math.max(ra.size(), rb.size()); i++) {
            int x = i < ra.size() ? ra.get(i) : 1;
            int y = i < rb.size() ? rb.get(i) : 1;
            long bigger = List.of(x, y).stream().filter(s -> s != 1).distinct().count();
            if (bigger > 1) {
                return Optional.empty();
            }
            out.add(Math.max(x, y));
        }
        Collections.reverse(out);
        return Optional.of(out);
    }

    static List<Integer> shapeOf(String stem, String name) {
        return StemReading.tuple(StemReading.find(stem, "`" + name + "\\.shape == (\\([^)]*\\))`"));
    }

    @Test
    void shapeKeyMatchesIndependentBroadcastOnManySeeds() {
        BroadcastShapeFamily family = new BroadcastShapeFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<Integer> expected = broadcast(shapeOf(item.stem(), "a"), shapeOf(item.stem(), "b")).orElseThrow();
            assertThat(((AnswerKey.Shape) item.key()).dimensions()).as(item.stem()).isEqualTo(expected);
        }
    }

    @Test
    void outcomeChoiceMatchesIndependentBroadcastAndBothOutcomesOccur() {
        BroadcastOutcomeFamily family = new BroadcastOutcomeFamily();
        int errors = 0;
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            Optional<List<Integer>> expected = broadcast(shapeOf(item.stem(), "a"), shapeOf(item.stem(), "b"));
            Choice correct = item.choices().stream().filter(Choice::correct).findFirst().orElseThrow();
            if (expected.isPresent()) {
                assertThat(correct.text()).isEqualTo("Shape " + NumberText.shape(expected.get()));
            } else {
                errors++;
                assertThat(correct.text()).contains("ValueError");
            }
            assertThat(item.choices()).hasSize(4);
        }
        assertThat(errors).isBetween(800, 1200);
    }
}
