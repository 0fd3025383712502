package org.mlready.assessment.cat;

import java.util.List;

/**
 * Selection score {@link SelectionCriterion#JOINT_MASTERY_INFORMATION} for one step of a test: how much a response to
 * an item is expected to reduce the summed entropy of all topics' mastery indicators. The item's own topic is
 * updated exactly on its grid; every other topic s follows through the Gaussian joint posterior, by the regression of
 * θ_s on θ_t: a response that moves topic t's mean by δ and its variance by −r moves s's mean by β δ and its variance
 * by −β² r, with β = C_st / C_tt (docs/readiness-model.md, "Selection").
 */
final class JointMasteryInformation {

    private final double cut;
    private final double[] points;
    private final double[] aboveCut;
    private final List<TopicPosterior> posteriors;
    private final double[] mean;
    private final double[] variance;
    private final double[] entropyNow;
    private final double[][] beta;

    JointMasteryInformation(List<TopicPosterior> posteriors, double[][] covariance, double cut, QuadratureGrid grid,
                            double[] aboveCut) {
        int n = posteriors.size();
        this.cut = cut;
        this.aboveCut = aboveCut;
        this.posteriors = posteriors;
        this.points = new double[grid.size()];
        for (int k = 0; k < points.length; k++) {
            points[k] = grid.point(k);
        }
        this.mean = new double[n];
        this.variance = new double[n];
        this.entropyNow = new double[n];
        this.beta = new double[n][n];
        for (int s = 0; s < n; s++) {
            mean[s] = posteriors.get(s).eap();
            variance[s] = covariance[s][s];
            entropyNow[s] = ReadinessCat.entropy(masteredProbability(mean[s], variance[s]));
        }
        for (int t = 0; t < n; t++) {
            for (int s = 0; s < n; s++) {
                beta[t][s] = covariance[s][t] / covariance[t][t];
            }
        }
    }

    /** Expected entropy reduction (nats) over all topics for an item of topic t with these success probabilities. */
    double score(int t, double[] pCorrect) {
        double[] w = posteriors.get(t).weightsView();
        double p1 = 0;
        double s1 = 0;
        double s2 = 0;
        double m1 = 0;
        double m2 = 0;
        for (int k = 0; k < w.length; k++) {
            double x = points[k];
            double wk = w[k];
            double wp = wk * pCorrect[k];
            p1 += wp;
            s1 += wp * x;
            s2 += wp * x * x;
            m1 += wk * x;
            m2 += wk * x * x;
        }
        double own = ReadinessCat.masteryInformation(w, pCorrect, aboveCut);
        if (p1 <= 1e-12 || p1 >= 1 - 1e-12) {
            return own;
        }
        double varNow = Math.max(m2 - m1 * m1, 1e-12);
        double meanRight = s1 / p1;
        double varRight = s2 / p1 - meanRight * meanRight;
        double meanWrong = (m1 - s1) / (1 - p1);
        double varWrong = (m2 - s2) / (1 - p1) - meanWrong * meanWrong;
        double others = 0;
        double[] b = beta[t];
        for (int s = 0; s < b.length; s++) {
            if (s == t) {
                continue;
            }
            double bs = b[s];
            double hRight = ReadinessCat.entropy(masteredProbability(mean[s] + bs * (meanRight - m1),
                    variance[s] - bs * bs * (varNow - varRight)));
            double hWrong = ReadinessCat.entropy(masteredProbability(mean[s] + bs * (meanWrong - m1),
                    variance[s] - bs * bs * (varNow - varWrong)));
            others += entropyNow[s] - p1 * hRight - (1 - p1) * hWrong;
        }
        return own + Math.max(0, others);
    }

    private double masteredProbability(double m, double v) {
        return StandardNormal.cdf((m - cut) / Math.sqrt(Math.max(v, 1e-9)));
    }
}
