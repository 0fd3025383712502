package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlready.assessment.item.AnswerKey;

class VectorAnswerCheckerTests {

    private final VectorAnswerChecker checker = new VectorAnswerChecker();
    private final AnswerKey.Vector key = new AnswerKey.Vector(List.of(1.0, -2.0, 0.5), 1e-6, 0);

    @ParameterizedTest
    @ValueSource(strings = {"(1, -2, 0.5)", "[1 -2 0.5]", "1,-2,0.5", "1, -2, 1/2", "1 -2 .5", "[1; -2; 0.5]",
            "(1, -2, 0.5,)", "{1, -2, 50%}", "1\n-2\n0.5", "[1, -2, 0.5]", "(2/2, -sqrt(4), 2^-1)",
            "(sqrt(4) / 2, -2 , 1 / 2)", "[(1) (-2) (1/2)]", "( 1 ,  \u22122 , 0.5 )"})
    void acceptsTheVectorInAnyForm(String response) {
        CheckResult result = checker.check(key, response);
        assertThat(result.verdict()).as(response + ": " + result.message()).isEqualTo(Verdict.CORRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(1, 2, 0.5)", "(0.5, -2, 1)", "(1, -2, 0.51)"})
    void rejectsWrongValues(String response) {
        assertThat(checker.check(key, response).verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void wrongLengthIsIncorrectAndSaysTheExpectedLength() {
        CheckResult shorter = checker.check(key, "(1, -2)");
        assertThat(shorter.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(shorter.message()).contains("3 numbers").contains("yours has 2");
        assertThat(checker.check(key, "(1, -2, 0.5, 0)").message()).contains("3 numbers").contains("has 4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(1, -2, x)", "(1, , 0.5)", "(1, -2, 0.5", "[1 - 2 0.5]", "()", "one two three",
            "(1, -2, 0.5]", "(1, -2, 1/0)"})
    void unreadableVectorsSayWhatWasExpected(String response) {
        CheckResult result = checker.check(key, response);
        assertThat(result.verdict()).as(response).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).startsWith("Could not read your answer: expected a list of numbers");
    }

    @Test
    void unreadableElementIsNamed() {
        assertThat(checker.check(key, "(1, -2, x)").message()).contains("element 3").contains("'x'");
    }
}
