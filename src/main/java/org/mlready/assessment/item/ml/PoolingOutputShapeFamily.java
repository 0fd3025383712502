package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Output shape of a max- or average-pooling layer, in NCHW or NHWC. */
public final class PoolingOutputShapeFamily extends GeneratedItemFamily {

    public PoolingOutputShapeFamily() {
        super("pool-output-shape", "model-training-workflow", 5_000);
    }

    /** {@code stride} 0 means "defaults to the window size". */
    record Problem(int batch, int channels, int height, int width, boolean max, int window, int stride, int padding,
                   boolean channelsLast) {

        int effectiveStride() {
            return stride == 0 ? window : stride;
        }
    }

    private static final int[] SIZES = {7, 14, 15, 28, 32, 55, 56, 112};

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        boolean channelsLast = Draws.chance(random, 1, 2);
        int height = Draws.pick(random, SIZES);
        int width = Draws.chance(random, 2, 3) ? height : Draws.pick(random, SIZES);
        int window = Draws.pick(random, 2, 2, 3);
        int stride = Draws.chance(random, 1, 2) ? 0 : Draws.between(random, 1, 3);
        int padding = Draws.chance(random, 1, 4) ? 1 : 0;
        return new Problem(Draws.pick(random, 1, 4, 16, 32), Draws.pick(random, 3, 16, 32, 64, 128), height, width,
                Draws.chance(random, 2, 3), window, stride, padding, channelsLast);
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        int s = p.effectiveStride();
        List<Integer> input = ConvArithmetic.inLayout(p.batch(), p.channels(), p.height(), p.width(), p.channelsLast());
        int outH = ConvArithmetic.outputSize(p.height(), p.window(), s, p.padding(), 1);
        int outW = ConvArithmetic.outputSize(p.width(), p.window(), s, p.padding(), 1);
        List<Integer> output = ConvArithmetic.inLayout(p.batch(), p.channels(), outH, outW, p.channelsLast());
        String strideText = p.stride() == 0 ? "stride equal to the window size (the default)" : "stride " + p.stride();
        String stem = "A tensor of shape $" + MathText.shape(input) + "$ in " + ConvArithmetic.layoutName(p.channelsLast())
                + " layout goes through " + (p.max() ? "max" : "average") + " pooling with a $" + p.window() + "\\times"
                + p.window() + "$ window, " + strideText + " and padding " + p.padding()
                + " (windows that do not fit are dropped). What is the output shape, in the same layout?";
        String solution = "Pooling keeps batch and channels and shrinks each spatial axis like a convolution with "
                + "kernel " + p.window() + " and stride " + s + ":\n\n$$"
                + ConvArithmetic.sizeFormula("H", p.height(), p.window(), s, p.padding(), 1) + "$$\n\n$$"
                + ConvArithmetic.sizeFormula("W", p.width(), p.window(), s, p.padding(), 1) + "$$\n\n"
                + "Output: $" + MathText.shape(output) + "$.";
        List<String> hints = List.of("Pooling works per channel: the channel count does not change.",
                "Per spatial axis: $\\lfloor (n + 2p - k)/s \\rfloor + 1$.");
        return Instances.shape(this, seed, stem, output, solution, hints, 1.0, p.stride() == 0 && p.padding() == 0 ? -0.8 : -0.3);
    }
}
