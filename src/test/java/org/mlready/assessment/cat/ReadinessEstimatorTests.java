package org.mlready.assessment.cat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.IrtParameters;

/** The grid EAP against independent computations, and the direction of evidence along the prerequisite graph. */
class ReadinessEstimatorTests {

    private static final QuadratureGrid GRID = QuadratureGrid.standard();

    private static PoolItem item(String id, String topic, IrtParameters irt) {
        return new PoolItem(id, topic, "area", "skill-" + topic, irt);
    }

    /** Bounds of the grid's cells: the domain the grid quadrature covers. */
    private static final double LO = -4 - GRID.step() / 2;
    private static final double HI = 4 + GRID.step() / 2;

    /** ∫ f(θ) · N(θ; μ, σ²) · L(θ) dθ over [lo, hi] by adaptive Legendre-Gauss quadrature (commons-math3). */
    private static double integrate(DoubleUnaryOperator f, double mu, double sigma, List<PoolItem> items,
                                    List<Answer> answers, double lo, double hi) {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-12);
        return integrator.integrate(100_000, theta -> {
            double density = Math.exp(-0.5 * Math.pow((theta - mu) / sigma, 2));
            for (int i = 0; i < items.size(); i++) {
                density *= Irt.likelihood(items.get(i).irt(), answers.get(i), theta);
            }
            return f.applyAsDouble(theta) * density;
        }, lo, hi);
    }

    @Test
    void singleTopicEapMatchesAdaptiveGaussLegendreIntegrationForRandomResponsePatterns() {
        Random random = new Random(20240611L);
        for (int pattern = 0; pattern < 40; pattern++) {
            double mu = random.nextGaussian() * 0.8;
            double sigma = 0.7 + random.nextDouble() * 0.6;
            ReadinessPrior prior = ReadinessPrior.of(List.of("t"), List.of("area"), new double[] {mu},
                    new double[][] {{sigma * sigma}});
            ReadinessEstimator estimator = new ReadinessEstimator(prior, GRID, 0.0);
            List<PoolItem> items = new ArrayList<>();
            List<Answer> answers = new ArrayList<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                IrtParameters irt = new IrtParameters(0.6 + random.nextDouble() * 1.2, random.nextGaussian(),
                        random.nextBoolean() ? 0 : 0.25);
                Answer answer = Answer.values()[random.nextInt(3)];
                PoolItem it = item("i" + i, "t", irt);
                items.add(it);
                answers.add(answer);
                estimator.add(it, answer);
            }
            TopicPosterior posterior = estimator.posterior("t");
            // same domain as the grid's cells: checks the quadrature rule itself, tightly
            check(posterior, mu, sigma, items, answers, LO, HI, 1e-3, pattern);
            // the whole line (truncation included): the grid's ±4 cut-off costs little
            check(posterior, mu, sigma, items, answers, -10, 10, 2e-2, pattern);
        }
    }

    private static void check(TopicPosterior posterior, double mu, double sigma, List<PoolItem> items, List<Answer> answers,
                              double lo, double hi, double tolerance, int pattern) {
        double z = integrate(theta -> 1, mu, sigma, items, answers, lo, hi);
        double mean = integrate(theta -> theta, mu, sigma, items, answers, lo, hi) / z;
        double var = integrate(theta -> (theta - mean) * (theta - mean), mu, sigma, items, answers, lo, hi) / z;
        double pMastered = integrate(theta -> 1, mu, sigma, items, answers, 0, hi) / z;
        assertThat(posterior.eap()).as("EAP, pattern %d on [%s, %s]", pattern, lo, hi).isCloseTo(mean, within(tolerance));
        assertThat(posterior.sd()).as("SD, pattern %d on [%s, %s]", pattern, lo, hi).isCloseTo(Math.sqrt(var), within(tolerance));
        assertThat(posterior.pMastered()).as("P(mastered), pattern %d on [%s, %s]", pattern, lo, hi)
                .isCloseTo(pMastered, within(Math.max(tolerance, 3e-3))); // the cut splits a cell: O(h²) error
    }

    @Test
    void multiTopicApproximationAgreesWithImportanceSamplingOfTheExactJointPosterior() {
        // three topics in a chain a -> b -> c with correlation 0.7 between neighbours
        List<String> topics = List.of("a", "b", "c");
        double[][] cov = {{1, 0.7, 0.49}, {0.7, 1, 0.7}, {0.49, 0.7, 1}};
        double[] mean = {0.2, -0.1, -0.4};
        ReadinessPrior prior = ReadinessPrior.of(topics, List.of("x", "x", "y"), mean, cov);
        Random random = new Random(99);
        for (int pattern = 0; pattern < 5; pattern++) {
            ReadinessEstimator estimator = new ReadinessEstimator(prior, GRID, 0.0);
            List<PoolItem> items = new ArrayList<>();
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String topic = topics.get(random.nextInt(2) * 2); // evidence on a and c only: b learns through the prior
                PoolItem it = item("i" + i, topic, new IrtParameters(1 + random.nextDouble() * 0.5, random.nextGaussian() * 0.7, 0));
                Answer answer = random.nextBoolean() ? Answer.CORRECT : Answer.INCORRECT;
                items.add(it);
                answers.add(answer);
                estimator.add(it, answer);
            }
            double[] exact = importanceSampledPMastered(prior, items, answers, new Random(pattern), 400_000);
            for (int t = 0; t < 3; t++) {
                assertThat(estimator.posterior(topics.get(t)).pMastered()).as("topic %s pattern %d", topics.get(t), pattern)
                        .isCloseTo(exact[t], within(0.03));
            }
        }
    }

    private static double[] importanceSampledPMastered(ReadinessPrior prior, List<PoolItem> items, List<Answer> answers,
                                                       Random random, int samples) {
        double[] above = new double[prior.size()];
        double total = 0;
        for (int s = 0; s < samples; s++) {
            double[] theta = prior.sample(random);
            double w = 1;
            for (int i = 0; i < items.size(); i++) {
                PoolItem it = items.get(i);
                double p = Irt.correct(it.irt(), theta[prior.indexOf(it.topicId())]);
                w *= answers.get(i).correct() ? p : 1 - p;
            }
            total += w;
            for (int t = 0; t < theta.length; t++) {
                if (theta[t] >= 0) {
                    above[t] += w;
                }
            }
        }
        for (int t = 0; t < above.length; t++) {
            above[t] /= total;
        }
        return above;
    }

    @Test
    void dontKnowCarriesTheSameEvidenceAsAWrongAnswer() {
        ReadinessPrior prior = ReadinessPrior.population(CatFixtures.curriculum());
        PoolItem choice = item("q", "linear-algebra", new IrtParameters(1.1, 0.2, 0.25));
        ReadinessEstimator wrong = new ReadinessEstimator(prior, GRID, 0);
        ReadinessEstimator dontKnow = new ReadinessEstimator(prior, GRID, 0);
        wrong.add(choice, Answer.INCORRECT);
        dontKnow.add(choice, Answer.DONT_KNOW);
        for (String topic : prior.topicIds()) {
            assertThat(dontKnow.posterior(topic).pMastered()).isCloseTo(wrong.posterior(topic).pMastered(), within(1e-12));
        }
    }

    @Test
    void correctAnswersOnADependentRaiseItsPrerequisitesAndFailuresOnAPrerequisiteLowerItsDependents() {
        ReadinessPrior prior = ReadinessPrior.population(CatFixtures.curriculum());
        ReadinessEstimator none = new ReadinessEstimator(prior, GRID, 0);
        ReadinessEstimator pcaRight = new ReadinessEstimator(prior, GRID, 0);
        ReadinessEstimator linearAlgebraWrong = new ReadinessEstimator(prior, GRID, 0);
        for (int i = 0; i < 3; i++) {
            pcaRight.add(item("pca" + i, "unsupervised-learning", new IrtParameters(1.1, 0.3 * i, 0)), Answer.CORRECT);
            linearAlgebraWrong.add(item("la" + i, "linear-algebra", new IrtParameters(1.1, -0.3 * i, 0)), Answer.INCORRECT);
        }
        assertThat(pcaRight.posterior("linear-algebra").pMastered())
                .isGreaterThan(none.posterior("linear-algebra").pMastered() + 0.05);
        assertThat(pcaRight.posterior("supervised-learning").pMastered())
                .isGreaterThan(none.posterior("supervised-learning").pMastered() + 0.05);
        assertThat(linearAlgebraWrong.posterior("unsupervised-learning").pMastered())
                .isLessThan(none.posterior("unsupervised-learning").pMastered() - 0.05);
        assertThat(linearAlgebraWrong.posterior("neural-network-fundamentals").pMastered())
                .isLessThan(none.posterior("neural-network-fundamentals").pMastered() - 0.05);
        // evidence is strongest next to its source: the prerequisite moves more than an unrelated topic
        double direct = pcaRight.posterior("linear-algebra").pMastered() - none.posterior("linear-algebra").pMastered();
        double distant = pcaRight.posterior("databases-sql").pMastered() - none.posterior("databases-sql").pMastered();
        assertThat(direct).isGreaterThan(distant);
        assertThat(prior.correlation("linear-algebra", "unsupervised-learning"))
                .isGreaterThan(prior.correlation("linear-algebra", "databases-sql"));
    }

    @Test
    void withoutAnswersTheTopicPosteriorIsThePriorMarginal() {
        ReadinessPrior prior = ReadinessPrior.forBackground(CatFixtures.curriculum(), Background.MATHS_STATISTICS);
        ReadinessEstimator estimator = new ReadinessEstimator(prior, GRID, 0);
        double[] mean = prior.mean();
        for (int t = 0; t < prior.size(); t++) {
            TopicPosterior p = estimator.posterior().get(t);
            assertThat(p.eap()).isCloseTo(mean[t], within(2e-3));
            assertThat(p.sd()).isCloseTo(Math.sqrt(prior.covariance()[t][t]), within(1e-2)); // grid truncation at ±4
        }
    }
}
