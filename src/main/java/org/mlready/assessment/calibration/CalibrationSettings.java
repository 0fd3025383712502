package org.mlready.assessment.calibration;

/**
 * Settings of the Bock–Aitkin EM. Priors: log a ~ N(logAMean, logASd²), b ~ N(0, bSd²). The ability distribution is
 * N(0, 1), represented by {@code gridPoints} equally spaced points on [-gridHalfWidth, gridHalfWidth] with normalised
 * normal-density weights.
 */
public record CalibrationSettings(int minResponses, double logAMean, double logASd, double bSd, int gridPoints,
                                  double gridHalfWidth, int maxIterations, double tolerance) {

    /** The smallest number of qualifying responses for which a family is calibrated. */
    public static final int MIN_RESPONSES = 200;

    public CalibrationSettings {
        if (minResponses < 1 || !(logASd > 0) || !(bSd > 0) || gridPoints < 5 || !(gridHalfWidth > 0)
                || maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("invalid calibration settings");
        }
    }

    public static CalibrationSettings defaults() {
        return new CalibrationSettings(MIN_RESPONSES, 0, 0.5, 2, 49, 6, 1000, 1e-5);
    }

    public CalibrationSettings withMinResponses(int min) {
        return new CalibrationSettings(min, logAMean, logASd, bSd, gridPoints, gridHalfWidth, maxIterations, tolerance);
    }

    /** Log prior density of (log a, b), up to a constant. */
    double logPrior(double logA, double b) {
        double za = (logA - logAMean) / logASd;
        double zb = b / bSd;
        return -0.5 * (za * za + zb * zb);
    }
}
