package org.mlready.assessment.item.concepts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class BiasVarianceFamilyTests {

    private static BigFraction decimal(String text) {
        java.math.BigDecimal d = new java.math.BigDecimal(text);
        return new BigFraction(d.unscaledValue(), java.math.BigInteger.TEN.pow(Math.max(0, d.scale())))
                .multiply(d.scale() < 0 ? java.math.BigInteger.TEN.pow(-d.scale()) : java.math.BigInteger.ONE);
    }

    @Test
    void decompositionMatchesExactFractions() {
        BiasVarianceDecompositionFamily family = new BiasVarianceDecompositionFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<List<String>> table = StemReading.firstTable(stem);
            int points = table.get(0).size() - 1;
            int models = table.size() - 2;
            BigFraction bias = BigFraction.ZERO;
            BigFraction variance = BigFraction.ZERO;
            for (int p = 1; p <= points; p++) {
                BigFraction truth = decimal(table.get(table.size() - 1).get(p));
                BigFraction sum = BigFraction.ZERO;
                BigFraction sumSquares = BigFraction.ZERO;
                for (int m = 1; m <= models; m++) {
                    BigFraction y = decimal(table.get(m).get(p));
                    sum = sum.add(y);
                    sumSquares = sumSquares.add(y.multiply(y));
                }
                BigFraction mean = sum.divide(models);
                bias = bias.add(mean.subtract(truth).pow(2));
                // variance as E[y^2] - mean^2, a different route from summing squared deviations
                variance = variance.add(sumSquares.divide(models).subtract(mean.pow(2)));
            }
            bias = bias.divide(points);
            variance = variance.divide(points);
            BigFraction noise = decimal(StemReading.find(stem, "\\\\sigma\\^2 = ([0-9.]+)\\$"));
            BigFraction expected = stem.contains("the squared bias") ? bias
                    : stem.contains("the variance") ? variance : bias.add(variance).add(noise);
            assertThat(stem.contains("What is the squared bias") || stem.contains("What is the variance")
                    || stem.contains("What is the expected squared error")).isTrue();
            assertThat(StemReading.numericKey(item)).as(stem).isCloseTo(expected.doubleValue(), within(1e-9));
        }
    }

    @Test
    void diagnosisComparesTheQueriedRowWithTheLowestValidationError() {
        ComplexityCurveFamily family = new ComplexityCurveFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<List<String>> table = StemReading.firstTable(stem);
            String queried = StemReading.find(stem, "fits `[a-z_]+=([0-9.]+)`");
            int best = 1;
            int query = -1;
            for (int r = 1; r < table.size(); r++) {
                if (Double.parseDouble(table.get(r).get(2)) < Double.parseDouble(table.get(best).get(2))) {
                    best = r;
                }
                if (table.get(r).get(0).equals(queried)) {
                    query = r;
                }
            }
            assertThat(query).as(stem).isPositive();
            double trainQuery = Double.parseDouble(table.get(query).get(1));
            double trainBest = Double.parseDouble(table.get(best).get(1));
            double validationQuery = Double.parseDouble(table.get(query).get(2));
            double validationBest = Double.parseDouble(table.get(best).get(2));
            String expected;
            if (query == best) {
                expected = "The best";
            } else {
                assertThat(validationQuery - validationBest).as(stem).isGreaterThanOrEqualTo(0.03 - 1e-9);
                expected = trainQuery > trainBest ? "Underfitting" : "Overfitting";
                assertThat(trainQuery).isNotEqualTo(trainBest);
            }
            assertThat(StemReading.correctText(item)).as(stem).startsWith(expected);
        }
    }

    @Test
    void ridgeWeightMatchesTheExactMinimiser() {
        RidgeWeightFamily family = new RidgeWeightFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            String[] xs = StemReading.find(stem, "x = \\[(.*?)\\]").split(", ");
            String[] ys = StemReading.find(stem, "y = \\[(.*?)\\]").split(", ");
            BigFraction lambda;
            if (stem.contains("validation MSE")) {
                List<List<String>> table = StemReading.firstTable(stem);
                int best = 1;
                for (int r = 2; r < table.size(); r++) {
                    if (Double.parseDouble(table.get(r).get(1)) < Double.parseDouble(table.get(best).get(1))) {
                        best = r;
                    }
                }
                lambda = decimal(table.get(best).get(0));
            } else {
                lambda = decimal(StemReading.find(stem, "\\\\lambda = ([0-9.]+)\\$, what"));
            }
            // minimiser of the quadratic a w^2 - 2 b w + c found from its vertex -b/(2a) in the expanded loss
            BigFraction quadratic = lambda;
            BigFraction linear = BigFraction.ZERO;
            for (int i = 0; i < xs.length; i++) {
                BigFraction x = decimal(xs[i]);
                quadratic = quadratic.add(x.multiply(x));
                linear = linear.add(x.multiply(decimal(ys[i])).multiply(-2));
            }
            BigFraction ridge = linear.negate().divide(quadratic.multiply(2));
            BigFraction expected = ridge;
            if (stem.contains("what fraction")) {
                BigFraction ols = linear.negate().divide(quadratic.subtract(lambda).multiply(2));
                expected = BigFraction.ONE.subtract(ridge.divide(ols));
            }
            assertThat(StemReading.numericKey(item)).as(stem).isCloseTo(expected.doubleValue(), within(1e-9));
        }
    }

    @Test
    void learningCurveDiagnosisComparesTheLastRowWithTheTarget() {
        LearningCurveFamily family = new LearningCurveFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<List<String>> table = StemReading.firstTable(stem);
            List<String> last = table.get(table.size() - 1);
            for (int r = 2; r < table.size(); r++) {
                assertThat(Long.parseLong(table.get(r).get(0))).isGreaterThan(Long.parseLong(table.get(r - 1).get(0)));
            }
            BigFraction train = decimal(last.get(1));
            BigFraction validation = decimal(last.get(2));
            BigFraction target = decimal(StemReading.find(stem, "of at most ([0-9.]+)\\. Which"));
            assertThat(validation.compareTo(train)).isPositive();
            String expected = train.compareTo(target) > 0 ? "High bias"
                    : validation.compareTo(target) > 0 ? "High variance" : "Neither";
            assertThat(StemReading.correctText(item)).as(stem).startsWith(expected);
        }
    }
}
