package org.mlready.assessment.cat;

/**
 * The belief about one topic's ability on the quadrature grid: posterior mean (EAP), standard deviation and the
 * probability of mastery {@code P(θ ≥ cut)}.
 */
public final class TopicPosterior {

    private final String topicId;
    private final double[] weights;
    private final double eap;
    private final double sd;
    private final double pMastered;

    TopicPosterior(String topicId, double[] weights, double eap, double sd, double pMastered) {
        this.topicId = topicId;
        this.weights = weights;
        this.eap = eap;
        this.sd = sd;
        this.pMastered = pMastered;
    }

    public String topicId() {
        return topicId;
    }

    public double eap() {
        return eap;
    }

    public double sd() {
        return sd;
    }

    public double pMastered() {
        return pMastered;
    }

    /** Normalised posterior weights at the grid points (a copy). */
    public double[] weights() {
        return weights.clone();
    }

    double[] weightsView() {
        return weights;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: EAP %.3f SD %.3f P(mastered) %.3f", topicId, eap, sd, pMastered);
    }
}
