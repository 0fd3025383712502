package org.mlready.assessment.item.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small sequential model (convolutions, 2x2 max pooling, flatten, dense layers) with per-sample shape
 * propagation and parameter counts. Per-sample shapes are {channels, height, width} or {features}.
 */
record LayerStack(Framework framework, int[] inputShape, List<Layer> layers) {

    sealed interface Layer permits Conv, Pool, Flatten, Dense {
    }

    /** {@code padding} is the PyTorch zero padding; {@code same} is the Keras padding mode. */
    record Conv(int filters, int kernel, int stride, int padding, boolean same) implements Layer {
    }

    record Pool() implements Layer {
    }

    record Flatten() implements Layer {
    }

    record Dense(int units) implements Layer {
    }

    enum Ending { SPATIAL, FLATTEN, DENSE, CLASSIFIER }

    LayerStack {
        inputShape = inputShape.clone();
        layers = List.copyOf(layers);
    }

    /** A random model: a plain multilayer perceptron, or 1-2 convolution blocks followed by the given ending. */
    static LayerStack draw(Random random, Framework framework, Ending ending) {
        while (true) {
            LayerStack candidate = drawOnce(random, framework, ending);
            if (candidate.wellFormed()) {
                return candidate;
            }
        }
    }

    /** Every convolution window fits its (padded) input and every spatial size stays at least 1. */
    boolean wellFormed() {
        for (int i = 0; i < layers.size(); i++) {
            int[] in = inputOf(i);
            Layer layer = layers.get(i);
            if (layer instanceof Conv conv) {
                int padded = in[1] + (framework == Framework.PYTORCH ? 2 * conv.padding() : 0);
                boolean keepsSize = framework == Framework.KERAS && conv.same();
                if (!keepsSize && padded < conv.kernel()) {
                    return false;
                }
            }
            if (layer instanceof Pool && in[1] < 2) {
                return false;
            }
        }
        return true;
    }

    private static LayerStack drawOnce(Random random, Framework framework, Ending ending) {
        boolean perceptron = ending == Ending.CLASSIFIER && Draws.chance(random, 1, 4);
        List<Layer> layers = new ArrayList<>();
        if (perceptron) {
            int[] input = {Draws.pick(random, 4, 8, 20, 64, 100, 784)};
            int hidden = Draws.between(random, 1, 2);
            for (int i = 0; i < hidden; i++) {
                layers.add(new Dense(Draws.pick(random, 8, 16, 32, 64, 128)));
            }
            layers.add(new Dense(Draws.pick(random, 1, 2, 3, 10)));
            return new LayerStack(framework, input, layers);
        }
        int size = ending == Ending.CLASSIFIER ? Draws.pick(random, 16, 28, 32) : Draws.pick(random, 28, 32, 64, 96);
        int[] input = {Draws.pick(random, 1, 3), size, size};
        int blocks = Draws.between(random, 1, 2);
        for (int i = 0; i < blocks; i++) {
            int kernel = Draws.pick(random, 3, 3, 5);
            int stride = Draws.chance(random, 1, 4) ? 2 : 1;
            int padding = Draws.pick(random, 0, kernel / 2, kernel / 2, 1);
            layers.add(new Conv(Draws.pick(random, 8, 16, 32, 64), kernel, stride, padding, Draws.chance(random, 1, 2)));
            if (Draws.chance(random, 3, 5)) {
                layers.add(new Pool());
            }
        }
        switch (ending) {
            case SPATIAL -> { }
            case FLATTEN -> layers.add(new Flatten());
            case DENSE -> {
                layers.add(new Flatten());
                layers.add(new Dense(Draws.pick(random, 10, 32, 64, 128)));
            }
            case CLASSIFIER -> {
                layers.add(new Flatten());
                if (Draws.chance(random, 1, 2)) {
                    layers.add(new Dense(Draws.pick(random, 32, 64, 128)));
                }
                layers.add(new Dense(Draws.pick(random, 2, 5, 10)));
            }
        }
        return new LayerStack(framework, input, layers);
    }

    /** Per-sample shape after each layer (index i holds the shape after layer i). */
    List<int[]> shapes() {
        List<int[]> shapes = new ArrayList<>();
        int[] shape = inputShape;
        for (Layer layer : layers) {
            shape = apply(layer, shape);
            shapes.add(shape);
        }
        return shapes;
    }

    int[] inputOf(int index) {
        return index == 0 ? inputShape : shapes().get(index - 1);
    }

    private int[] apply(Layer layer, int[] in) {
        if (layer instanceof Conv conv) {
            return new int[] {conv.filters(), convSize(conv, in[1]), convSize(conv, in[2])};
        }
        if (layer instanceof Pool) {
            return new int[] {in[0], in[1] / 2, in[2] / 2};
        }
        if (layer instanceof Flatten) {
            int product = 1;
            for (int d : in) {
                product *= d;
            }
            return new int[] {product};
        }
        return new int[] {((Dense) layer).units()};
    }

    private int convSize(Conv conv, int size) {
        if (framework == Framework.KERAS) {
            return conv.same() ? ConvArithmetic.sameOutputSize(size, conv.stride())
                    : ConvArithmetic.outputSize(size, conv.kernel(), conv.stride(), 0, 1);
        }
        return ConvArithmetic.outputSize(size, conv.kernel(), conv.stride(), conv.padding(), 1);
    }

    long parameters(int index) {
        Layer layer = layers.get(index);
        int[] in = inputOf(index);
        if (layer instanceof Conv conv) {
            return (long) conv.kernel() * conv.kernel() * in[0] * conv.filters() + conv.filters();
        }
        if (layer instanceof Dense dense) {
            return (long) in[0] * dense.units() + dense.units();
        }
        return 0;
    }

    long totalParameters() {
        long total = 0;
        for (int i = 0; i < layers.size(); i++) {
            total += parameters(i);
        }
        return total;
    }

    /** A per-sample shape in the framework's layout, without the batch dimension. */
    String sampleShapeText(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return framework.channelsLast() ? MathText.vector(shape[1], shape[2], shape[0]) : MathText.vector(shape);
    }

    /** A per-sample shape with the batch dimension in front, in the framework's layout. */
    List<Integer> batchShape(int batch, int[] shape) {
        if (shape.length == 1) {
            return List.of(batch, shape[0]);
        }
        return ConvArithmetic.inLayout(batch, shape[0], shape[1], shape[2], framework.channelsLast());
    }
}
