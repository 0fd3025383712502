package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Output shape of a 2-D convolution with kernel, stride, padding and dilation, in NCHW or NHWC. */
public final class ConvOutputShapeFamily extends GeneratedItemFamily {

    public ConvOutputShapeFamily() {
        super("conv-output-shape", "model-training-workflow", 10_000);
    }

    record Problem(int batch, int inChannels, int height, int width, int outChannels, int kernel, int stride,
                   int padding, int dilation, boolean channelsLast) {
    }

    private static final int[] BATCHES = {1, 8, 16, 32, 64};
    private static final int[] CHANNELS_IN = {1, 3, 16, 32, 64};
    private static final int[] SIZES = {28, 32, 31, 64, 57, 100, 128, 224};
    private static final int[] CHANNELS_OUT = {8, 16, 32, 64, 128};

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        boolean channelsLast = Draws.chance(random, 1, 2);
        int height = Draws.pick(random, SIZES);
        int width = Draws.chance(random, 2, 3) ? height : Draws.pick(random, SIZES);
        int kernel = Draws.pick(random, 1, 3, 3, 5, 7);
        int stride = Draws.pick(random, 1, 1, 2, 2, 3);
        int padding = Draws.between(random, 0, kernel / 2 + 1);
        int dilation = Draws.chance(random, 1, 4) && kernel > 1 ? 2 : 1;
        return new Problem(Draws.pick(random, BATCHES), Draws.pick(random, CHANNELS_IN), height, width,
                Draws.pick(random, CHANNELS_OUT), kernel, stride, padding, dilation, channelsLast);
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        List<Integer> input = ConvArithmetic.inLayout(p.batch(), p.inChannels(), p.height(), p.width(), p.channelsLast());
        int outH = ConvArithmetic.outputSize(p.height(), p.kernel(), p.stride(), p.padding(), p.dilation());
        int outW = ConvArithmetic.outputSize(p.width(), p.kernel(), p.stride(), p.padding(), p.dilation());
        List<Integer> output = ConvArithmetic.inLayout(p.batch(), p.outChannels(), outH, outW, p.channelsLast());
        String stem = "A batch with shape $" + MathText.shape(input) + "$ in " + ConvArithmetic.layoutName(p.channelsLast())
                + " layout goes through a 2-D convolution with " + p.outChannels() + " output channels, a $" + p.kernel()
                + "\\times" + p.kernel() + "$ kernel, stride " + p.stride() + ", zero padding " + p.padding()
                + " on every side and dilation " + p.dilation() + ". What is the output shape, in the same layout?";
        String solution = "Each spatial axis follows $\\lfloor (n + 2p - d(k - 1) - 1)/s \\rfloor + 1$:\n\n$$"
                + ConvArithmetic.sizeFormula("H", p.height(), p.kernel(), p.stride(), p.padding(), p.dilation()) + "$$\n\n$$"
                + ConvArithmetic.sizeFormula("W", p.width(), p.kernel(), p.stride(), p.padding(), p.dilation()) + "$$\n\n"
                + "The batch size is unchanged and the channel count becomes the number of filters, " + p.outChannels()
                + ". In " + (p.channelsLast() ? "NHWC" : "NCHW") + ": $" + MathText.shape(output) + "$.";
        List<String> hints = List.of("Batch size stays the same; channels become the number of output channels (filters).",
                "Per spatial axis: $\\lfloor (n + 2p - d(k-1) - 1)/s \\rfloor + 1$; dilation stretches the kernel to $d(k-1)+1$.",
                "Keep the layout: " + (p.channelsLast() ? "channels go last." : "channels come right after the batch."));
        double b = 0.0 + (p.dilation() > 1 ? 0.4 : 0) + (p.stride() > 1 ? 0.2 : 0);
        return Instances.shape(this, seed, stem, output, solution, hints, 1.2, b);
    }
}
