package org.mlready.assessment.item.maths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;

/** Distribution, testing and interval families checked with commons-math3 (the generators use Hipparchus). */
class ProbabilityAndInferenceFamiliesTests {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    @Test
    void binomialMatchesCommonsMathAndAnExplicitSum() {
        BinomialProbabilityFamily family = new BinomialProbabilityFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            BinomialProbabilityFamily.Params p = BinomialProbabilityFamily.draw(seed);
            BinomialDistribution binomial = new BinomialDistribution(p.n(), p.p());
            double expected = p.cumulative() ? binomial.cumulativeProbability(p.k()) : binomial.probability(p.k());
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void poissonMatchesCommonsMath() {
        PoissonProbabilityFamily family = new PoissonProbabilityFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            PoissonProbabilityFamily.Params p = PoissonProbabilityFamily.draw(seed);
            assertThat(Keys.number(family.generate(seed)))
                    .isCloseTo(new PoissonDistribution(p.lambda()).probability(p.k()), within(1e-12));
        }
    }

    @Test
    void normalProbabilityMatchesCommonsMathOnTheRawScale() {
        NormalProbabilityFamily family = new NormalProbabilityFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            NormalProbabilityFamily.Params p = NormalProbabilityFamily.draw(seed);
            NormalDistribution x = new NormalDistribution(p.mean(), p.sd());
            double expected = p.between() ? x.probability(p.low(), p.high()) : x.cumulativeProbability(p.low());
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void bayesPosteriorMatchesNaturalFrequencies() {
        BayesDiseaseTestFamily family = new BayesDiseaseTestFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            BayesDiseaseTestFamily.Params p = BayesDiseaseTestFamily.draw(seed);
            double population = 1e9;
            double sick = population * p.prevalence();
            double healthy = population - sick;
            double sickWithResult = p.positive() ? sick * p.sensitivity() : sick - sick * p.sensitivity();
            double healthyWithResult = p.positive() ? healthy - healthy * p.specificity() : healthy * p.specificity();
            assertThat(Keys.number(family.generate(seed)))
                    .isCloseTo(sickWithResult / (sickWithResult + healthyWithResult), within(1e-9));
        }
    }

    @Test
    void zTestMatchesCommonsMathOnTheRawData() {
        OneSampleZTestFamily family = new OneSampleZTestFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            OneSampleZTestFamily.Params p = OneSampleZTestFamily.draw(seed);
            double z = (p.sampleMean() - p.mu0()) / (p.sigma() / Math.sqrt(p.n()));
            double expected = p.askPValue() ? 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)) : z;
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void tTestMatchesCommonsMathOnTheRawData() {
        OneSampleTTestFamily family = new OneSampleTTestFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            OneSampleTTestFamily.Params p = OneSampleTTestFamily.draw(seed);
            double t = (p.sampleMean() - p.mu0()) / (p.s() / Math.sqrt(p.n()));
            double expected = p.askPValue() ? 2 * new TDistribution(p.n() - 1).cumulativeProbability(-Math.abs(t)) : t;
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-8));
        }
    }

    @Test
    void testDecisionComparesTheCommonsMathPValueWithAlpha() {
        TestDecisionFamily family = new TestDecisionFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            TestDecisionFamily.Params p = TestDecisionFamily.draw(seed);
            double p1 = 1 - STANDARD_NORMAL.cumulativeProbability(p.twoSided() ? Math.abs(p.z()) : p.z());
            double pValue = p.twoSided() ? 2 * p1 : p1;
            ItemInstance item = family.generate(seed);
            assertThat(((AnswerKey.Choices) item.key()).correctIds()).containsExactly(pValue < p.alpha() ? "a" : "b");
        }
    }

    @Test
    void sampleMeanCltMatchesCommonsMathNormalForTheMean() {
        SampleMeanCltFamily family = new SampleMeanCltFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            SampleMeanCltFamily.Params p = SampleMeanCltFamily.draw(seed);
            double se = Math.sqrt((double) p.sigma() * p.sigma() / p.n());
            double expected = p.askTail()
                    ? 1 - new NormalDistribution(p.mu(), se).cumulativeProbability(p.threshold())
                    : se;
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void confidenceIntervalMatchesCommonsMathQuantiles() {
        ConfidenceIntervalFamily family = new ConfidenceIntervalFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            ConfidenceIntervalFamily.Params p = ConfidenceIntervalFamily.draw(seed);
            double level = p.levelPercent() / 100.0;
            double critical = p.useT()
                    ? new TDistribution(p.n() - 1).inverseCumulativeProbability(0.5 + level / 2)
                    : STANDARD_NORMAL.inverseCumulativeProbability(0.5 + level / 2);
            double margin = critical * p.spread() / Math.sqrt(p.n());
            assertThat(Keys.vector(family.generate(seed)))
                    .containsExactly(new double[] {p.sampleMean() - margin, p.sampleMean() + margin}, within(1e-6));
        }
    }
}
