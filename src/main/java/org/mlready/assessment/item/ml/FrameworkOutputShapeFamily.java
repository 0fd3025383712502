package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Output tensor shape of a Keras Sequential or PyTorch nn.Sequential stack for a given input batch. */
public final class FrameworkOutputShapeFamily extends GeneratedItemFamily {

    private final Framework framework;

    record Problem(LayerStack stack, int batch) {
    }

    private FrameworkOutputShapeFamily(Framework framework) {
        super(framework.idPrefix + "-output-shape", framework.skillId, 10_000);
        this.framework = framework;
    }

    public static FrameworkOutputShapeFamily keras() {
        return new FrameworkOutputShapeFamily(Framework.KERAS);
    }

    public static FrameworkOutputShapeFamily pytorch() {
        return new FrameworkOutputShapeFamily(Framework.PYTORCH);
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        int pick = random.nextInt(10);
        LayerStack.Ending ending = pick < 5 ? LayerStack.Ending.SPATIAL : pick < 8 ? LayerStack.Ending.FLATTEN
                : LayerStack.Ending.DENSE;
        int batch = Draws.pick(random, 1, 8, 16, 32, 64);
        return new Problem(LayerStack.draw(random, framework, ending), batch);
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        LayerStack stack = p.stack();
        boolean keras = framework == Framework.KERAS;
        int[] in = stack.inputShape();
        List<Integer> inputShape = stack.batchShape(p.batch(), in);
        String input = keras
                ? "It is called on a batch `x` of shape `" + MathText.shape(inputShape) + "` (channels last)."
                : "It is called on `x = torch.randn" + MathText.shape(inputShape) + "` (channels first: N, C, H, W).";
        String stem = "Consider this " + framework.displayName + " model:\n\n" + LayerStackCode.model(stack) + "\n\n" + input
                + " What is the shape of `model(x)`?";
        List<int[]> shapes = stack.shapes();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < stack.layers().size(); i++) {
            rows.add("| `" + LayerStackCode.layer(stack, i) + "` | " + why(stack, i) + " | "
                    + MathText.shape(stack.batchShape(p.batch(), shapes.get(i))) + " |");
        }
        List<Integer> output = stack.batchShape(p.batch(), shapes.get(shapes.size() - 1));
        String solution = "Follow the shape layer by layer (batch size " + p.batch() + " never changes):\n\n"
                + "| Layer | Rule | Output shape |\n|---|---|---|\n" + String.join("\n", rows) + "\n\nSo `model(x).shape` is "
                + MathText.shape(output) + ".";
        List<String> hints = List.of(
                keras ? "With padding=\"same\" the output size is $\\lceil n/s \\rceil$; with \"valid\" it is $\\lfloor (n - k)/s \\rfloor + 1$."
                        : "nn.Conv2d output size: $\\lfloor (n + 2p - k)/s \\rfloor + 1$ per spatial axis.",
                (keras ? "MaxPooling2D(pool_size=2)" : "nn.MaxPool2d(2)") + " halves height and width (rounding down); Flatten multiplies the non-batch dimensions.",
                keras ? "Keras tensors are channels last: (N, H, W, C)." : "PyTorch tensors are channels first: (N, C, H, W).");
        return Instances.shape(this, seed, stem, output, solution, hints, 1.2, keras ? 0.5 : 0.4);
    }

    private static String why(LayerStack stack, int index) {
        LayerStack.Layer layer = stack.layers().get(index);
        int[] in = stack.inputOf(index);
        if (layer instanceof LayerStack.Conv conv) {
            if (stack.framework() == Framework.KERAS) {
                return conv.same() ? "same: $\\lceil " + in[1] + "/" + conv.stride() + " \\rceil$"
                        : "valid: $\\lfloor (" + in[1] + " - " + conv.kernel() + ")/" + conv.stride() + " \\rfloor + 1$";
            }
            return "$\\lfloor (" + in[1] + " + 2\\cdot " + conv.padding() + " - " + conv.kernel() + ")/" + conv.stride()
                    + " \\rfloor + 1$";
        }
        if (layer instanceof LayerStack.Pool) {
            return "$\\lfloor " + in[1] + "/2 \\rfloor$";
        }
        if (layer instanceof LayerStack.Flatten) {
            return "multiply " + stack.sampleShapeText(in);
        }
        return "last axis → units";
    }
}
