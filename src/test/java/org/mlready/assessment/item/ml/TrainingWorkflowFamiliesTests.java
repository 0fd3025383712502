package org.mlready.assessment.item.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Checks shape, parameter and step counts by enumerating windows, weights and batches. */
class TrainingWorkflowFamiliesTests {

    private static final int SEEDS = 1500;

    /** Counts window start positions on the padded axis where the dilated window fits. */
    static int windows(int size, int kernel, int stride, int padding, int dilation) {
        int span = dilation * (kernel - 1) + 1;
        int count = 0;
        for (int start = -padding; start + span <= size + padding; start += stride) {
            count++;
        }
        return count;
    }

    private static List<Integer> layout(boolean channelsLast, int n, int c, int h, int w) {
        return channelsLast ? List.of(n, h, w, c) : List.of(n, c, h, w);
    }

    @Test
    void convOutputShapeCountsWindowPositions() {
        ConvOutputShapeFamily family = new ConvOutputShapeFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            ConvOutputShapeFamily.Problem p = family.problem(seed);
            int h = windows(p.height(), p.kernel(), p.stride(), p.padding(), p.dilation());
            int w = windows(p.width(), p.kernel(), p.stride(), p.padding(), p.dilation());
            assertThat(h).isPositive();
            assertThat(Keys.shape(family.generate(seed)))
                    .isEqualTo(layout(p.channelsLast(), p.batch(), p.outChannels(), h, w));
        }
    }

    @Test
    void poolingOutputShapeCountsWindowPositions() {
        PoolingOutputShapeFamily family = new PoolingOutputShapeFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            PoolingOutputShapeFamily.Problem p = family.problem(seed);
            int stride = p.stride() == 0 ? p.window() : p.stride();
            int h = windows(p.height(), p.window(), stride, p.padding(), 1);
            int w = windows(p.width(), p.window(), stride, p.padding(), 1);
            assertThat(p.padding()).isLessThanOrEqualTo(p.window() / 2);
            assertThat(Keys.shape(family.generate(seed)))
                    .isEqualTo(layout(p.channelsLast(), p.batch(), p.channels(), h, w));
        }
    }

    @Test
    void convParameterCountEnumeratesEveryWeight() {
        ConvParameterCountFamily family = new ConvParameterCountFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            ConvParameterCountFamily.Problem p = family.problem(seed);
            long count = 0;
            for (int out = 0; out < p.outChannels(); out++) {
                for (int in = 0; in < p.inChannels(); in++) {
                    count += (long) p.kernelHeight() * p.kernelWidth();
                }
                if (p.bias()) {
                    count++;
                }
            }
            assertThat(Keys.number(family.generate(seed))).isEqualTo(count);
        }
    }

    @Test
    void trainingStepsSimulateTheDataLoader() {
        TrainingStepsFamily family = new TrainingStepsFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            TrainingStepsFamily.Problem p = family.problem(seed);
            boolean dropLast = p.ask() == TrainingStepsFamily.Ask.DROP_LAST_TOTAL;
            long steps = 0;
            int lastBatch = 0;
            for (int epoch = 0; epoch < p.epochs(); epoch++) {
                int remaining = p.samples();
                while (remaining > 0) {
                    int batch = Math.min(p.batchSize(), remaining);
                    remaining -= batch;
                    if (batch < p.batchSize() && dropLast) {
                        continue;
                    }
                    steps++;
                    lastBatch = batch;
                }
            }
            double expected = switch (p.ask()) {
                case STEPS_PER_EPOCH -> steps / p.epochs();
                case TOTAL_STEPS, DROP_LAST_TOTAL -> steps;
                case LAST_BATCH_SIZE -> lastBatch;
            };
            assertThat(Keys.number(family.generate(seed))).isEqualTo(expected);
        }
    }
}
