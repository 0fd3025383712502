package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Trainable parameters of one 2-D convolution layer, with or without bias. */
public final class ConvParameterCountFamily extends GeneratedItemFamily {

    public ConvParameterCountFamily() {
        // 7 x 6 channel pairs x 7 kernel shapes x bias or not
        super("conv-parameter-count", "model-training-workflow", 7 * 6 * 7 * 2);
    }

    record Problem(int inChannels, int outChannels, int kernelHeight, int kernelWidth, boolean bias) {
    }

    private static final int[] CHANNELS_IN = {1, 3, 8, 16, 32, 64, 128};
    private static final int[] CHANNELS_OUT = {8, 16, 32, 64, 128, 256};
    private static final int[][] KERNELS = {{1, 1}, {3, 3}, {3, 3}, {5, 5}, {7, 7}, {1, 3}, {3, 1}, {1, 7}};

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        int[] kernel = KERNELS[random.nextInt(KERNELS.length)];
        return new Problem(Draws.pick(random, CHANNELS_IN), Draws.pick(random, CHANNELS_OUT), kernel[0], kernel[1],
                Draws.chance(random, 2, 3));
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        long weights = (long) p.kernelHeight() * p.kernelWidth() * p.inChannels() * p.outChannels();
        long total = weights + (p.bias() ? p.outChannels() : 0);
        String stem = "A 2-D convolution layer maps " + p.inChannels() + " input channels to " + p.outChannels()
                + " output channels with a $" + p.kernelHeight() + "\\times" + p.kernelWidth() + "$ kernel"
                + (p.bias() ? " and a bias per output channel" : " and no bias") + ". How many trainable parameters does it have?";
        String solution = "Each output channel has one $" + p.kernelHeight() + "\\times" + p.kernelWidth() + "\\times"
                + p.inChannels() + "$ filter" + (p.bias() ? " plus one bias" : "") + ":\n\n$$("
                + p.kernelHeight() + "\\cdot " + p.kernelWidth() + "\\cdot " + p.inChannels()
                + (p.bias() ? " + 1" : "") + ")\\cdot " + p.outChannels() + " = " + total + "$$\n\n"
                + "The input's height and width do not matter: the same weights slide over every position.";
        List<String> hints = List.of("A filter spans all input channels: its size is $k_h \\times k_w \\times C_{in}$.",
                "There is one filter (and one bias, if used) per output channel.");
        return Instances.number(this, seed, stem, total, 1e-9, solution, hints, 1.1, p.bias() ? -0.4 : -0.6);
    }
}
