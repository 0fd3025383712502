package org.mlready.assessment.item.maths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

/** Descriptive statistics, A/B testing, correlation and power families checked with commons-math3. */
class DataAnalysisFamiliesTests {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    @Test
    void meanAndMedianMatchCommonsMath() {
        MeanMedianFamily family = new MeanMedianFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            MeanMedianFamily.Params p = MeanMedianFamily.draw(seed);
            double[] data = Keys.toDouble(p.data());
            double expected = p.median() ? new Median().evaluate(data) : new DescriptiveStatistics(data).getMean();
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void spreadMatchesCommonsMath() {
        SampleSpreadFamily family = new SampleSpreadFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            SampleSpreadFamily.Params p = SampleSpreadFamily.draw(seed);
            DescriptiveStatistics stats = new DescriptiveStatistics(Keys.toDouble(p.data()));
            double expected = switch (p.quantity()) {
                case VARIANCE -> stats.getVariance();
                case STANDARD_DEVIATION -> stats.getStandardDeviation();
                case STANDARD_ERROR -> stats.getStandardDeviation() / Math.sqrt(stats.getN());
            };
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void twoProportionTestMatchesTheCountsFormula() {
        TwoProportionZTestFamily family = new TwoProportionZTestFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            TwoProportionZTestFamily.Params p = TwoProportionZTestFamily.draw(seed);
            double x1 = p.conversionsA();
            double x2 = p.conversionsB();
            double n1 = p.visitorsA();
            double n2 = p.visitorsB();
            // Written as a difference of cross-products over a common denominator, unlike the generator.
            double pooled = (x1 + x2) / (n1 + n2);
            double z = (x2 * n1 - x1 * n2) / (n1 * n2) / Math.sqrt(pooled * (1 - pooled) * (n1 + n2) / (n1 * n2));
            double expected = p.askPValue() ? 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)) : z;
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-9));
            assertThat(p.conversionsA()).isLessThan(p.visitorsA());
            assertThat(p.conversionsB()).isLessThan(p.visitorsB());
        }
    }

    @Test
    void relativeLiftMatchesRatioOfRates() {
        RelativeLiftFamily family = new RelativeLiftFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            RelativeLiftFamily.Params p = RelativeLiftFamily.draw(seed);
            double expected = (double) p.conversionsB() * p.visitorsA() / ((double) p.conversionsA() * p.visitorsB()) - 1;
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void correlationAndRSquaredMatchCommonsMath() {
        PearsonCorrelationFamily family = new PearsonCorrelationFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            PearsonCorrelationFamily.Params p = PearsonCorrelationFamily.draw(seed);
            double[] x = Keys.toDouble(p.data().x());
            double[] y = Keys.toDouble(p.data().y());
            double expected;
            if (p.askRSquared()) {
                SimpleRegression regression = new SimpleRegression();
                for (int i = 0; i < x.length; i++) {
                    regression.addData(x[i], y[i]);
                }
                expected = regression.getRSquare();
            } else {
                expected = new PearsonsCorrelation().correlation(x, y);
            }
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void correlationTTestMatchesCommonsMath() {
        CorrelationTTestFamily family = new CorrelationTTestFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            CorrelationTTestFamily.Params p = CorrelationTTestFamily.draw(seed);
            double r = p.r();
            double t = r / Math.sqrt((1 - r * r) / (p.n() - 2));
            double expected = p.askPValue() ? 2 * new TDistribution(p.n() - 2).cumulativeProbability(-Math.abs(t)) : t;
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-8));
        }
    }

    @Test
    void sampleSizesUseTheQuotedQuantilesAndAreWithinOneOfTheExactFormula() {
        SampleSizeTwoProportionsFamily proportions = new SampleSizeTwoProportionsFamily();
        SampleSizeTwoMeansFamily means = new SampleSizeTwoMeansFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            SampleSizeTwoProportionsFamily.Params p = SampleSizeTwoProportionsFamily.draw(seed);
            double p1 = p.baselinePercent() / 100.0;
            double p2 = (p.baselinePercent() + p.differencePercent()) / 100.0;
            double variance = p1 * (1 - p1) + p2 * (1 - p2);
            double key = Keys.number(proportions.generate(seed));
            assertThat(key).isEqualTo(Math.ceil(Math.pow(quoted(p.alpha()) + quotedPower(p.power()), 2) * variance / Math.pow(p2 - p1, 2)));
            assertThat(key).isCloseTo(Math.ceil(Math.pow(exact(p.alpha(), p.power()), 2) * variance / Math.pow(p2 - p1, 2)), within(1.0));

            SampleSizeTwoMeansFamily.Params m = SampleSizeTwoMeansFamily.draw(seed);
            double ratio = (double) m.sigma() / m.difference();
            double meansKey = Keys.number(means.generate(seed));
            assertThat(meansKey).isEqualTo(Math.ceil(2 * Math.pow(quoted(m.alpha()) + quotedPower(m.power()), 2) * ratio * ratio));
            assertThat(meansKey).isCloseTo(Math.ceil(2 * Math.pow(exact(m.alpha(), m.power()), 2) * ratio * ratio), within(1.0));
        }
    }

    @Test
    void zTestPowerMatchesCommonsMathIncludingTheNeglectedTail() {
        ZTestPowerFamily family = new ZTestPowerFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            ZTestPowerFamily.Params p = ZTestPowerFamily.draw(seed);
            double critical = STANDARD_NORMAL.inverseCumulativeProbability(1 - p.alpha() / 2);
            NormalDistribution zUnderAlternative = new NormalDistribution(p.shift() * Math.sqrt(p.n()) / p.sigma(), 1);
            double fullPower = 1 - zUnderAlternative.cumulativeProbability(critical) + zUnderAlternative.cumulativeProbability(-critical);
            // The stem says to ignore the wrong tail; that tail must be small enough not to matter at 3 decimals.
            assertThat(Keys.number(family.generate(seed))).isCloseTo(fullPower, within(2e-3));
        }
    }

    private static double quoted(double alpha) {
        return alpha == 0.01 ? 2.5758 : alpha == 0.05 ? 1.96 : 1.6449;
    }

    private static double quotedPower(double power) {
        return power == 0.9 ? 1.2816 : 0.8416;
    }

    private static double exact(double alpha, double power) {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha / 2) + STANDARD_NORMAL.inverseCumulativeProbability(power);
    }
}
