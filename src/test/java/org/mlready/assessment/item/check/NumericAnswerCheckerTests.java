package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlready.assessment.item.AnswerKey;

class NumericAnswerCheckerTests {

    private final NumericAnswerChecker checker = new NumericAnswerChecker();
    private final AnswerKey.Numeric quarter = new AnswerKey.Numeric(0.25, 1e-3, 0);

    @ParameterizedTest
    @ValueSource(strings = {"0.25", ".25", "1/4", "2.5e-1", "25%", "0.2505", "0.2495", "sqrt(1/16)", "2^-2"})
    void acceptsAQuarterInAnyForm(String response) {
        assertThat(checker.check(quarter, response).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.252", "0.248", "25", "1/3", "-0.25", "0.3"})
    void rejectsValuesOutsideTheTolerance(String response) {
        CheckResult result = checker.check(quarter, response);
        assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void unreadableAnswerSaysWhatWasExpected() {
        CheckResult result = checker.check(quarter, "a quarter");
        assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).startsWith("Could not read your answer: expected a number such as 0.25, 1/4 "
                + "or 25%");
    }

    @Test
    void relativeToleranceScalesWithTheValue() {
        AnswerKey.Numeric million = new AnswerKey.Numeric(1e6, 0, 1e-3);
        assertThat(checker.check(million, "1000900").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(million, "1001100").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(checker.check(million, "1e6").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void zeroToleranceNeedsTheExactValue() {
        AnswerKey.Numeric exact = new AnswerKey.Numeric(3, 0, 0);
        assertThat(checker.check(exact, "3").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(exact, "6/2").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(exact, "3.0000001").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void thousandsCommaIsUnreadableNotWrong() {
        AnswerKey.Numeric thousand = new AnswerKey.Numeric(1000, 0, 0);
        CheckResult result = checker.check(thousand, "1,000");
        assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).contains("1000");
    }
}
