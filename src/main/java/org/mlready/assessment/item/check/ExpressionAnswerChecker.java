package org.mlready.assessment.item.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.objecthunter.exp4j.Expression;
import org.mlready.assessment.item.AnswerKey;

/**
 * Checks an expression against {@link AnswerKey.Expression} by evaluation, as WeBWorK does: both are evaluated at
 * {@value #POINTS} points drawn uniformly from [low, high] for every variable, and must agree within a relative
 * tolerance of {@value #RELATIVE_TOLERANCE} (with an absolute floor of {@value #ABSOLUTE_FLOOR} for values near zero)
 * at each. Points where the key is not finite (outside its domain, e.g. ln at a negative number) are skipped and
 * others drawn. The points come from a {@link Random} seeded from the key alone, so a response always gets the same
 * verdict.
 *
 * <p>The response is read by exp4j with the key's variables: ^ or ** for powers, implicit multiplication (2x,
 * 3(x+1), x y), ln and log for the natural logarithm, and the usual functions (sqrt, exp, sin, cos, tan, abs, ...).
 * A leading "y =" or "f(x) =" is ignored. An unknown name or a syntax error makes the response unreadable, and so
 * does a function name without parentheses ("sin x"), which exp4j would apply to the rest of the expression. A key
 * variable named e or pi hides that constant.
 */
public final class ExpressionAnswerChecker {

    static final int POINTS = 16;
    static final double RELATIVE_TOLERANCE = 1e-6;
    static final double ABSOLUTE_FLOOR = 1e-9;
    private static final int MAX_DRAWS = 2_000;

    private static final Pattern LEFT_HAND_SIDE =
            Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_']*)\\s*(\\([^()=]*\\))?\\s*=(?!=)");

    public CheckResult check(AnswerKey.Expression key, String response) {
        if (!Double.isFinite(key.low()) || !Double.isFinite(key.high())) {
            throw new IllegalArgumentException("answer key has an infinite range: " + key);
        }
        Reading<Expression> expected = ExpressionCompiler.compile(key.expression(), key.variables());
        if (!expected.isReadable()) {
            throw new IllegalArgumentException("answer key expression '" + key.expression() + "' cannot be read: "
                    + expected.problem());
        }
        Reading<Expression> given = ExpressionCompiler.compile(withoutLeftHandSide(response, key.variables()),
                key.variables());
        if (!given.isReadable()) {
            return CheckResult.unreadable(expectedFormat(key.variables()), given.problem());
        }
        Random random = new Random(Objects.hash(key.expression(), key.variables(), key.low(), key.high()));
        int compared = 0;
        for (int draw = 0; draw < MAX_DRAWS && compared < POINTS; draw++) {
            Map<String, Double> point = new HashMap<>();
            for (String variable : key.variables()) {
                point.put(variable, key.low() + (key.high() - key.low()) * random.nextDouble());
            }
            double expectedValue = ExpressionCompiler.evaluate(expected.value(), point);
            if (!Double.isFinite(expectedValue)) {
                continue;
            }
            if (!agree(expectedValue, ExpressionCompiler.evaluate(given.value(), point))) {
                return CheckResult.incorrect();
            }
            compared++;
        }
        if (compared < POINTS) {
            throw new IllegalArgumentException("answer key expression '" + key.expression()
                    + "' is finite at too few points of [" + key.low() + ", " + key.high() + "]");
        }
        return CheckResult.correct();
    }

    /** What an answer should look like, for "Could not read your answer: expected ...". */
    static String expectedFormat(List<String> variables) {
        if (variables.isEmpty()) {
            return "an expression such as 2*pi/3 or sqrt(2)/2";
        }
        String x = variables.get(0);
        String names = variables.size() == 1 ? x
                : String.join(", ", variables.subList(0, variables.size() - 1)) + " and "
                  + variables.get(variables.size() - 1);
        return "an expression in " + names + " such as 3*" + x + "^2 - sin(" + x + ")";
    }

    private static boolean agree(double expected, double given) {
        return Double.isFinite(given)
                && Math.abs(given - expected) <= Math.max(ABSOLUTE_FLOOR, RELATIVE_TOLERANCE * Math.abs(expected));
    }

    /** Drops "y =" or "f(x) =" in front of the expression, but not "x =" for a variable x (that is an equation). */
    private static String withoutLeftHandSide(String response, List<String> variables) {
        if (response == null) {
            return "";
        }
        Matcher matcher = LEFT_HAND_SIDE.matcher(response);
        if (!matcher.find() || (matcher.group(2) == null && variables.contains(matcher.group(1)))) {
            return response;
        }
        return response.substring(matcher.end());
    }
}
