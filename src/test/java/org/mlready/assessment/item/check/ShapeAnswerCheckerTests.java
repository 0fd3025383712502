package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlready.assessment.item.AnswerKey;

class ShapeAnswerCheckerTests {

    private final ShapeAnswerChecker checker = new ShapeAnswerChecker();

    @ParameterizedTest
    @ValueSource(strings = {"(3, 4)", "(3,4)", "(3, 4,)", "[3, 4]", "3, 4", "3x4", "3 x 4", "3X4", "3\u00d74",
            "3*4", "3 by 4", "3 BY 4", "(3 4)", " ( 3 , 4 ) "})
    void acceptsAThreeByFourShapeInAnyForm(String response) {
        CheckResult result = checker.check(new AnswerKey.Shape(List.of(3, 4)), response);
        assertThat(result.verdict()).as(response + ": " + result.message()).isEqualTo(Verdict.CORRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(3,)", "3", "(3)", "[3]"})
    void readsOneDimensionalShapes(String response) {
        assertThat(checker.check(new AnswerKey.Shape(List.of(3)), response).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"()", "[]", "( )"})
    void readsTheScalarShape(String response) {
        assertThat(checker.check(new AnswerKey.Shape(List.of()), response).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void readsHigherDimensionsAndZeroLengthAxes() {
        AnswerKey.Shape batch = new AnswerKey.Shape(List.of(32, 3, 0, 224));
        assertThat(checker.check(batch, "(32, 3, 0, 224)").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(batch, "32x3x0x224").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(batch, "32 by 3 by 0 by 224").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(4, 3)", "(3, 4, 1)", "(3,)", "()", "12"})
    void otherShapesAreIncorrect(String response) {
        assertThat(checker.check(new AnswerKey.Shape(List.of(3, 4)), response).verdict())
                .isEqualTo(Verdict.INCORRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(3, -4)", "(3.5, 4)", "(3, n)", "(3, 4", "3 x", "(,)", "(3,,4)", "three by four",
            "(None, 4)", "12345678901"})
    void unreadableShapesSayWhatWasExpected(String response) {
        CheckResult result = checker.check(new AnswerKey.Shape(List.of(3, 4)), response);
        assertThat(result.verdict()).as(response).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).startsWith("Could not read your answer: expected a shape such as (3, 4)");
    }
}
