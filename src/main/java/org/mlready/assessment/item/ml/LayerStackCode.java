package org.mlready.assessment.item.ml;

import java.util.ArrayList;
import java.util.List;

/** Writes a {@link LayerStack} as Keras or PyTorch code, with the framework's own API names. */
final class LayerStackCode {

    private LayerStackCode() {
    }

    /** The model definition in a fenced Python code block. */
    static String model(LayerStack stack) {
        List<String> lines = stack.framework() == Framework.KERAS ? keras(stack) : pytorch(stack);
        return "```python\n" + String.join("\n", lines) + "\n```";
    }

    /** How a layer is written, for solutions. */
    static String layer(LayerStack stack, int index) {
        LayerStack.Layer layer = stack.layers().get(index);
        return stack.framework() == Framework.KERAS ? kerasLayer(layer, stack.layers(), index)
                : pytorchLayer(layer, stack.inputOf(index));
    }

    private static List<String> keras(LayerStack stack) {
        List<String> lines = new ArrayList<>();
        lines.add("model = keras.Sequential([");
        int[] in = stack.inputShape();
        String shape = in.length == 1 ? "(" + in[0] + ",)" : "(" + in[1] + ", " + in[2] + ", " + in[0] + ")";
        lines.add("    keras.Input(shape=" + shape + "),");
        for (int i = 0; i < stack.layers().size(); i++) {
            lines.add("    " + kerasLayer(stack.layers().get(i), stack.layers(), i) + ",");
        }
        lines.add("])");
        return lines;
    }

    private static String kerasLayer(LayerStack.Layer layer, List<LayerStack.Layer> all, int index) {
        boolean last = index == all.size() - 1;
        if (layer instanceof LayerStack.Conv conv) {
            return "layers.Conv2D(" + conv.filters() + ", kernel_size=" + conv.kernel() + ", strides=" + conv.stride()
                    + ", padding=\"" + (conv.same() ? "same" : "valid") + "\", activation=\"relu\")";
        }
        if (layer instanceof LayerStack.Pool) {
            return "layers.MaxPooling2D(pool_size=2)";
        }
        if (layer instanceof LayerStack.Flatten) {
            return "layers.Flatten()";
        }
        LayerStack.Dense dense = (LayerStack.Dense) layer;
        return "layers.Dense(" + dense.units() + (last ? "" : ", activation=\"relu\"") + ")";
    }

    private static List<String> pytorch(LayerStack stack) {
        List<String> lines = new ArrayList<>();
        lines.add("model = nn.Sequential(");
        List<LayerStack.Layer> layers = stack.layers();
        for (int i = 0; i < layers.size(); i++) {
            LayerStack.Layer layer = layers.get(i);
            lines.add("    " + pytorchLayer(layer, stack.inputOf(i)) + ",");
            boolean trainable = layer instanceof LayerStack.Conv || layer instanceof LayerStack.Dense;
            if (trainable && i < layers.size() - 1) {
                lines.add("    nn.ReLU(),");
            }
        }
        lines.add(")");
        return lines;
    }

    private static String pytorchLayer(LayerStack.Layer layer, int[] in) {
        if (layer instanceof LayerStack.Conv conv) {
            return "nn.Conv2d(" + in[0] + ", " + conv.filters() + ", kernel_size=" + conv.kernel() + ", stride="
                    + conv.stride() + ", padding=" + conv.padding() + ")";
        }
        if (layer instanceof LayerStack.Pool) {
            return "nn.MaxPool2d(2)";
        }
        if (layer instanceof LayerStack.Flatten) {
            return "nn.Flatten()";
        }
        return "nn.Linear(" + in[0] + ", " + ((LayerStack.Dense) layer).units() + ")";
    }
}
