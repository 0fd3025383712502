package org.mlready.assessment.cat;

/** The standard normal distribution function, fast enough to be called for every candidate item and topic. */
final class StandardNormal {

    private StandardNormal() {
    }

    /** Φ(x), absolute error below 2·10⁻⁷ (Abramowitz and Stegun 7.1.26 for erf). */
    static double cdf(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * z);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erfc = poly * Math.exp(-z * z);
        return x >= 0 ? 1 - erfc / 2 : erfc / 2;
    }
}
