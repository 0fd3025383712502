package org.mlready.assessment.item.check;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of reading a learner's text: either a value or a short description of the problem (phrased to follow
 * "Could not read your answer: expected ...; ").
 */
public record Reading<T>(T value, String problem) {

    public Reading {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of value and problem must be given");
        }
    }

    public static <T> Reading<T> of(T value) {
        return new Reading<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Reading<T> failure(String problem) {
        return new Reading<>(null, Objects.requireNonNull(problem, "problem"));
    }

    public boolean isReadable() {
        return value != null;
    }

    <U> Reading<U> map(Function<T, U> mapping) {
        return isReadable() ? of(mapping.apply(value)) : failure(problem);
    }
}
