package org.mlready.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PracticePickerTests {

    private final Map<String, List<String>> families = Map.of("dot", List.of("dot-a", "dot-b"), "eigen", List.of("eigen-a"),
            "empty", List.of());

    @Test
    void practisesTheLeastMasteredSkill() {
        for (int seed = 0; seed < 50; seed++) {
            var pick = PracticePicker.pick(families, Map.of("dot", 0.9, "eigen", 0.3), Set.of(), new Random(seed));
            assertThat(pick.skillId()).isEqualTo("eigen");
            assertThat(pick.familyId()).isEqualTo("eigen-a");
            assertThat(pick.seed()).isNotNegative();
        }
    }

    @Test
    void avoidsAFamilyJustSeenWhenTheSkillHasAnother() {
        for (int seed = 0; seed < 50; seed++) {
            var pick = PracticePicker.pick(families, Map.of("dot", 0.1, "eigen", 0.9), Set.of("dot-a"), new Random(seed));
            assertThat(pick.familyId()).isEqualTo("dot-b");
        }
    }

    @Test
    void neverPicksASkillWithoutExercises() {
        for (int seed = 0; seed < 50; seed++) {
            assertThat(PracticePicker.pick(families, Map.of("dot", 0.5, "eigen", 0.5), Set.of(), new Random(seed)).skillId())
                    .isNotEqualTo("empty");
        }
        assertThatThrownBy(() -> PracticePicker.pick(Map.of("x", List.of()), Map.of(), Set.of(), new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void avoidsAnAuthoredQuestionAlreadyAnsweredRightWhileTheSkillHasOthers() {
        for (int seed = 0; seed < 50; seed++) {
            var pick = PracticePicker.pick(families, Map.of("dot", 0.1, "eigen", 0.9), Set.of("dot-b"), Set.of("dot-a"), new Random(seed));
            assertThat(pick.familyId()).as("solved beats recently seen").isEqualTo("dot-b");
            var only = PracticePicker.pick(Map.of("eigen", List.of("eigen-a")), Map.of(), Set.of("eigen-a"), Set.of("eigen-a"), new Random(seed));
            assertThat(only.familyId()).as("nothing else to ask").isEqualTo("eigen-a");
        }
    }
}
