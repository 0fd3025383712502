package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlready.assessment.item.AnswerKey;

class MatrixAnswerCheckerTests {

    private final MatrixAnswerChecker checker = new MatrixAnswerChecker();
    private final AnswerKey.Matrix twoByThree = new AnswerKey.Matrix(
            List.of(List.of(1.0, 2.0, 3.0), List.of(4.0, 5.0, 0.5)), 1e-9, 0);

    @ParameterizedTest
    @ValueSource(strings = {"[[1, 2, 3], [4, 5, 0.5]]", "[[1,2,3],[4,5,1/2]]", "[[1 2 3] [4 5 0.5]]",
            "((1, 2, 3), (4, 5, 0.5))", "1 2 3; 4 5 0.5", "[1 2 3; 4 5 0.5]", "[1, 2, 3; 4, 5, 0.5]",
            "1 2 3\n4 5 0.5", "1 2 3\n4 5 0.5\n", "1, 2, 3,\n4, 5, 0.5", "[[1, 2, 3],\n [4, 5, 0.5]]",
            "[[1, 2, 3], [4, 5, 50%]]", "  [ [1, 2, 3] , [4, 5, 0.5] ]  ", "1 2 3 ; 4 5 0.5 ;",
            "[[1, 2, sqrt(9)], [2^2, 5, 1 / 2]]"})
    void acceptsTheMatrixInAnyForm(String response) {
        CheckResult result = checker.check(twoByThree, response);
        assertThat(result.verdict()).as(response + ": " + result.message()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void wrongEntryIsIncorrect() {
        assertThat(checker.check(twoByThree, "1 2 3; 4 5 6").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void wrongDimensionsAreIncorrectWithAMessageAboutDimensions() {
        CheckResult transposed = checker.check(twoByThree, "[[1, 4], [2, 5], [3, 0.5]]");
        assertThat(transposed.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(transposed.message()).contains("2 x 3").contains("yours is 3 x 2");
        CheckResult flat = checker.check(twoByThree, "[1, 2, 3, 4, 5, 0.5]");
        assertThat(flat.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(flat.message()).contains("1 x 6");
    }

    @Test
    void singleRowAndSingleColumnMatrices() {
        AnswerKey.Matrix row = new AnswerKey.Matrix(List.of(List.of(0.5, 1.5)), 0, 0);
        assertThat(checker.check(row, "[(1/2), (3/2)]").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(row, "[[0.5, 1.5]]").verdict()).isEqualTo(Verdict.CORRECT);
        AnswerKey.Matrix column = new AnswerKey.Matrix(List.of(List.of(1.0), List.of(2.0)), 0, 0);
        assertThat(checker.check(column, "[[1], [2]]").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(column, "1; 2").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(column, "1\n2").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(column, "[1 2]").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[[1, 2, 3], [4, 5]]", "1 2 3; 4 5", "[[1, 2, 3], [4, 5, y]]", "[[1, 2, 3], [4, 5, 6]",
            "[]", "[[]]", "[[1, 2, 3], 4 5 6]", ",", ";", "[;]", "\n\n"})
    void unreadableMatricesSayWhatWasExpected(String response) {
        CheckResult result = checker.check(twoByThree, response);
        assertThat(result.verdict()).as(response).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).startsWith("Could not read your answer: expected a matrix");
    }

    @Test
    void raggedRowsAreExplained() {
        assertThat(checker.check(twoByThree, "1 2 3; 4 5").message()).contains("equal lengths");
    }
}
