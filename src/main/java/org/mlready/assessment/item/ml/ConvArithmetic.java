package org.mlready.assessment.item.ml;

import java.util.List;

/** Output-size arithmetic of convolution and pooling windows along one spatial axis, and layout handling. */
final class ConvArithmetic {

    private ConvArithmetic() {
    }

    /** floor((size + 2 padding - dilation (kernel - 1) - 1) / stride) + 1, as PyTorch documents it. */
    static int outputSize(int size, int kernel, int stride, int padding, int dilation) {
        return Math.floorDiv(size + 2 * padding - dilation * (kernel - 1) - 1, stride) + 1;
    }

    /** Keras/TensorFlow padding='same': ceil(size / stride). */
    static int sameOutputSize(int size, int stride) {
        return (size + stride - 1) / stride;
    }

    /** An (N, C, H, W) shape written in the requested layout. */
    static List<Integer> inLayout(int n, int c, int h, int w, boolean channelsLast) {
        return channelsLast ? List.of(n, h, w, c) : List.of(n, c, h, w);
    }

    static String layoutName(boolean channelsLast) {
        return channelsLast ? "NHWC (batch, height, width, channels)" : "NCHW (batch, channels, height, width)";
    }

    /** The worked size formula for one axis. */
    static String sizeFormula(String axis, int size, int kernel, int stride, int padding, int dilation) {
        int out = outputSize(size, kernel, stride, padding, dilation);
        return axis + "_{out} = \\left\\lfloor \\frac{" + size + " + 2\\cdot " + padding + " - " + dilation + "\\cdot(" + kernel
                + " - 1) - 1}{" + stride + "} \\right\\rfloor + 1 = \\left\\lfloor \\frac{"
                + (size + 2 * padding - dilation * (kernel - 1) - 1) + "}{" + stride + "} \\right\\rfloor + 1 = " + out;
    }
}
