package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlready.assessment.item.AnswerKey;

class ChoiceAnswerCheckerTests {

    private final ChoiceAnswerChecker checker = new ChoiceAnswerChecker();
    private final List<String> offered = List.of("A", "B", "C", "D");
    private final AnswerKey.Choices single = new AnswerKey.Choices(Set.of("B"));
    private final AnswerKey.Choices multiple = new AnswerKey.Choices(Set.of("A", "C"));

    @ParameterizedTest
    @ValueSource(strings = {"B", "b", " B ", "[B]", "B, B"})
    void singleChoiceAcceptsTheCorrectId(String response) {
        assertThat(checker.check(single, offered, false, response).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void singleChoiceRejectsAnotherId() {
        assertThat(checker.check(single, offered, false, "C").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void singleChoiceWithTwoIdsIsUnreadable() {
        CheckResult result = checker.check(single, offered, false, "B, C");
        assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).contains("only one choice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A, C", "C,A", "a c", "A;C", "[A, C]", "A, C, A"})
    void multipleChoiceAcceptsAllAndOnlyTheCorrectIds(String response) {
        assertThat(checker.check(multiple, offered, true, response).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "C", "A, B, C", "A, C, D", "B, D", "A, B, C, D"})
    void multipleChoiceRejectsMissingOrExtraIds(String response) {
        CheckResult result = checker.check(multiple, offered, true, response);
        assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(result.message()).contains("every correct choice");
    }

    @Test
    void unknownIdIsUnreadableAndListsTheChoices() {
        CheckResult result = checker.check(multiple, offered, true, "A, E");
        assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).startsWith("Could not read your answer: expected choice ids from A, B, C, D")
                .contains("'e' is not one of the choices");
        assertThat(checker.check(single, offered, false, "the second").verdict()).isEqualTo(Verdict.UNREADABLE);
    }

    @Test
    void withoutTheOfferedIdsAnIdOutsideTheKeyIsWrong() {
        assertThat(checker.check(single, "B").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(single, "E").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(checker.check(multiple, "c, a").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(multiple, ",").verdict()).isEqualTo(Verdict.UNREADABLE);
    }
}
