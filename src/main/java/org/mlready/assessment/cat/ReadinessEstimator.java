package org.mlready.assessment.cat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The belief about all topic abilities given the answers so far (docs/readiness-model.md, "Estimation").
 *
 * <p>Each topic keeps the exact log-likelihood of its own answers on the quadrature grid. Evidence between topics
 * flows through the multivariate normal prior by expectation propagation: each topic's own-answer likelihood is
 * approximated by a Gaussian "site" {@code exp(-τ θ²/2 + ν θ)}; the sites and the prior give a Gaussian joint, from
 * which each topic's cavity (the belief from the prior and every other topic's answers) is read; the topic's
 * posterior on the grid is cavity × exact likelihood, and its site is refitted to match that posterior's mean and
 * variance. Sweeps repeat until the sites settle. Not thread-safe.
 */
public final class ReadinessEstimator {

    private static final int MAX_SWEEPS = 30;
    private static final double TOLERANCE = 1e-5;

    private final ReadinessPrior prior;
    private final QuadratureGrid grid;
    private final double cut;
    private final double[] aboveCut;
    private final int n;
    private final double[][] priorPrecision;
    private final double[] priorShift;
    private final double[][] logLikelihood;
    private final int[] answers;
    private final double[] tau;
    private final double[] nu;
    private List<TopicPosterior> current;
    private double[][] jointCovariance;
    private int sweepsUsed;

    public ReadinessEstimator(ReadinessPrior prior, QuadratureGrid grid, double cut) {
        this.prior = prior;
        this.grid = grid;
        this.cut = cut;
        this.aboveCut = grid.aboveCutFractions(cut);
        this.n = prior.size();
        this.priorPrecision = Spd.inverse(prior.covarianceView());
        this.priorShift = Spd.multiply(priorPrecision, prior.meanView());
        this.logLikelihood = new double[n][grid.size()];
        this.answers = new int[n];
        this.tau = new double[n];
        this.nu = new double[n];
    }

    public ReadinessPrior prior() {
        return prior;
    }

    public QuadratureGrid grid() {
        return grid;
    }

    public double cut() {
        return cut;
    }

    /** Adds the evidence of one answer to the item's topic. */
    public void add(PoolItem item, Answer answer) {
        int t = prior.indexOf(item.topicId());
        if (t < 0) {
            throw new IllegalArgumentException("the prior has no topic '" + item.topicId() + "'");
        }
        double[] ll = logLikelihood[t];
        for (int k = 0; k < ll.length; k++) {
            ll[k] += Math.log(Irt.likelihood(item.irt(), answer, grid.point(k)));
        }
        answers[t]++;
        current = null;
    }

    /** Number of answers recorded for a topic. */
    public int answersFor(String topicId) {
        return answers[prior.indexOf(topicId)];
    }

    /** Per-topic posteriors, in the prior's topic order. */
    public List<TopicPosterior> posterior() {
        if (current == null) {
            current = solve();
        }
        return current;
    }

    public TopicPosterior posterior(String topicId) {
        return posterior().get(prior.indexOf(topicId));
    }

    /** Covariance of the Gaussian (EP) approximation of the joint posterior; a view, do not modify. */
    double[][] jointCovarianceView() {
        posterior();
        return jointCovariance;
    }

    /** EP sweeps used by the last solve (diagnostics). */
    public int sweepsUsed() {
        return sweepsUsed;
    }

    private List<TopicPosterior> solve() {
        double[][] cov;
        double[] m;
        double[] h = new double[n];
        double[] moments = new double[2];
        boolean any = false;
        for (int t = 0; t < n; t++) {
            any |= answers[t] > 0;
        }
        sweepsUsed = 0;
        cov = jointCovariance();
        for (int i = 0; i < n; i++) {
            h[i] = priorShift[i] + nu[i];
        }
        m = Spd.multiply(cov, h);
        double[] col = new double[n];
        for (int sweep = 0; sweep < MAX_SWEEPS && any; sweep++) {
            sweepsUsed = sweep + 1;
            double change = 0;
            for (int t = 0; t < n; t++) {
                if (answers[t] == 0) {
                    continue;
                }
                double cavityTau = 1 / cov[t][t] - tau[t];
                double cavityNu = m[t] / cov[t][t] - nu[t];
                tilted(t, cavityTau, cavityNu, null, moments);
                double newTau = Math.max(0, 1 / moments[1] - cavityTau);
                double newNu = moments[0] * (cavityTau + newTau) - cavityNu;
                double dTau = newTau - tau[t];
                double dNu = newNu - nu[t];
                change = Math.max(change, Math.max(Math.abs(dTau), Math.abs(dNu)));
                if (dTau == 0 && dNu == 0) {
                    continue;
                }
                if (dTau != 0) {
                    // Sherman-Morrison: (Λ + dTau e_t e_tᵀ)⁻¹
                    double factor = dTau / (1 + dTau * cov[t][t]);
                    for (int i = 0; i < n; i++) {
                        col[i] = cov[i][t];
                    }
                    for (int i = 0; i < n; i++) {
                        double fi = factor * col[i];
                        double[] row = cov[i];
                        for (int j = 0; j < n; j++) {
                            row[j] -= fi * col[j];
                        }
                    }
                }
                tau[t] = newTau;
                nu[t] = newNu;
                h[t] += dNu;
                m = Spd.multiply(cov, h);
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        if (sweepsUsed > 0) {
            cov = jointCovariance(); // fresh inverse, free of rank-one round-off
            m = Spd.multiply(cov, h);
        }
        this.jointCovariance = cov;
        List<TopicPosterior> result = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            double cavityTau = 1 / cov[t][t] - tau[t];
            double cavityNu = m[t] / cov[t][t] - nu[t];
            double[] weights = new double[grid.size()];
            tilted(t, cavityTau, cavityNu, weights, moments);
            double pm = 0;
            for (int k = 0; k < weights.length; k++) {
                pm += weights[k] * aboveCut[k];
            }
            result.add(new TopicPosterior(prior.topicIds().get(t), weights, moments[0], Math.sqrt(moments[1]),
                    Math.min(1, Math.max(0, pm))));
        }
        return Collections.unmodifiableList(result);
    }

    private double[][] jointCovariance() {
        double[][] precision = new double[n][];
        for (int i = 0; i < n; i++) {
            precision[i] = priorPrecision[i].clone();
            precision[i][i] += tau[i];
        }
        return Spd.inverse(precision);
    }

    /** Cavity N(ν/τ, 1/τ) times the topic's exact likelihood on the grid: normalised weights, mean and variance. */
    private void tilted(int t, double cavityTau, double cavityNu, double[] weightsOut, double[] moments) {
        int size = grid.size();
        double[] w = weightsOut != null ? weightsOut : new double[size];
        double[] ll = logLikelihood[t];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < size; k++) {
            double x = grid.point(k);
            w[k] = -0.5 * cavityTau * x * x + cavityNu * x + ll[k];
            max = Math.max(max, w[k]);
        }
        double total = 0;
        for (int k = 0; k < size; k++) {
            w[k] = Math.exp(w[k] - max);
            total += w[k];
        }
        double mean = 0;
        for (int k = 0; k < size; k++) {
            w[k] /= total;
            mean += w[k] * grid.point(k);
        }
        double var = 0;
        for (int k = 0; k < size; k++) {
            double d = grid.point(k) - mean;
            var += w[k] * d * d;
        }
        moments[0] = mean;
        moments[1] = Math.max(var, 1e-12);
    }
}
