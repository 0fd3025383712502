package org.mlready.assessment.item.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

class MlItemFamiliesTests {

    private static final Set<String> SKILLS = Set.of("clustering-dim-reduction", "pca-tsne", "association-rules",
            "perceptrons-mlp", "forward-backprop", "activation-loss-functions", "model-training-workflow",
            "tensorflow-keras", "pytorch");

    static List<ItemFamily> families() {
        return MlItemFamilies.all();
    }

    @Test
    void everyFamilyBelongsToAnAssignedSkillAndEverySkillHasAtLeastEightQuestions() {
        Map<String, Long> perSkill = new HashMap<>();
        for (ItemFamily family : MlItemFamilies.all()) {
            assertThat(SKILLS).contains(family.skillId());
            perSkill.merge(family.skillId(), family.distinctQuestions(), Long::sum);
        }
        assertThat(perSkill.keySet()).isEqualTo(SKILLS);
        perSkill.forEach((skill, count) -> assertThat(count).as(skill).isGreaterThanOrEqualTo(8));
    }

    @Test
    void familyIdsAreUniqueAndKebabCase() {
        Set<String> ids = new HashSet<>();
        for (ItemFamily family : MlItemFamilies.all()) {
            assertThat(family.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(ids.add(family.id())).as(family.id()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void sameSeedGivesEqualInstance(ItemFamily family) {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(family.generate(seed)).usingRecursiveComparison().isEqualTo(family.generate(seed));
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void distinctStemsReachTheClaimedLowerBound(ItemFamily family) {
        long target = Math.min(family.distinctQuestions(), 200);
        Set<String> stems = new HashSet<>();
        for (long seed = 0; seed < 4000 && stems.size() < target; seed++) {
            stems.add(family.generate(seed).stem());
        }
        assertThat((long) stems.size()).isGreaterThanOrEqualTo(target);
        assertThat(family.generate(1).stem()).isNotEqualTo(family.generate(2).stem());
    }

    @ParameterizedTest
    @MethodSource("families")
    void instancesAreWellFormed(ItemFamily family) {
        for (long seed = 0; seed < 300; seed++) {
            ItemInstance item = family.generate(seed);
            assertThat(item.familyId()).isEqualTo(family.id());
            assertThat(item.skillId()).isEqualTo(family.skillId());
            assertThat(item.seed()).isEqualTo(seed);
            assertThat(item.stem()).isNotBlank().doesNotContain("NaN").doesNotContain("Infinity");
            assertThat(item.solution()).isNotBlank().doesNotContain("NaN").doesNotContain("Infinity");
            assertThat(item.hints()).hasSizeBetween(1, 3);
            assertThat(item.irt().a()).isBetween(0.6, 2.0);
            assertThat(item.irt().b()).isBetween(-2.5, 2.5);
            assertThat(countDollars(item.stem()) % 2).as("balanced $ in stem of seed " + seed).isZero();
            assertThat(countDollars(item.solution()) % 2).as("balanced $ in solution of seed " + seed).isZero();
            switch (item.responseType()) {
                case NUMBER -> assertThat(item.key()).isInstanceOf(AnswerKey.Numeric.class);
                case VECTOR -> assertThat(item.key()).isInstanceOf(AnswerKey.Vector.class);
                case SHAPE -> assertThat(item.key()).isInstanceOf(AnswerKey.Shape.class);
                case SINGLE_CHOICE -> {
                    assertThat(item.key()).isInstanceOf(AnswerKey.Choices.class);
                    assertThat(item.choices().stream().filter(Choice::correct)).hasSize(1);
                    assertThat(item.irt().c()).isEqualTo(1.0 / item.choices().size());
                }
                default -> throw new AssertionError("unexpected response type " + item.responseType());
            }
            if (item.responseType() != ResponseType.SINGLE_CHOICE) {
                assertThat(item.irt().c()).isZero();
                assertThat(item.choices()).isEmpty();
            }
        }
    }

    private static long countDollars(String text) {
        return text.chars().filter(c -> c == '$').count();
    }
}
