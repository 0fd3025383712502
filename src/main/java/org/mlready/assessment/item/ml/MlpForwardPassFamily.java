package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Forward pass through a 2-layer network with a ReLU hidden layer and a linear or sigmoid output. */
public final class MlpForwardPassFamily extends GeneratedItemFamily {

    public MlpForwardPassFamily() {
        super("mlp-forward-pass", "forward-backprop", 10_000);
    }

    record Problem(TinyNetwork network, boolean sigmoidOutput) {
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        boolean sigmoidOutput = Draws.chance(random, 1, 2);
        int hidden = Draws.between(random, 2, 3);
        while (true) {
            TinyNetwork network = TinyNetwork.draw(random, hidden);
            boolean someActive = false;
            for (int i = 0; i < hidden; i++) {
                someActive |= network.preActivation(i) > 0;
            }
            if (someActive && (!sigmoidOutput || Math.abs(network.logit()) <= 4)) {
                return new Problem(network, sigmoidOutput);
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        TinyNetwork net = p.network();
        String output = p.sigmoidOutput() ? "$\\hat{y} = \\sigma(z)$ with $\\sigma(z) = 1/(1 + e^{-z})$" : "$\\hat{y} = z$ (linear)";
        String stem = "A network has 2 inputs, " + net.hidden() + " ReLU hidden units and one output unit:\n\n"
                + "$$h = \\operatorname{ReLU}(W^{(1)}x + b^{(1)}),\\qquad z = w^{(2)} \\cdot h + b^{(2)}$$\n\n"
                + "and output " + output + ". With\n\n" + net.describe() + "\n\nwhat is $\\hat{y}$?"
                + (p.sigmoidOutput() ? " Round to 4 decimal places." : "");
        int z = net.logit();
        double value = p.sigmoidOutput() ? TinyNetwork.sigmoid(z) : z;
        String solution = net.forwardSteps() + (p.sigmoidOutput()
                ? "\n\nFinally $\\hat{y} = \\sigma(" + z + ") = \\frac{1}{1 + e^{" + (-z) + "}} \\approx "
                + MathText.num(value) + "$."
                : "\n\nThe output is linear, so $\\hat{y} = z = " + z + "$.");
        List<String> hints = List.of("Work layer by layer: hidden pre-activations, then ReLU, then the output unit.",
                "ReLU sets negative pre-activations to 0 and leaves positive ones unchanged.");
        return Instances.number(this, seed, stem, value, p.sigmoidOutput() ? 1e-3 : 1e-9, solution, hints,
                1.1, p.sigmoidOutput() ? -0.3 : -0.7);
    }
}
