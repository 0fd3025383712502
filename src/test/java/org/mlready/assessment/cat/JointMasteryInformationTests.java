package org.mlready.assessment.cat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.IrtParameters;

class JointMasteryInformationTests {

    private static final QuadratureGrid GRID = QuadratureGrid.standard();

    @Test
    void standardNormalAgreesWithCommonsMath() {
        NormalDistribution reference = new NormalDistribution(0, 1);
        for (double x = -8; x <= 8; x += 0.01) {
            assertThat(StandardNormal.cdf(x)).isCloseTo(reference.cumulativeProbability(x), within(2e-7));
        }
    }

    @Test
    void expectedEntropyReductionOverTwoTopicsAgreesWithDirectIntegration() {
        double[][] cases = {
                // mean t, mean s, correlation, a, b, c
                {0.2, -0.1, 0.6, 1.2, 0.3, 0},
                {-0.5, 0.4, 0.8, 1.0, -0.2, 0},
                {0.0, 0.0, 0.3, 1.4, 0.0, 0.25},
                {1.0, 0.2, 0.7, 0.9, 1.2, 0},
        };
        for (double[] c : cases) {
            ReadinessPrior prior = ReadinessPrior.of(List.of("t", "s"), List.of("area-1", "area-2"),
                    new double[] {c[0], c[1]}, new double[][] {{1, c[2]}, {c[2], 1}});
            IrtParameters irt = new IrtParameters(c[3], c[4], c[5]);
            ReadinessEstimator estimator = new ReadinessEstimator(prior, GRID, 0);
            List<TopicPosterior> posteriors = estimator.posterior();
            JointMasteryInformation joint = new JointMasteryInformation(posteriors, estimator.jointCovarianceView(), 0,
                    GRID, GRID.aboveCutFractions(0));
            double[] pCorrect = new double[GRID.size()];
            for (int k = 0; k < pCorrect.length; k++) {
                pCorrect[k] = Irt.correct(irt, GRID.point(k));
            }
            double expected = directIntegration(c[0], c[1], c[2], irt);
            assertThat(joint.score(0, pCorrect)).as("case %s", java.util.Arrays.toString(c))
                    .isCloseTo(expected, within(0.03 * expected + 0.002));
        }
    }

    @Test
    void anItemOfAnUncorrelatedTopicAddsNothingBeyondItsOwnTopic() {
        ReadinessPrior prior = ReadinessPrior.of(List.of("t", "s"), List.of("area-1", "area-2"),
                new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}});
        ReadinessEstimator estimator = new ReadinessEstimator(prior, GRID, 0);
        List<TopicPosterior> posteriors = estimator.posterior();
        double[] pCorrect = new double[GRID.size()];
        for (int k = 0; k < pCorrect.length; k++) {
            pCorrect[k] = Irt.correct(IrtParameters.of(1.2, 0), GRID.point(k));
        }
        double[] aboveCut = GRID.aboveCutFractions(0);
        JointMasteryInformation joint = new JointMasteryInformation(posteriors, estimator.jointCovarianceView(), 0,
                GRID, aboveCut);
        assertThat(joint.score(0, pCorrect))
                .isCloseTo(ReadinessCat.masteryInformation(posteriors.get(0).weightsView(), pCorrect, aboveCut), within(1e-9));
    }

    /**
     * H(M_t) + H(M_s) minus their expected entropies after the response, each term by a plain Riemann sum of the
     * bivariate normal prior times the item's likelihood over [-7, 7]².
     */
    private static double directIntegration(double meanT, double meanS, double rho, IrtParameters irt) {
        int n = 1400;
        double lo = -7;
        double h = 14.0 / n;
        double norm = 1 / (2 * Math.PI * Math.sqrt(1 - rho * rho));
        double[] mass = new double[8]; // [u][mt][ms] flattened: u*4 + mt*2 + ms
        for (int i = 0; i < n; i++) {
            double t = lo + (i + 0.5) * h;
            double p = Irt.correct(irt, t);
            for (int j = 0; j < n; j++) {
                double s = lo + (j + 0.5) * h;
                double x = t - meanT;
                double y = s - meanS;
                double density = norm * Math.exp(-(x * x - 2 * rho * x * y + y * y) / (2 * (1 - rho * rho))) * h * h;
                int mt = t >= 0 ? 1 : 0;
                int ms = s >= 0 ? 1 : 0;
                mass[4 + mt * 2 + ms] += density * p;
                mass[mt * 2 + ms] += density * (1 - p);
            }
        }
        double pRight = mass[4] + mass[5] + mass[6] + mass[7];
        double pWrong = mass[0] + mass[1] + mass[2] + mass[3];
        double before = ReadinessCat.entropy(mass[2] + mass[3] + mass[6] + mass[7])
                + ReadinessCat.entropy(mass[1] + mass[3] + mass[5] + mass[7]);
        double afterRight = ReadinessCat.entropy((mass[6] + mass[7]) / pRight) + ReadinessCat.entropy((mass[5] + mass[7]) / pRight);
        double afterWrong = ReadinessCat.entropy((mass[2] + mass[3]) / pWrong) + ReadinessCat.entropy((mass[1] + mass[3]) / pWrong);
        return before - pRight * afterRight - pWrong * afterWrong;
    }
}
