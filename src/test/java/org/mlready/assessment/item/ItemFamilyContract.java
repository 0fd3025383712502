package org.mlready.assessment.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlready.assessment.item.check.AnswerChecker;
import org.mlready.assessment.item.check.Verdict;

/**
 * What every generated item family must honour, whatever it asks: determinism, the distinct questions it claims,
 * well-formed stems, keys that agree with the choices, and IRT parameters in the bank's range. A package of
 * families extends this with its list and the skills it covers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ItemFamilyContract {

    /** The families under test. */
    protected abstract List<ItemFamily> families();

    /** The skills these families must cover, each with at least {@link #minimumQuestionsPerSkill()} questions. */
    protected abstract Set<String> skills();

    protected long minimumQuestionsPerSkill() {
        return 200;
    }

    /**
     * Whether a family prints {@code NaN} on purpose, as pandas shows a missing value; then only a float-formatted
     * {@code NaN.0} counts as a bug.
     */
    protected boolean showsMissingValues(ItemFamily family) {
        return false;
    }

    Stream<ItemFamily> familyStream() {
        return families().stream();
    }

    @Test
    void everyFamilyBelongsToACoveredSkillAndEverySkillHasEnoughQuestions() {
        Map<String, Long> perSkill = new HashMap<>();
        for (ItemFamily family : families()) {
            assertThat(skills()).as(family.id()).contains(family.skillId());
            perSkill.merge(family.skillId(), family.distinctQuestions(), Long::sum);
        }
        assertThat(perSkill.keySet()).isEqualTo(skills());
        perSkill.forEach((skill, count) -> assertThat(count).as(skill).isGreaterThanOrEqualTo(minimumQuestionsPerSkill()));
        Map<String, Long> familiesPerSkill = families().stream()
                .collect(Collectors.groupingBy(ItemFamily::skillId, Collectors.counting()));
        familiesPerSkill.forEach((skill, count) -> assertThat(count).as("families for " + skill).isGreaterThanOrEqualTo(2));
    }

    @Test
    void familyIdsAreUniqueAndKebabCase() {
        Set<String> ids = new HashSet<>();
        for (ItemFamily family : families()) {
            assertThat(family.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(ids.add(family.id())).as(family.id()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("familyStream")
    void sameSeedGivesEqualInstance(ItemFamily family) {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(family.generate(seed)).isEqualTo(family.generate(seed));
        }
    }

    @ParameterizedTest
    @MethodSource("familyStream")
    void distinctStemsReachTheClaimedLowerBound(ItemFamily family) {
        long target = Math.min(family.distinctQuestions(), 300);
        Set<String> stems = new HashSet<>();
        for (long seed = 0; seed < 6000 && stems.size() < target; seed++) {
            stems.add(family.generate(seed).stem());
        }
        assertThat(stems.size()).as(family.id()).isGreaterThanOrEqualTo((int) target);
    }

    @ParameterizedTest
    @MethodSource("familyStream")
    void neighbouringSeedsGiveDifferentStems(ItemFamily family) {
        Set<String> stems = new HashSet<>();
        for (long seed = 100; seed < 110; seed++) {
            stems.add(family.generate(seed).stem());
        }
        assertThat(stems.size()).as(family.id()).isGreaterThan(1);
    }

    @ParameterizedTest
    @MethodSource("familyStream")
    void instancesAreWellFormed(ItemFamily family) {
        for (long seed = 0; seed < 300; seed++) {
            ItemInstance item = family.generate(seed);
            assertThat(item.familyId()).isEqualTo(family.id());
            assertThat(item.skillId()).isEqualTo(family.skillId());
            assertThat(item.seed()).isEqualTo(seed);
            assertThat(item.stem()).isNotBlank();
            assertThat(item.solution()).isNotBlank();
            assertThat(item.hints()).hasSizeBetween(1, 3);
            assertThat(item.irt().a()).isBetween(0.6, 2.0);
            assertThat(item.irt().b()).isBetween(-2.5, 2.5);
            assertThat(item.stem() + item.solution()).doesNotContain("Infinity", "null", showsMissingValues(family) ? "NaN.0" : "NaN");
            boolean choice = item.responseType() == ResponseType.SINGLE_CHOICE
                    || item.responseType() == ResponseType.MULTIPLE_CHOICE;
            if (choice) {
                assertThat(item.key()).isInstanceOf(AnswerKey.Choices.class);
                Set<String> correct = item.choices().stream().filter(Choice::correct).map(Choice::id)
                        .collect(Collectors.toSet());
                assertThat(correct).as(item.id()).isNotEmpty();
                assertThat(((AnswerKey.Choices) item.key()).correctIds()).isEqualTo(correct);
                assertThat(item.choices()).hasSizeBetween(2, 6);
                assertThat(item.choices()).allMatch(c -> !c.text().isBlank() && !c.explanation().isBlank());
                assertThat(item.choices().stream().map(Choice::text).distinct().count()).as(item.id())
                        .isEqualTo(item.choices().size());
                assertThat(item.irt().c()).isCloseTo(1.0 / item.choices().size(), within(1e-9));
                if (item.responseType() == ResponseType.SINGLE_CHOICE) {
                    assertThat(correct).as(item.id()).hasSize(1);
                }
            } else {
                assertThat(item.choices()).isEmpty();
                assertThat(item.irt().c()).isZero();
                assertThat(keyMatchesType(item)).as(item.id()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("familyStream")
    void theKeyWrittenAsALearnerWouldIsMarkedCorrect(ItemFamily family) {
        AnswerChecker checker = new AnswerChecker();
        for (long seed = 0; seed < 100; seed++) {
            ItemInstance item = family.generate(seed);
            String response = learnerText(item.key());
            if (response != null) {
                assertThat(checker.check(item, response).verdict()).as(item.id() + " answered " + response)
                        .isEqualTo(Verdict.CORRECT);
            }
        }
    }

    private static String learnerText(AnswerKey key) {
        if (key instanceof AnswerKey.Numeric n) {
            return plain(n.value());
        }
        if (key instanceof AnswerKey.Choices c) {
            return String.join(",", c.correctIds());
        }
        if (key instanceof AnswerKey.Vector v) {
            return "(" + v.values().stream().map(ItemFamilyContract::plain).collect(Collectors.joining(", ")) + ")";
        }
        if (key instanceof AnswerKey.Shape s) {
            return "(" + s.dimensions().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (s.dimensions().size() == 1 ? ",)" : ")");
        }
        return null;
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean keyMatchesType(ItemInstance item) {
        return switch (item.responseType()) {
            case NUMBER -> item.key() instanceof AnswerKey.Numeric n && Double.isFinite(n.value());
            case VECTOR -> item.key() instanceof AnswerKey.Vector v && v.values().stream().allMatch(Double::isFinite);
            case MATRIX -> item.key() instanceof AnswerKey.Matrix;
            case SHAPE -> item.key() instanceof AnswerKey.Shape s && !s.dimensions().isEmpty();
            case EXPRESSION -> item.key() instanceof AnswerKey.Expression;
            default -> false;
        };
    }
}
