package org.mlready.assessment.item.maths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

class MathsFamilyContractTests {

    static final Set<String> SKILLS = Set.of("vectors-dot-cross", "matrix-operations", "eigen-diagonalisation",
            "partial-derivatives", "chain-rule-backprop", "gradient-descent", "scipy-optimisation", "distributions-bayes",
            "inference-hypothesis-tests", "clt-confidence-intervals", "descriptive-inferential-stats", "ab-testing-design",
            "correlation-significance", "experiment-design-power");

    static List<ItemFamily> families() {
        return MathsItemFamilies.all();
    }

    @Test
    void everySkillIsCoveredWithAtLeastEightQuestionsAndOnlyKnownSkillsAreUsed() {
        Map<String, Long> perSkill = families().stream()
                .collect(Collectors.groupingBy(ItemFamily::skillId, Collectors.summingLong(ItemFamily::distinctQuestions)));
        assertThat(SKILLS).containsAll(perSkill.keySet());
        assertThat(perSkill.keySet()).containsExactlyInAnyOrderElementsOf(SKILLS);
        perSkill.forEach((skill, count) -> assertThat(count).as(skill).isGreaterThanOrEqualTo(8));
    }

    @Test
    void familyIdsAreUniqueAndKebabCase() {
        List<String> ids = families().stream().map(ItemFamily::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void sameSeedGivesTheSameInstance(ItemFamily family) {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(family.generate(seed)).isEqualTo(family.generate(seed));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void distinctQuestionsBoundIsReachedByDistinctStems(ItemFamily family) {
        long target = Math.min(family.distinctQuestions(), 200);
        Set<String> stems = new HashSet<>();
        for (long seed = 0; seed < 20_000 && stems.size() < target; seed++) {
            stems.add(family.generate(seed).stem());
        }
        assertThat((long) stems.size()).isGreaterThanOrEqualTo(target);
        assertThat(family.generate(1).stem()).isNotEqualTo(family.generate(2).stem());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void instancesAreWellFormed(ItemFamily family) {
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            ItemInstance item = family.generate(seed);
            assertThat(item.familyId()).isEqualTo(family.id());
            assertThat(item.skillId()).isEqualTo(family.skillId());
            assertThat(item.seed()).isEqualTo(seed);
            assertThat(item.stem()).isNotBlank().doesNotContain("NaN").doesNotContain("Infinity");
            assertThat(item.solution()).isNotBlank().doesNotContain("NaN").doesNotContain("Infinity");
            assertThat(item.hints()).hasSizeBetween(1, 3);
            assertThat(item.irt().a()).isBetween(0.6, 2.0);
            assertThat(item.irt().b()).isBetween(-2.5, 2.5);
            assertThat(balancedDollars(item.stem())).as(item.stem()).isTrue();
            assertThat(balancedDollars(item.solution())).as(item.solution()).isTrue();
            assertKeyMatchesResponseType(item);
        }
    }

    private static boolean balancedDollars(String markdown) {
        String withoutCode = markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`]*`", "");
        return withoutCode.chars().filter(c -> c == '$').count() % 2 == 0;
    }

    private static void assertKeyMatchesResponseType(ItemInstance item) {
        AnswerKey key = item.key();
        switch (item.responseType()) {
            case NUMBER -> assertThat(Double.isFinite(((AnswerKey.Numeric) key).value())).isTrue();
            case VECTOR -> assertThat(((AnswerKey.Vector) key).values()).isNotEmpty().allMatch(Double::isFinite);
            case MATRIX -> assertThat(((AnswerKey.Matrix) key).rows()).isNotEmpty();
            case SHAPE -> assertThat(((AnswerKey.Shape) key).dimensions()).isNotEmpty();
            case EXPRESSION -> assertThat(((AnswerKey.Expression) key).variables()).isNotEmpty();
            case SINGLE_CHOICE -> {
                assertThat(((AnswerKey.Choices) key).correctIds()).hasSize(1);
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
