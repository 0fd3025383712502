package org.mlready.assessment.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlready.assessment.item.IrtParameters;

/**
 * Bayes modal marginal estimation of per-family item parameters by the Bock–Aitkin EM algorithm.
 *
 * <p>Model: {@code P(correct | θ) = c + (1 - c) / (1 + exp(-D a (θ - b)))}, D = 1.7 (as in the adaptive test), c
 * fixed at the declared value (0 for free-response families: 2PL; 1/options for choice items: 3PL with known c).
 * Estimated: log a and b, with priors log a ~ N(0, 0.5²) and b ~ N(0, 2²) by default, so that small or lopsided
 * samples give sane values; the estimate is the mode of the marginal posterior in (log a, b).
 *
 * <p>Simplification: every (learner, topic) pair has its own ability, drawn from a standard normal population,
 * independent of the learner's other topics. Responses of one learner to the families of one topic share that
 * ability; the correlation between topics that the readiness prior models is ignored here, which makes the
 * likelihood separate by topic (each topic is fitted on its own). The population is N(0, 1) by definition of the
 * scale, so the estimates stay on the metric the authors' values were written for.
 *
 * <p>Only families with at least {@link CalibrationSettings#minResponses()} responses, some correct and some not,
 * are estimated. The other families of a calibrated topic still take part with their declared parameters held
 * fixed, since their responses carry information about the learners' abilities.
 */
public final class ItemCalibrator {

    private static final double D = 1.7;
    private static final double MIN_LOG_A = Math.log(0.05);
    private static final double MAX_LOG_A = Math.log(8);
    private static final double MAX_ABS_B = 8;

    private final CalibrationSettings settings;
    private final double[] theta;
    private final double[] logWeight;

    public ItemCalibrator(CalibrationSettings settings) {
        this.settings = settings;
        int q = settings.gridPoints();
        this.theta = new double[q];
        this.logWeight = new double[q];
        double total = 0;
        for (int k = 0; k < q; k++) {
            theta[k] = -settings.gridHalfWidth() + 2 * settings.gridHalfWidth() * k / (q - 1);
            total += Math.exp(-0.5 * theta[k] * theta[k]);
        }
        for (int k = 0; k < q; k++) {
            logWeight[k] = -0.5 * theta[k] * theta[k] - Math.log(total);
        }
    }

    /**
     * Fits the families given. Observations of families not in {@code families} are ignored; a second observation of
     * the same (learner, family) is ignored (the data rule keeps a learner's first response only).
     */
    public CalibrationResult calibrate(List<FamilySpec> families, List<Observation> observations) {
        Map<String, FamilySpec> byId = new LinkedHashMap<>();
        for (FamilySpec family : families) {
            if (byId.put(family.familyId(), family) != null) {
                throw new IllegalArgumentException("family " + family.familyId() + " is given twice");
            }
        }
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Map<Long, List<Observation>>> byTopicAndLearner = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int used = 0;
        for (Observation o : observations) {
            FamilySpec family = byId.get(o.familyId());
            if (family == null || !seen.add(o.learnerId() + "\u0000" + o.familyId())) {
                continue;
            }
            used++;
            int[] count = counts.computeIfAbsent(o.familyId(), f -> new int[2]);
            count[0]++;
            count[1] += o.correct() ? 1 : 0;
            byTopicAndLearner.computeIfAbsent(family.topicId(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(o.learnerId(), l -> new ArrayList<>()).add(o);
        }
        Map<String, IrtParameters> fitted = new HashMap<>();
        int iterations = 0;
        boolean converged = true;
        double logPosterior = 0;
        int learnerTopics = 0;
        for (Map.Entry<String, Map<Long, List<Observation>>> topic : byTopicAndLearner.entrySet()) {
            List<FamilySpec> topicFamilies = families.stream().filter(f -> f.topicId().equals(topic.getKey())).toList();
            boolean[] free = new boolean[topicFamilies.size()];
            boolean any = false;
            for (int j = 0; j < free.length; j++) {
                free[j] = reasonNotCalibrated(counts.get(topicFamilies.get(j).familyId())) == null;
                any |= free[j];
            }
            if (!any) {
                continue;
            }
            TopicFit fit = new TopicFit(topicFamilies, free, topic.getValue().values());
            fit.run();
            learnerTopics += topic.getValue().size();
            iterations = Math.max(iterations, fit.iterations);
            converged &= fit.converged;
            logPosterior += fit.logPosterior();
            for (int j = 0; j < free.length; j++) {
                if (free[j]) {
                    fitted.put(topicFamilies.get(j).familyId(),
                            new IrtParameters(Math.exp(fit.logA[j]), fit.b[j], fit.c[j]));
                }
            }
        }
        List<FamilyEstimate> estimates = new ArrayList<>();
        for (FamilySpec family : families) {
            int[] count = counts.getOrDefault(family.familyId(), new int[2]);
            IrtParameters estimate = fitted.get(family.familyId());
            estimates.add(estimate != null
                    ? new FamilyEstimate(family.familyId(), family.topicId(), count[0], count[1], true, estimate, null)
                    : new FamilyEstimate(family.familyId(), family.topicId(), count[0], count[1], false, family.declared(),
                    reasonNotCalibrated(count)));
        }
        return new CalibrationResult(estimates, used, learnerTopics, iterations, converged, logPosterior);
    }

    private String reasonNotCalibrated(int[] count) {
        if (count == null || count[0] < settings.minResponses()) {
            return "fewer than " + settings.minResponses() + " responses";
        }
        if (count[1] == 0) {
            return "no correct response";
        }
        if (count[1] == count[0]) {
            return "no incorrect response";
        }
        return null;
    }

    /** The EM for the families of one topic. */
    private final class TopicFit {

        final double[] logA;
        final double[] b;
        final double[] c;
        final boolean[] free;
        final int[][] items;
        final boolean[][] correct;
        int iterations;
        boolean converged;

        TopicFit(List<FamilySpec> families, boolean[] free, java.util.Collection<List<Observation>> learners) {
            int m = families.size();
            this.free = free;
            logA = new double[m];
            b = new double[m];
            c = new double[m];
            Map<String, Integer> index = new HashMap<>();
            for (int j = 0; j < m; j++) {
                IrtParameters declared = families.get(j).declared();
                logA[j] = clamp(Math.log(declared.a()), MIN_LOG_A, MAX_LOG_A);
                b[j] = clamp(declared.b(), -MAX_ABS_B, MAX_ABS_B);
                c[j] = declared.c();
                index.put(families.get(j).familyId(), j);
            }
            items = new int[learners.size()][];
            correct = new boolean[learners.size()][];
            int p = 0;
            for (List<Observation> answers : learners) {
                items[p] = new int[answers.size()];
                correct[p] = new boolean[answers.size()];
                for (int i = 0; i < answers.size(); i++) {
                    items[p][i] = index.get(answers.get(i).familyId());
                    correct[p][i] = answers.get(i).correct();
                }
                p++;
            }
        }

        void run() {
            int m = logA.length;
            int q = theta.length;
            for (iterations = 1; iterations <= settings.maxIterations(); iterations++) {
                double[][] expectedN = new double[m][q];
                double[][] expectedR = new double[m][q];
                eStep(expectedN, expectedR);
                double change = 0;
                for (int j = 0; j < m; j++) {
                    if (free[j]) {
                        double[] next = maximise(expectedN[j], expectedR[j], logA[j], b[j], c[j]);
                        change = Math.max(change, Math.max(Math.abs(next[0] - logA[j]), Math.abs(next[1] - b[j])));
                        logA[j] = next[0];
                        b[j] = next[1];
                    }
                }
                if (change < settings.tolerance()) {
                    converged = true;
                    return;
                }
            }
            iterations = settings.maxIterations();
        }

        /** Accumulates the expected numbers of responses and of correct responses at each grid point; returns the log marginal likelihood. */
        double eStep(double[][] expectedN, double[][] expectedR) {
            int m = logA.length;
            int q = theta.length;
            double[][] logP = new double[m][q];
            double[][] logQ = new double[m][q];
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < q; k++) {
                    double pr = clampProbability(probability(logA[j], b[j], c[j], theta[k]));
                    logP[j][k] = Math.log(pr);
                    logQ[j][k] = Math.log1p(-pr);
                }
            }
            double logMarginal = 0;
            double[] posterior = new double[q];
            for (int p = 0; p < items.length; p++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < q; k++) {
                    double sum = logWeight[k];
                    for (int i = 0; i < items[p].length; i++) {
                        sum += correct[p][i] ? logP[items[p][i]][k] : logQ[items[p][i]][k];
                    }
                    posterior[k] = sum;
                    max = Math.max(max, sum);
                }
                double total = 0;
                for (int k = 0; k < q; k++) {
                    posterior[k] = Math.exp(posterior[k] - max);
                    total += posterior[k];
                }
                logMarginal += max + Math.log(total);
                if (expectedN == null) {
                    continue;
                }
                for (int i = 0; i < items[p].length; i++) {
                    int j = items[p][i];
                    if (!free[j]) {
                        continue;
                    }
                    for (int k = 0; k < q; k++) {
                        double w = posterior[k] / total;
                        expectedN[j][k] += w;
                        if (correct[p][i]) {
                            expectedR[j][k] += w;
                        }
                    }
                }
            }
            return logMarginal;
        }

        double logPosterior() {
            double value = eStep(null, null);
            for (int j = 0; j < logA.length; j++) {
                if (free[j]) {
                    value += settings.logPrior(logA[j], b[j]);
                }
            }
            return value;
        }
    }

    /**
     * The M-step for one family: maximises the expected complete-data log likelihood plus the log prior over (log a, b)
     * by Fisher scoring with step halving.
     */
    private double[] maximise(double[] n, double[] r, double logA0, double b0, double c) {
        double logA = logA0;
        double b = b0;
        double value = itemObjective(n, r, logA, b, c);
        for (int iteration = 0; iteration < 50; iteration++) {
            double a = Math.exp(logA);
            double g0 = -(logA - settings.logAMean()) / (settings.logASd() * settings.logASd());
            double g1 = -b / (settings.bSd() * settings.bSd());
            double i00 = 1 / (settings.logASd() * settings.logASd());
            double i11 = 1 / (settings.bSd() * settings.bSd());
            double i01 = 0;
            for (int k = 0; k < theta.length; k++) {
                if (n[k] == 0) {
                    continue;
                }
                double knows = 1 / (1 + Math.exp(-D * a * (theta[k] - b)));
                double p = clampProbability(c + (1 - c) * knows);
                double slope = (1 - c) * knows * (1 - knows);
                double dLogA = slope * D * a * (theta[k] - b);
                double dB = -slope * D * a;
                double score = (r[k] - n[k] * p) / (p * (1 - p));
                g0 += score * dLogA;
                g1 += score * dB;
                double weight = n[k] / (p * (1 - p));
                i00 += weight * dLogA * dLogA;
                i01 += weight * dLogA * dB;
                i11 += weight * dB * dB;
            }
            double det = i00 * i11 - i01 * i01;
            double step0 = (i11 * g0 - i01 * g1) / det;
            double step1 = (i00 * g1 - i01 * g0) / det;
            double t = 1;
            boolean moved = false;
            while (t > 1e-6) {
                double candidateLogA = clamp(logA + t * step0, MIN_LOG_A, MAX_LOG_A);
                double candidateB = clamp(b + t * step1, -MAX_ABS_B, MAX_ABS_B);
                double candidate = itemObjective(n, r, candidateLogA, candidateB, c);
                if (candidate >= value) {
                    moved = Math.abs(candidateLogA - logA) + Math.abs(candidateB - b) > 1e-10;
                    logA = candidateLogA;
                    b = candidateB;
                    value = candidate;
                    break;
                }
                t /= 2;
            }
            if (!moved) {
                break;
            }
        }
        return new double[] {logA, b};
    }

    private double itemObjective(double[] n, double[] r, double logA, double b, double c) {
        double value = settings.logPrior(logA, b);
        for (int k = 0; k < theta.length; k++) {
            if (n[k] == 0) {
                continue;
            }
            double p = clampProbability(probability(logA, b, c, theta[k]));
            value += r[k] * Math.log(p) + (n[k] - r[k]) * Math.log1p(-p);
        }
        return value;
    }

    static double probability(double logA, double b, double c, double theta) {
        return c + (1 - c) / (1 + Math.exp(-D * Math.exp(logA) * (theta - b)));
    }

    private static double clampProbability(double p) {
        return Math.min(1 - 1e-12, Math.max(1e-12, p));
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
