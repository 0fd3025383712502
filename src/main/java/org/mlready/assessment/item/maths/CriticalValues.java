package org.mlready.assessment.item.maths;

/** The rounded standard-normal quantiles quoted in sample-size questions, so the learner and the key agree. */
final class CriticalValues {

    private CriticalValues() {
    }

    /** z_{1 - alpha/2} for a two-sided test. */
    static double twoSided(double alpha) {
        return alpha == 0.01 ? 2.5758 : alpha == 0.05 ? 1.96 : 1.6449;
    }

    /** z_{power}. */
    static double forPower(double power) {
        return power == 0.9 ? 1.2816 : 0.8416;
    }
}
