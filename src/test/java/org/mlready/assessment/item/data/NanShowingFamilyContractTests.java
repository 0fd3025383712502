package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/**
 * The contract for the data families whose stems and solutions show pandas' missing-value marker {@code NaN}, which
 * the shared {@link org.mlready.assessment.item.ItemFamilyContract} forbids; they keep the data package's own
 * contract, which only forbids a float-formatted {@code NaN.0}.
 */
class NanShowingFamilyContractTests {

    /** Ids of the families that print {@code NaN} on purpose, as pandas does for a missing value. */
    static final Set<String> IDS = Set.of("pandas-join-row-count", "pandas-join-value", "cleaning-missing-count",
            "cleaning-dropna-rows", "cleaning-median-imputation", "profiling-unique-count");

    static Stream<ItemFamily> families() {
        return DataItemFamilies.all().stream().filter(f -> IDS.contains(f.id()));
    }

    @Test
    void familyIdsAreUniqueAndKebabCase() {
        List<String> ids = families().map(ItemFamily::id).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(IDS);
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @ParameterizedTest
    @MethodSource("families")
    void sameSeedGivesEqualInstance(ItemFamily family) {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(family.generate(seed)).isEqualTo(family.generate(seed));
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void distinctQuestionsIsReachedUpToTwoHundred(ItemFamily family) {
        long target = Math.min(family.distinctQuestions(), 200);
        Set<String> stems = new HashSet<>();
        for (long seed = 0; seed < 4000 && stems.size() < target; seed++) {
            stems.add(family.generate(seed).stem());
        }
        assertThat(stems.size()).as(family.id()).isGreaterThanOrEqualTo((int) target);
    }

    @ParameterizedTest
    @MethodSource("families")
    void neighbouringSeedsGiveDifferentStems(ItemFamily family) {
        Set<String> stems = new HashSet<>();
        for (long seed = 100; seed < 110; seed++) {
            stems.add(family.generate(seed).stem());
        }
        assertThat(stems.size()).as(family.id()).isGreaterThan(1);
    }

    @ParameterizedTest
    @MethodSource("families")
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
            assertThat(item.stem()).doesNotContain("NaN.0", "Infinity", "null");
            assertThat(item.solution()).doesNotContain("Infinity", "null");
            boolean choice = item.responseType() == ResponseType.SINGLE_CHOICE
                    || item.responseType() == ResponseType.MULTIPLE_CHOICE;
            if (choice) {
                assertThat(item.key()).isInstanceOf(AnswerKey.Choices.class);
                Set<String> correct = item.choices().stream().filter(Choice::correct).map(Choice::id)
                        .collect(Collectors.toSet());
                assertThat(((AnswerKey.Choices) item.key()).correctIds()).isEqualTo(correct);
                assertThat(item.choices()).allMatch(c -> !c.text().isBlank() && !c.explanation().isBlank());
                assertThat(item.choices().stream().map(Choice::text).distinct().count())
                        .isEqualTo(item.choices().size());
                assertThat(item.irt().c()).isCloseTo(1.0 / item.choices().size(), org.assertj.core.data.Offset
                        .offset(1e-9));
                if (item.responseType() == ResponseType.SINGLE_CHOICE) {
                    assertThat(correct).hasSize(1);
                }
            } else {
                assertThat(item.choices()).isEmpty();
                assertThat(item.irt().c()).isZero();
                assertThat(keyMatchesType(item)).as(item.id()).isTrue();
            }
        }
    }

    private static boolean keyMatchesType(ItemInstance item) {
        return switch (item.responseType()) {
            case NUMBER -> item.key() instanceof AnswerKey.Numeric n && Double.isFinite(n.value());
            case VECTOR -> item.key() instanceof AnswerKey.Vector v
                    && v.values().stream().allMatch(Double::isFinite);
            case MATRIX -> item.key() instanceof AnswerKey.Matrix;
            case SHAPE -> item.key() instanceof AnswerKey.Shape s && !s.dimensions().isEmpty();
            default -> false;
        };
    }
}
