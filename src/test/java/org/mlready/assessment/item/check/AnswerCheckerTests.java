package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

class AnswerCheckerTests {

    private final AnswerChecker checker = new AnswerChecker();

    private static final List<AnswerKey> KEYS = List.of(
            new AnswerKey.Numeric(0.5, 1e-6, 0),
            new AnswerKey.Vector(List.of(1.0, 2.0), 0, 0),
            new AnswerKey.Matrix(List.of(List.of(1.0, 0.0), List.of(0.0, 1.0)), 0, 0),
            new AnswerKey.Choices(Set.of("b")),
            new AnswerKey.Shape(List.of(2, 3)),
            new AnswerKey.Expression("x^2", List.of("x"), -1, 1));

    @Test
    void dispatchesEveryKeyTypeToItsChecker() {
        List<String> right = List.of("1/2", "(1, 2)", "[[1, 0], [0, 1]]", "b", "(2, 3)", "x*x");
        List<String> wrong = List.of("0.4", "(2, 1)", "[[0, 1], [1, 0]]", "a", "(3, 2)", "2x");
        for (int i = 0; i < KEYS.size(); i++) {
            assertThat(checker.check(KEYS.get(i), right.get(i)).verdict()).as(right.get(i)).isEqualTo(Verdict.CORRECT);
            assertThat(checker.check(KEYS.get(i), wrong.get(i)).verdict()).as(wrong.get(i))
                    .isEqualTo(Verdict.INCORRECT);
        }
    }

    @Test
    void blankOrMissingResponseIsUnreadableForEveryKeyType() {
        for (AnswerKey key : KEYS) {
            for (String blank : new String[] {null, "", "  \n\t"}) {
                CheckResult result = checker.check(key, blank);
                assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
                assertThat(result.message()).startsWith("Could not read your answer: expected ")
                        .contains("the answer is empty");
            }
        }
    }

    @Test
    void blankNumberSaysWhichFormatIsExpected() {
        assertThat(checker.check(KEYS.get(0), " ").message())
                .startsWith("Could not read your answer: expected a number such as 0.25, 1/4 or 25%");
    }

    @Test
    void overlongResponseIsUnreadable() {
        assertThat(checker.check(KEYS.get(0), "1".repeat(AnswerChecker.MAX_RESPONSE_LENGTH + 1)).verdict())
                .isEqualTo(Verdict.UNREADABLE);
    }

    @Test
    void sqlKeysBelongToTheSandboxChecker() {
        AnswerKey.Sql sql = new AnswerKey.Sql("SELECT 1", false);
        assertThatThrownBy(() -> checker.check(sql, "SELECT 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SQL sandbox checker");
        assertThatThrownBy(() -> checker.check(sql, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void choiceItemsKnowTheirOfferedIdsAndWhetherSeveralMayBeChosen() {
        List<Choice> choices = List.of(new Choice("a", "one", false, "no"), new Choice("b", "two", true, "yes"),
                new Choice("c", "three", true, "yes"));
        ItemInstance multiple = item(ResponseType.MULTIPLE_CHOICE, new AnswerKey.Choices(Set.of("b", "c")), choices);
        assertThat(checker.check(multiple, "b, c").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(multiple, "b").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(checker.check(multiple, "b, z").verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(checker.check(multiple, " ").verdict()).isEqualTo(Verdict.UNREADABLE);

        ItemInstance single = item(ResponseType.SINGLE_CHOICE, new AnswerKey.Choices(Set.of("b")), choices);
        assertThat(checker.check(single, "B").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(single, "b, c").verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(checker.check(single, "d").verdict()).isEqualTo(Verdict.UNREADABLE);
    }

    @Test
    void nonChoiceItemsUseTheirKey() {
        ItemInstance number = item(ResponseType.NUMBER, new AnswerKey.Numeric(2, 0, 0), List.of());
        assertThat(checker.check(number, "sqrt(4)").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @ParameterizedTest
    @EnumSource(ResponseType.class)
    void everyResponseTypeHasAFormatHint(ResponseType type) {
        assertThat(AnswerFormatHints.forType(type)).isNotBlank();
    }

    private static ItemInstance item(ResponseType type, AnswerKey key, List<Choice> choices) {
        return new ItemInstance("family", "skill", 1, "stem", type, key, "solution", List.of(), choices,
                IrtParameters.of(1, 0));
    }
}
