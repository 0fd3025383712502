package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Total trainable parameters of a Keras Sequential or PyTorch nn.Sequential model shown as code. */
public final class FrameworkParameterCountFamily extends GeneratedItemFamily {

    private final Framework framework;

    private FrameworkParameterCountFamily(Framework framework) {
        super(framework.idPrefix + "-parameter-count", framework.skillId, 10_000);
        this.framework = framework;
    }

    public static FrameworkParameterCountFamily keras() {
        return new FrameworkParameterCountFamily(Framework.KERAS);
    }

    public static FrameworkParameterCountFamily pytorch() {
        return new FrameworkParameterCountFamily(Framework.PYTORCH);
    }

    LayerStack problem(long seed) {
        return LayerStack.draw(SeededRandom.of(seed), framework, LayerStack.Ending.CLASSIFIER);
    }

    @Override
    public ItemInstance generate(long seed) {
        LayerStack stack = problem(seed);
        boolean keras = framework == Framework.KERAS;
        String count = keras ? "`model.count_params()`" : "`sum(p.numel() for p in model.parameters())`";
        String imports = keras ? "(with `from tensorflow import keras` and `from tensorflow.keras import layers`)"
                : "(with `import torch.nn as nn`)";
        String stem = "How many trainable parameters does this " + framework.displayName + " model have, i.e. what does "
                + count + " return? " + imports + "\n\n" + LayerStackCode.model(stack);
        List<String> rows = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<int[]> shapes = stack.shapes();
        for (int i = 0; i < stack.layers().size(); i++) {
            long params = stack.parameters(i);
            String formula = formula(stack, i);
            rows.add("| `" + LayerStackCode.layer(stack, i) + "` | " + stack.sampleShapeText(shapes.get(i)) + " | " + formula + " |");
            if (params > 0) {
                terms.add(Long.toString(params));
            }
        }
        long total = stack.totalParameters();
        String solution = "Track the per-sample shape (" + (keras ? "channels last" : "channels first")
                + ") and count weights plus biases layer by layer:\n\n| Layer | Output shape | Parameters |\n|---|---|---|\n"
                + String.join("\n", rows) + "\n\nTotal: $" + String.join(" + ", terms) + " = " + total + "$.";
        List<String> hints = List.of(
                (keras ? "Conv2D" : "nn.Conv2d") + " has $k \\cdot k \\cdot C_{in} \\cdot C_{out}$ weights plus $C_{out}$ biases.",
                (keras ? "Dense(units)" : "nn.Linear(in, out)") + " has in·out weights plus out biases; pooling, flatten and activations have none.",
                keras ? "Keras infers a Dense layer's input size from the previous layer: follow the shapes through the model."
                        : "nn.Linear states its input size; for convolutions use the channel counts in nn.Conv2d.");
        boolean convolutional = stack.inputShape().length == 3;
        double b = (convolutional ? 0.5 : -0.6) + (keras && convolutional ? 0.3 : 0);
        return Instances.number(this, seed, stem, total, 1e-9, solution, hints, 1.2, b);
    }

    private static String formula(LayerStack stack, int index) {
        LayerStack.Layer layer = stack.layers().get(index);
        int[] in = stack.inputOf(index);
        if (layer instanceof LayerStack.Conv conv) {
            return "$" + conv.kernel() + "\\cdot " + conv.kernel() + "\\cdot " + in[0] + "\\cdot " + conv.filters() + " + "
                    + conv.filters() + " = " + stack.parameters(index) + "$";
        }
        if (layer instanceof LayerStack.Dense dense) {
            return "$" + in[0] + "\\cdot " + dense.units() + " + " + dense.units() + " = " + stack.parameters(index) + "$";
        }
        return "0";
    }
}
