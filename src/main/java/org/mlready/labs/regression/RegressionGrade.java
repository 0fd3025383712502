package org.mlready.labs.regression;

import java.util.List;

/**
 * The verdict on a submitted fit: which parts are right (relative tolerance {@link RegressionLab#TOLERANCE}) and
 * feedback on what looks off. Never contains the expected values.
 */
public record RegressionGrade(boolean interceptCorrect, List<Boolean> coefficientsCorrect, boolean mseCorrect,
        List<String> feedback) {

    public RegressionGrade {
        coefficientsCorrect = List.copyOf(coefficientsCorrect);
        feedback = List.copyOf(feedback);
    }

    public boolean passed() {
        return interceptCorrect && mseCorrect && coefficientsCorrect.stream().allMatch(Boolean::booleanValue);
    }
}
