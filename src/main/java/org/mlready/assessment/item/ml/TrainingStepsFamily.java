package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Optimizer steps per epoch and in total for a data set size, batch size and number of epochs. */
public final class TrainingStepsFamily extends GeneratedItemFamily {

    public TrainingStepsFamily() {
        super("training-steps", "model-training-workflow", 10_000);
    }

    enum Ask { STEPS_PER_EPOCH, TOTAL_STEPS, DROP_LAST_TOTAL, LAST_BATCH_SIZE }

    record Problem(int samples, int batchSize, int epochs, Ask ask) {
    }

    private static final int[] BATCH_SIZES = {16, 32, 50, 64, 100, 128, 256};

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        int batch = Draws.pick(random, BATCH_SIZES);
        int samples;
        do {
            samples = Draws.between(random, 100, 6000) * 10 + Draws.between(random, 0, 9);
        } while (samples % batch == 0);
        return new Problem(samples, batch, Draws.between(random, 2, 30), Ask.values()[random.nextInt(4)]);
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        int full = p.samples() / p.batchSize();
        int perEpoch = full + 1;
        int remainder = p.samples() - full * p.batchSize();
        String setup = "A training set has " + p.samples() + " examples and is fed to the optimizer in mini-batches of "
                + p.batchSize() + ", one optimizer step per batch, for " + p.epochs() + " epochs.";
        String division = "$" + p.samples() + " / " + p.batchSize() + " = " + MathText.num(p.samples() / (double) p.batchSize())
                + "$: " + full + " full batches and a last partial batch of $" + p.samples() + " - " + full + "\\cdot "
                + p.batchSize() + " = " + remainder + "$ examples.";
        String stem;
        String solution;
        double value;
        double b;
        switch (p.ask()) {
            case STEPS_PER_EPOCH -> {
                stem = setup + " The last, smaller batch is kept. How many optimizer steps happen in one epoch?";
                value = perEpoch;
                solution = division + " Keeping the partial batch gives $\\lceil " + p.samples() + "/" + p.batchSize()
                        + " \\rceil = " + perEpoch + "$ steps per epoch.";
                b = -1.3;
            }
            case TOTAL_STEPS -> {
                stem = setup + " The last, smaller batch is kept. How many optimizer steps happen over the whole training run?";
                value = (double) perEpoch * p.epochs();
                solution = division + " That is $\\lceil " + p.samples() + "/" + p.batchSize() + " \\rceil = " + perEpoch
                        + "$ steps per epoch, so $" + perEpoch + "\\cdot " + p.epochs() + " = " + (long) value + "$ steps in total.";
                b = -0.9;
            }
            case DROP_LAST_TOTAL -> {
                stem = setup + " The incomplete last batch is dropped (drop_last=True). How many optimizer steps happen over the whole training run?";
                value = (double) full * p.epochs();
                solution = division + " Dropping the partial batch leaves $\\lfloor " + p.samples() + "/" + p.batchSize()
                        + " \\rfloor = " + full + "$ steps per epoch, so $" + full + "\\cdot " + p.epochs() + " = "
                        + (long) value + "$ steps in total.";
                b = -0.7;
            }
            default -> {
                stem = setup + " The last, smaller batch is kept. How many examples are in the last batch of each epoch?";
                value = remainder;
                solution = division + " The last batch holds the remainder, " + remainder + " examples.";
                b = -0.8;
            }
        }
        List<String> hints = List.of("One epoch is one pass over all examples; each batch is one optimizer step.",
                "Divide the number of examples by the batch size and decide what happens to the leftover examples.");
        return Instances.number(this, seed, stem, value, 1e-9, solution, hints, 1.0, b);
    }
}
