package org.mlready.assessment.item.check;

import java.util.List;
import java.util.Objects;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/**
 * Checks a learner's response against an answer key, choosing the checker for the key's type. A missing or blank
 * response is unreadable, never wrong. SQL keys are not handled here: they need the SQL sandbox.
 */
public final class AnswerChecker {

    /** Longer responses are refused before parsing; no answer in the item bank comes close. */
    static final int MAX_RESPONSE_LENGTH = 5_000;

    private final NumericAnswerChecker numeric = new NumericAnswerChecker();
    private final VectorAnswerChecker vector = new VectorAnswerChecker();
    private final MatrixAnswerChecker matrix = new MatrixAnswerChecker();
    private final ChoiceAnswerChecker choice = new ChoiceAnswerChecker();
    private final ShapeAnswerChecker shape = new ShapeAnswerChecker();
    private final ExpressionAnswerChecker expression = new ExpressionAnswerChecker();

    /**
     * Checks a response to an item. For choice items the offered choices are known, so an id that is not among
     * them is unreadable, and a single-choice item accepts exactly one id.
     */
    public CheckResult check(ItemInstance item, String response) {
        Objects.requireNonNull(item, "item");
        if (item.key() instanceof AnswerKey.Choices choices && !item.choices().isEmpty()) {
            List<String> offeredIds = item.choices().stream().map(Choice::id).toList();
            boolean multiple = item.responseType() == ResponseType.MULTIPLE_CHOICE;
            CheckResult refusal = refusal(item.key(), response);
            return refusal != null ? refusal : choice.check(choices, offeredIds, multiple, response);
        }
        return check(item.key(), response);
    }

    /**
     * Checks a response against a key alone. For {@link AnswerKey.Choices} the offered ids are unknown here, so an
     * id outside the key is wrong rather than unreadable; prefer {@link #check(ItemInstance, String)}.
     *
     * @throws IllegalArgumentException for an {@link AnswerKey.Sql} key
     */
    public CheckResult check(AnswerKey key, String response) {
        Objects.requireNonNull(key, "key");
        CheckResult refusal = refusal(key, response);
        if (refusal != null) {
            return refusal;
        }
        if (key instanceof AnswerKey.Numeric numericKey) {
            return numeric.check(numericKey, response);
        }
        if (key instanceof AnswerKey.Vector vectorKey) {
            return vector.check(vectorKey, response);
        }
        if (key instanceof AnswerKey.Matrix matrixKey) {
            return matrix.check(matrixKey, response);
        }
        if (key instanceof AnswerKey.Choices choicesKey) {
            return choice.check(choicesKey, response);
        }
        if (key instanceof AnswerKey.Shape shapeKey) {
            return shape.check(shapeKey, response);
        }
        if (key instanceof AnswerKey.Expression expressionKey) {
            return expression.check(expressionKey, response);
        }
        throw new IllegalArgumentException("no checker for " + key.getClass().getSimpleName());
    }

    /** The result for a response that is not worth parsing, or null. */
    private static CheckResult refusal(AnswerKey key, String response) {
        if (key instanceof AnswerKey.Sql) {
            throw new IllegalArgumentException(
                    "SQL answers are checked by the SQL sandbox checker, not by AnswerChecker");
        }
        if (response == null || response.isBlank()) {
            return CheckResult.unreadable(expectedFormat(key), "the answer is empty");
        }
        if (response.length() > MAX_RESPONSE_LENGTH) {
            return CheckResult.unreadable(expectedFormat(key), "the answer is too long");
        }
        return null;
    }

    private static String expectedFormat(AnswerKey key) {
        if (key instanceof AnswerKey.Numeric) {
            return NumberReader.EXPECTED;
        }
        if (key instanceof AnswerKey.Vector) {
            return VectorReader.EXPECTED;
        }
        if (key instanceof AnswerKey.Matrix) {
            return MatrixReader.EXPECTED;
        }
        if (key instanceof AnswerKey.Shape) {
            return ShapeReader.EXPECTED;
        }
        if (key instanceof AnswerKey.Expression expressionKey) {
            return ExpressionAnswerChecker.expectedFormat(expressionKey.variables());
        }
        return "choice ids separated by commas, such as A, C";
    }
}
