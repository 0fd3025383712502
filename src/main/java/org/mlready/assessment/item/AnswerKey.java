package org.mlready.assessment.item;

import java.util.List;
import java.util.Set;

/** What counts as a right answer, one record per response type. */
public sealed interface AnswerKey {

    /** Correct when |x - value| <= absoluteTolerance or |x - value| <= relativeTolerance * |value|. */
    record Numeric(double value, double absoluteTolerance, double relativeTolerance) implements AnswerKey {
    }

    record Vector(List<Double> values, double absoluteTolerance, double relativeTolerance) implements AnswerKey {
    }

    record Matrix(List<List<Double>> rows, double absoluteTolerance, double relativeTolerance) implements AnswerKey {
    }

    /** The ids of the correct choices; one for single choice, any number for multiple choice. */
    record Choices(Set<String> correctIds) implements AnswerKey {
    }

    record Shape(List<Integer> dimensions) implements AnswerKey {
    }

    /**
     * An expression equal to {@code expression} for every value of the variables; checked by evaluation at random
     * points drawn from [low, high].
     */
    record Expression(String expression, List<String> variables, double low, double high) implements AnswerKey {
    }

    /** The result set of {@code referenceQuery} on the sandbox; {@code ordered} makes row order matter. */
    record Sql(String referenceQuery, boolean ordered) implements AnswerKey {
    }
}
