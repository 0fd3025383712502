package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;
import org.mlready.assessment.item.AnswerKey;

/**
 * Equivalent forms are accepted and perturbed ones refused. The expanded forms are computed independently of the
 * checker: polynomial products by commons-math3, trigonometric forms by the product-to-sum and angle-sum
 * identities.
 */
class ExpressionEquivalencePropertyTests {

    private final ExpressionAnswerChecker checker = new ExpressionAnswerChecker();

    @Property(tries = 500)
    void factoredPolynomialEqualsItsExpansionInAnyTermOrder(
            @ForAll @IntRange(min = -5, max = 5) int leading,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = -5, max = 5) Integer> roots,
            @ForAll long shuffleSeed) {
        int a = leading == 0 ? 1 : leading;
        StringBuilder factored = new StringBuilder(Integer.toString(a));
        PolynomialFunction product = new PolynomialFunction(new double[] {a});
        for (int root : roots) {
            factored.append("*(x ").append(root <= 0 ? "+ " + -root : "- " + root).append(")");
            product = product.multiply(new PolynomialFunction(new double[] {-root, 1}));
        }
        List<String> terms = new ArrayList<>();
        double[] coefficients = product.getCoefficients();
        for (int power = 0; power < coefficients.length; power++) {
            long c = Math.round(coefficients[power]);
            if (c != 0) {
                terms.add("(" + c + ")" + (power == 0 ? "" : power == 1 ? "x" : "x^" + power));
            }
        }
        Collections.shuffle(terms, new Random(shuffleSeed));
        String expanded = String.join(" + ", terms);
        AnswerKey.Expression key = new AnswerKey.Expression(factored.toString(), List.of("x"), -3, 3);

        assertThat(checker.check(key, expanded).verdict()).as(key.expression() + " vs " + expanded)
                .isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(key, expanded + " + 1").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(checker.check(key, "2*(" + expanded + ")").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Property(tries = 300)
    void productOfSineAndCosineEqualsHalfTheSumOfSines(@ForAll @IntRange(min = 1, max = 6) int a,
                                                       @ForAll @IntRange(min = 0, max = 6) int b) {
        AnswerKey.Expression key = new AnswerKey.Expression("sin(" + a + "x)*cos(" + b + "x)", List.of("x"), -2, 2);
        String sum = "(sin(" + (a + b) + "*x) + sin(" + (a - b) + "*x))/2";
        assertThat(checker.check(key, sum).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(key, sum + " + 1").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(checker.check(key, "2*" + sum).verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Property(tries = 300)
    void sineOfASumEqualsItsExpansion(@ForAll @IntRange(min = -9, max = 9) int phase,
                                      @ForAll @IntRange(min = 1, max = 4) int frequency) {
        String angle = frequency + "t";
        AnswerKey.Expression key =
                new AnswerKey.Expression("sin(" + angle + " + " + phase + ")", List.of("t"), -3, 3);
        String expanded = "cos(" + phase + ")*sin(" + angle + ") + sin(" + phase + ")*cos(" + angle + ")";
        assertThat(checker.check(key, expanded).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(key, expanded + " + 1").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(checker.check(key, "2(" + expanded + ")").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Property(tries = 300)
    void squareOfABinomialInTwoVariables(@ForAll @IntRange(min = -6, max = 6) int a,
                                         @ForAll @IntRange(min = 1, max = 6) int b) {
        AnswerKey.Expression key = new AnswerKey.Expression("(" + a + "x + " + b + "y)^2", List.of("x", "y"), -2, 2);
        String expanded = (a * a) + "x^2 + " + (2 * a * b) + "xy + " + (b * b) + "y**2";
        assertThat(checker.check(key, expanded).verdict()).as(expanded).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(key, expanded + "+1").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(checker.check(key, "2(" + expanded + ")").verdict()).isEqualTo(Verdict.INCORRECT);
    }
}
