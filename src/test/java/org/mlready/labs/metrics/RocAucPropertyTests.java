package org.mlready.labs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariances of the AUC on scores with many ties (eleven levels). */
class RocAucPropertyTests {

    record Scored(double[] scores, boolean[] positive) {
    }

    @Provide
    Arbitrary<Scored> scored() {
        return Arbitraries.integers().between(2, 40).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(0, 10).array(int[].class).ofSize(n),
                Arbitraries.of(true, false).array(boolean[].class).ofSize(n)).as((levels, labels) -> {
                    labels[0] = true;
                    labels[1] = false;
                    return new Scored(Arrays.stream(levels).mapToDouble(l -> l / 10.0).toArray(), labels);
                }));
    }

    @Property(tries = 300)
    void isUnchangedByAStrictlyIncreasingTransformOfTheScores(@ForAll("scored") Scored s) {
        double[] transformed = Arrays.stream(s.scores()).map(p -> Math.exp(5 * p) - 3).toArray();
        assertThat(RocAuc.of(transformed, s.positive())).isCloseTo(RocAuc.of(s.scores(), s.positive()), within(1e-12));
    }

    @Property(tries = 300)
    void complementingTheProbabilitiesComplementsTheAuc(@ForAll("scored") Scored s) {
        double[] complemented = Arrays.stream(s.scores()).map(p -> 1 - p).toArray();
        assertThat(RocAuc.of(complemented, s.positive()))
                .isCloseTo(1 - RocAuc.of(s.scores(), s.positive()), within(1e-12));
    }
}
