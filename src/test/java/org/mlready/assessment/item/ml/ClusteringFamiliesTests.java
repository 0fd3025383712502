package org.mlready.assessment.item.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.ml.distance.DistanceMeasure;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.ml.distance.ManhattanDistance;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Checks the clustering families against commons-math3 distances and moments. */
class ClusteringFamiliesTests {

    private static final int SEEDS = 1500;

    private static double[] d(int[] p) {
        return java.util.Arrays.stream(p).asDoubleStream().toArray();
    }

    /** 1-based index of the nearest centre; fails on a tie. */
    private static int nearest(int[] point, int[][] centres, DistanceMeasure measure) {
        double[] distances = new double[centres.length];
        for (int i = 0; i < centres.length; i++) {
            distances[i] = measure.compute(d(point), d(centres[i]));
        }
        int best = 0;
        for (int i = 1; i < distances.length; i++) {
            if (distances[i] < distances[best]) {
                best = i;
            }
        }
        for (int i = 0; i < distances.length; i++) {
            if (i != best) {
                assertThat(distances[i] - distances[best]).as("unique nearest centre").isGreaterThan(1e-9);
            }
        }
        return best + 1;
    }

    @Test
    void kMeansAssignmentMatchesCommonsMathDistances() {
        KMeansAssignmentFamily family = new KMeansAssignmentFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            KMeansAssignmentFamily.Problem p = family.problem(seed);
            ItemInstance item = family.generate(seed);
            DistanceMeasure measure = p.manhattan() ? new ManhattanDistance() : new EuclideanDistance();
            List<Double> expected = new ArrayList<>();
            for (int[] point : p.points()) {
                expected.add((double) nearest(point, p.centroids(), measure));
            }
            assertThat(item.stem()).contains(p.manhattan() ? "Manhattan" : "Euclidean");
            if (p.single()) {
                assertThat(item.responseType()).isEqualTo(ResponseType.NUMBER);
                assertThat(Keys.number(item)).isEqualTo(expected.get(0));
            } else {
                assertThat(Keys.vector(item)).isEqualTo(expected);
                assertThat(expected.stream().distinct().count()).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void kMeansUpdateIsTheMeanOfTheAssignedPoints() {
        KMeansUpdateFamily family = new KMeansUpdateFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            KMeansUpdateFamily.Problem p = family.problem(seed);
            ItemInstance item = family.generate(seed);
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int j = 0; j < p.points().length; j++) {
                int cluster = p.labelsShown() ? p.labels()[j] + 1
                        : nearest(p.points()[j], p.oldCentroids(), new EuclideanDistance());
                if (cluster == p.target() + 1) {
                    xs.add((double) p.points()[j][0]);
                    ys.add((double) p.points()[j][1]);
                }
            }
            double mx = new Mean().evaluate(xs.stream().mapToDouble(Double::doubleValue).toArray());
            double my = new Mean().evaluate(ys.stream().mapToDouble(Double::doubleValue).toArray());
            assertThat(Keys.vector(item).get(0)).isCloseTo(mx, within(1e-9));
            assertThat(Keys.vector(item).get(1)).isCloseTo(my, within(1e-9));
            assertThat(mx * 2).isEqualTo(Math.rint(mx * 2));
            assertThat(my * 2).isEqualTo(Math.rint(my * 2));
        }
    }

    @Test
    void withinClusterSumOfSquaresEqualsCountTimesPopulationVariance() {
        WithinClusterSumOfSquaresFamily family = new WithinClusterSumOfSquaresFamily();
        Variance population = new Variance(false);
        for (long seed = 0; seed < SEEDS; seed++) {
            WithinClusterSumOfSquaresFamily.Problem p = family.problem(seed);
            double expected = 0;
            for (int c = 0; c < 2; c++) {
                if (p.onlyCluster() >= 0 && p.onlyCluster() != c) {
                    continue;
                }
                int[][] cluster = p.clusters()[c];
                double[] xs = new double[cluster.length];
                double[] ys = new double[cluster.length];
                for (int j = 0; j < cluster.length; j++) {
                    xs[j] = cluster[j][0];
                    ys[j] = cluster[j][1];
                }
                assertThat(new Mean().evaluate(xs)).isEqualTo(Math.rint(new Mean().evaluate(xs)));
                expected += cluster.length * (population.evaluate(xs) + population.evaluate(ys));
            }
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void distancesMatchCommonsMath() {
        DistanceMetricFamily family = new DistanceMetricFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            DistanceMetricFamily.Problem p = family.problem(seed);
            DistanceMeasure measure = p.manhattan() ? new ManhattanDistance() : new EuclideanDistance();
            assertThat(Keys.number(family.generate(seed))).isCloseTo(measure.compute(d(p.p()), d(p.q())), within(1e-9));
        }
    }
}
