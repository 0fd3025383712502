package org.mlready.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

class PointBiserialTests {

    @Test
    void agreesWithPearsonCorrelationFromCommonsMath() {
        Random random = new Random(11);
        for (int trial = 0; trial < 50; trial++) {
            int n = 3 + random.nextInt(40);
            double[] item = new double[n];
            double[] rest = new double[n];
            PointBiserial accumulator = new PointBiserial();
            for (int i = 0; i < n; i++) {
                item[i] = i < 2 ? i : random.nextInt(2);
                rest[i] = i < 2 ? 0.5 * i : random.nextInt(5) / 4.0;
                accumulator.add(item[i], rest[i]);
            }
            double expected = new PearsonsCorrelation().correlation(item, rest);
            assertThat(accumulator.value().getAsDouble()).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void undefinedWithTooFewLearnersOrNoVariation() {
        PointBiserial two = new PointBiserial();
        two.add(1, 0.5);
        two.add(0, 0);
        assertThat(two.value()).isEmpty();
        PointBiserial constantItem = new PointBiserial();
        constantItem.add(1, 0.5);
        constantItem.add(1, 0);
        constantItem.add(1, 1);
        assertThat(constantItem.value()).isEmpty();
    }
}
