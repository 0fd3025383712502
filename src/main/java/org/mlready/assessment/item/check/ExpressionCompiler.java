package org.mlready.assessment.item.check;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.tokenizer.UnknownFunctionOrVariableException;

/**
 * Compiles a learner's arithmetic or algebra into an exp4j expression, after {@link MathNotation#normalize}.
 * Implicit multiplication is on (2x, 2pi, 3(x+1), xy with variables x and y); ^ is the power and is
 * right-associative; unary minus binds looser than ^, so -x^2 is -(x^2); log and ln are both the natural
 * logarithm (log10 and log2 exist too); [ ] and { } may be used as parentheses. The % sign is refused because exp4j
 * would read it as a remainder operator, which no learner means.
 */
final class ExpressionCompiler {

    private static final Function NATURAL_LOG = new Function("ln", 1) {
        @Override
        public double apply(double... args) {
            return Math.log(args[0]);
        }
    };

    // exp4j would fail on "1 000" with an unhelpful message; say what is wrong instead.
    private static final Pattern SPACE_BETWEEN_NUMBERS = Pattern.compile("[0-9.]\\s+[0-9.]");

    // exp4j's built-in functions and ours, longest first so that messages name log10 rather than log
    private static final List<String> FUNCTION_NAMES = List.of("log10", "log1p", "log2", "expm1", "signum", "floor",
            "ceil", "sqrt", "cbrt", "asin", "acos", "atan", "sinh", "cosh", "tanh", "sin", "cos", "tan", "cot", "log",
            "ln", "abs", "exp", "pow");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*+");
    // exp4j splits a run of letters into names by trying ever shorter prefixes, which is cubic in the run's length
    private static final int MAX_NAME_LENGTH = 24;

    private ExpressionCompiler() {
    }

    static Reading<Expression> compile(String text, Collection<String> variables) {
        String normalized = MathNotation.normalize(text);
        if (normalized.isEmpty()) {
            return Reading.failure("the answer is empty");
        }
        String bracketProblem = BracketedText.bracketProblem(normalized);
        if (bracketProblem != null) {
            return Reading.failure(bracketProblem);
        }
        if (normalized.indexOf('%') >= 0) {
            return Reading.failure("'%' is only allowed right after a single number, as a percent sign");
        }
        if (normalized.indexOf(',') >= 0) {
            return Reading.failure("commas are not allowed here (write 1000 for a thousand and 0.5 for a half)");
        }
        if (SPACE_BETWEEN_NUMBERS.matcher(normalized).find()) {
            return Reading.failure("there is a space between two numbers (write 1000, not 1 000, and use * to "
                    + "multiply)");
        }
        String withParentheses = normalized.replace('[', '(').replace('{', '(').replace(']', ')').replace('}', ')');
        Matcher name = NAME.matcher(withParentheses);
        while (name.find()) {
            if (name.group().length() > MAX_NAME_LENGTH) {
                return Reading.failure("'" + name.group().substring(0, MAX_NAME_LENGTH) + "...' is too long a name");
            }
        }
        String bareFunction = functionWithoutParentheses(withParentheses, variables);
        if (bareFunction != null) {
            return Reading.failure("put the argument of " + bareFunction + " in parentheses, e.g. " + bareFunction
                    + "(2)");
        }
        try {
            Expression expression = new ExpressionBuilder(withParentheses)
                    .implicitMultiplication(true)
                    .variables(new LinkedHashSet<>(variables))
                    .function(NATURAL_LOG)
                    .build();
            if (!expression.validate(false).isValid()) {
                return Reading.failure("it is not a complete expression (an operator is missing a number)");
            }
            return Reading.of(expression);
        } catch (UnknownFunctionOrVariableException e) {
            return Reading.failure(unknownName(e.getToken(), variables));
        } catch (ArithmeticException e) {
            return Reading.failure("it divides by zero");
        } catch (RuntimeException e) {
            // exp4j reports syntax errors as IllegalArgumentException, NumberFormatException or EmptyStackException
            return Reading.failure("it is not a well-formed expression");
        }
    }

    /** Evaluates with the given variable values; NaN where exp4j refuses (it throws on division by zero). */
    static double evaluate(Expression expression, Map<String, Double> values) {
        try {
            return expression.setVariables(values).evaluate();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * A function name in a run of letters that is not followed by "(", or null. exp4j applies a function written
     * without parentheses to everything after it ("sqrt 2/2" is sqrt(1), "sin x + 1" is sin(x + 1)), which no
     * learner means. Names such as "xsin(x)" pass: exp4j reads them as x*sin(x); so does a variable such as "cost".
     */
    private static String functionWithoutParentheses(String text, Collection<String> variables) {
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            int next = name.end();
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if ((next < text.length() && text.charAt(next) == '(') || variables.contains(name.group())) {
                continue;
            }
            for (String function : FUNCTION_NAMES) {
                if (name.group().contains(function)) {
                    return function;
                }
            }
        }
        return null;
    }

    private static String unknownName(String token, Collection<String> variables) {
        if (variables.isEmpty()) {
            return "'" + token + "' is not a known constant or function";
        }
        Set<String> names = new LinkedHashSet<>(variables);
        return "'" + token + "' is not a known variable or function (the variables are "
                + String.join(", ", names) + ")";
    }
}
