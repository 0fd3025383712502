package org.mlready.assessment.item.research;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ChoiceSet.Option;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * The H0/H1 pair for a claim about a metric: the side of a one-sided alternative follows from the claim's verb
 * combined with whether higher or lower values of the metric are better.
 */
public final class HypothesisPairFamily extends GeneratedItemFamily {

    private record Metric(String name, boolean higherIsBetter) {
    }

    /** What the claim says about the metric: better, worse, numerically up, numerically down, or any change. */
    private enum Claim {
        IMPROVES("improves", "improve"), DEGRADES("degrades", "degrade"), RAISES("raises", "raise"),
        LOWERS("lowers", "lower"), CHANGES("changes", "change");

        final String verb;
        final String infinitive;

        Claim(String verb, String infinitive) {
            this.verb = verb;
            this.infinitive = infinitive;
        }
    }

    private static final List<Metric> METRICS = List.of(new Metric("top-1 accuracy", true),
            new Metric("mean absolute error", false), new Metric("p95 latency", false),
            new Metric("click-through rate", true), new Metric("training time per epoch", false),
            new Metric("F1 score", true), new Metric("perplexity", false), new Metric("recall", true),
            new Metric("peak GPU memory", false), new Metric("BLEU score", true),
            new Metric("false-positive rate", false), new Metric("expected calibration error", false));
    private static final List<String> CHANGES = List.of("quantising the model to 8 bits", "a new data-augmentation "
            + "scheme", "switching to the AdamW optimiser", "adding retrieval to the pipeline",
            "pruning 30% of the weights", "a curriculum over training examples", "a larger batch size",
            "deduplicating the training data");

    public HypothesisPairFamily() {
        super("hypothesis-pair", "hypothesis-formulation", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Metric metric = RandomDraw.pick(random, METRICS);
        Claim claim = RandomDraw.pick(random, List.of(Claim.values()));
        String change = RandomDraw.pick(random, CHANGES);
        int runs = RandomDraw.between(random, 5, 30);
        // +1: the alternative says the new mean is larger, -1: smaller, 0: two-sided.
        int side = switch (claim) {
            case IMPROVES -> metric.higherIsBetter() ? 1 : -1;
            case DEGRADES -> metric.higherIsBetter() ? -1 : 1;
            case RAISES -> 1;
            case LOWERS -> -1;
            default -> 0;
        };
        String polarity = metric.higherIsBetter() ? "higher is better" : "lower is better";
        String stem = "You suspect that " + change + " **" + claim.verb + "** the " + metric.name() + " (" + polarity
                + ") of a model" + (claim == Claim.CHANGES ? ", and a change in either direction would matter to you"
                : ", and only that direction matters to you") + ". You will run " + runs + " training runs with and "
                + runs + " without the change. With $\\mu_{new}$ and $\\mu_{old}$ the mean " + metric.name()
                + " with and without it, which hypotheses should you fix before collecting the data?";
        String greater = "$H_0: \\mu_{new} = \\mu_{old}$, $H_1: \\mu_{new} > \\mu_{old}$ (one-sided)";
        String less = "$H_0: \\mu_{new} = \\mu_{old}$, $H_1: \\mu_{new} < \\mu_{old}$ (one-sided)";
        String twoSided = "$H_0: \\mu_{new} = \\mu_{old}$, $H_1: \\mu_{new} \\ne \\mu_{old}$ (two-sided)";
        String claimRelation = side > 0 ? ">" : side < 0 ? "<" : "\\ne";
        String reversed = "$H_0: \\mu_{new} " + claimRelation + " \\mu_{old}$, $H_1: \\mu_{new} = \\mu_{old}$";
        String why = claim == Claim.IMPROVES || claim == Claim.DEGRADES
                ? "To " + claim.infinitive + " a metric where " + polarity + " means to make it "
                + (side > 0 ? "larger" : "smaller") + "."
                : claim == Claim.CHANGES ? "Either direction matters, so the alternative is two-sided."
                : "To " + claim.infinitive + " a value means to make it " + (side > 0 ? "larger" : "smaller") + ".";
        List<Option> options = List.of(
                new Option(greater, side > 0, side > 0 ? why + " The alternative carries that direction."
                        : side == 0 ? "A one-sided test ignores a change in the other direction, which matters here."
                        : "This alternative points the wrong way: the claim means a smaller value."),
                new Option(less, side < 0, side < 0 ? why + " The alternative carries that direction."
                        : side == 0 ? "A one-sided test ignores a change in the other direction, which matters here."
                        : "This alternative points the wrong way: the claim means a larger value."),
                new Option(twoSided, side == 0, side == 0 ? why
                        : "Only one direction matters, so a one-sided alternative in that direction has more power."),
                new Option(reversed, false, "The claim belongs in $H_1$; $H_0$ is the no-difference baseline that "
                        + "the data can give evidence against."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String answer = side > 0 ? greater : side < 0 ? less : twoSided;
        String solution = "$H_0$ states no difference, $\\mu_{new} = \\mu_{old}$; the claim goes into $H_1$. " + why
                + (side == 0 ? "" : " So $H_1: \\mu_{new} " + claimRelation + " \\mu_{old}$, one-sided.")
                + "\n\nAnswer: **" + answer + "**.";
        double difficulty = claim == Claim.CHANGES ? -0.8 : (claim == Claim.RAISES || claim == Claim.LOWERS)
                ? -0.5 : metric.higherIsBetter() ? -0.2 : 0.4;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, List.of("Which hypothesis holds the no-difference baseline?",
                "Translate the verb into larger or smaller values of the metric, minding which way is better."),
                choices, ItemIrt.choice(1.2, difficulty, options.size()));
    }
}
