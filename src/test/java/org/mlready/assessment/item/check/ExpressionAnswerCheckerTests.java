package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlready.assessment.item.AnswerKey;

class ExpressionAnswerCheckerTests {

    private final ExpressionAnswerChecker checker = new ExpressionAnswerChecker();
    private final AnswerKey.Expression chainRule =
            new AnswerKey.Expression("2*x*cos(x^2)", List.of("x"), -2, 2);

    @ParameterizedTest
    @ValueSource(strings = {"2*x*cos(x^2)", "2x cos(x^2)", "2xcos(x**2)", "cos(x^2)*2*x", "x*2*cos(x*x)",
            "2 * x * cos(x\u00b2)", "2x\u00b7cos(x^2)", "y = 2x cos(x^2)", "f'(x) = 2*x*cos(x^2)",
            "d = 2*x*cos(x^2)", "(2x)(cos(x^2))", "2*x*cos(-x^2)", "x*(cos(x^2+2pi) + cos(x^2))",
            "2*x*(1 - 2*sin(x^2/2)^2)"})
    void acceptsEquivalentForms(String response) {
        CheckResult result = checker.check(chainRule, response);
        assertThat(result.verdict()).as(response + ": " + result.message()).isEqualTo(Verdict.CORRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x*cos(x^2)", "2*x*sin(x^2)", "2*x*cos(x)^2", "cos(x^2)", "2*x*cos(x^2) + 0.001", "0"})
    void rejectsDifferentExpressions(String response) {
        assertThat(checker.check(chainRule, response).verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void naturalLogarithmIsLnOrLog() {
        AnswerKey.Expression key = new AnswerKey.Expression("ln(x) + 1", List.of("x"), 0.5, 3);
        assertThat(checker.check(key, "log(x) + 1").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(key, "ln(e*x)").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(key, "log10(x) + 1").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void severalVariablesAndImplicitMultiplication() {
        AnswerKey.Expression key = new AnswerKey.Expression("(x + y)^2", List.of("x", "y"), -3, 3);
        assertThat(checker.check(key, "x^2 + 2xy + y^2").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(key, "x^2 + 2 x y + y^2").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(key, "x^2 + y^2").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void skipsPointsOutsideTheDomainOfTheKey() {
        // ln(x) is NaN for half of [-4, 4]; only the other half is compared
        AnswerKey.Expression key = new AnswerKey.Expression("ln(x^3)", List.of("x"), -4, 4);
        assertThat(checker.check(key, "3*ln(x)").verdict()).isEqualTo(Verdict.CORRECT);
        AnswerKey.Expression reciprocal = new AnswerKey.Expression("1/(x-1)", List.of("x"), 0, 2);
        assertThat(checker.check(reciprocal, "-1/(1-x)").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void responseUndefinedWhereTheKeyIsDefinedIsIncorrect() {
        AnswerKey.Expression key = new AnswerKey.Expression("x", List.of("x"), -2, 2);
        assertThat(checker.check(key, "sqrt(x^2)").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(checker.check(key, "exp(ln(x))").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void smallValuesAreComparedWithAnAbsoluteFloor() {
        AnswerKey.Expression key = new AnswerKey.Expression("sin(x)^2 + cos(x)^2 - 1", List.of("x"), -10, 10);
        assertThat(checker.check(key, "0").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void sameResponseAlwaysGetsTheSameVerdict() {
        // 1e-6 relative off: close to the tolerance, so a different set of points could flip it
        String nearlyRight = "2*x*cos(x^2)*(1 + 9e-7)";
        Verdict first = checker.check(chainRule, nearlyRight).verdict();
        for (int i = 0; i < 20; i++) {
            assertThat(checker.check(chainRule, nearlyRight).verdict()).isEqualTo(first);
        }
    }

    @Test
    void unknownVariableIsUnreadableAndNamed() {
        CheckResult result = checker.check(chainRule, "2*t*cos(t^2)");
        assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).startsWith("Could not read your answer: expected an expression in x")
                .contains("'t'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2*x*cos(x^2", "2*x*cos x^2", "2*x*", "2x cos(x^2) = 0", "2 3 x", "x % 2",
            "2x, 3", "cos", "@x"})
    void syntaxErrorsAreUnreadable(String response) {
        CheckResult result = checker.check(chainRule, response);
        assertThat(result.verdict()).as(response).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).startsWith("Could not read your answer: expected an expression in x such as");
    }

    @Test
    void functionWithoutParenthesesIsUnreadableRatherThanMisread() {
        // exp4j alone would read "sin x + 1" as sin(x + 1)
        CheckResult result = checker.check(new AnswerKey.Expression("sin(x) + 1", List.of("x"), -1, 1), "sin x + 1");
        assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).contains("put the argument of sin in parentheses");
    }

    @Test
    void variableWhoseNameContainsAFunctionName() {
        AnswerKey.Expression key = new AnswerKey.Expression("2*cost + 1", List.of("cost"), 0, 5);
        assertThat(checker.check(key, "cost + cost + 1").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void equationInTheVariableIsNotStrippedToItsRightHandSide() {
        AnswerKey.Expression key = new AnswerKey.Expression("3", List.of("x"), -1, 1);
        assertThat(checker.check(key, "x = 3").verdict()).isEqualTo(Verdict.UNREADABLE);
    }

    @Test
    void badKeysAreRefusedLoudly() {
        assertThatThrownBy(() -> checker.check(new AnswerKey.Expression("2*y", List.of("x"), 0, 1), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("answer key");
        assertThatThrownBy(() -> checker.check(new AnswerKey.Expression("sqrt(x)", List.of("x"), -2, -1), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too few points");
    }
}
