package org.mlready.assessment.item.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A described target (yes/no, one or more real amounts, one of k exclusive classes, any subset of k tags): which
 * output layer and loss fit it. The unit counts in the options come from the generated target.
 */
public final class TargetFramingFamily extends GeneratedItemFamily {

    enum Kind { BINARY, REGRESSION, MULTICLASS, MULTILABEL }

    public TargetFramingFamily() {
        super("target-output-loss", "classification-regression-framing", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        FramingDomain domain = FramingDomain.pick(random);
        Kind kind = Kind.values()[random.nextInt(4)];
        String target;
        String framing;
        String metric;
        List<ChoiceSet.Option> options = new ArrayList<>();
        double difficulty;
        if (kind == Kind.BINARY) {
            target = "The target is whether " + domain.event() + ": yes or no.";
            framing = "A yes/no target is **binary classification**: one sigmoid unit outputs $P(\\text{yes})$ and "
                    + "binary cross-entropy is its log-loss.";
            metric = "ROC-AUC, or precision and recall of the yes class if it is rare";
            options.add(new ChoiceSet.Option(sigmoid(1), true, "Correct: a sigmoid turns one score into a "
                    + "probability of yes, and binary cross-entropy is the matching loss."));
            options.add(new ChoiceSet.Option(linear(1), false, "A linear unit is unbounded, so its output is not a "
                    + "probability, and squared error on 0/1 labels is a poor, non-probabilistic loss."));
            options.add(new ChoiceSet.Option("1 output unit with softmax activation, trained with categorical "
                    + "cross-entropy", false, "A softmax over a single unit always outputs 1, whatever the input, "
                    + "so nothing is learned."));
            options.add(new ChoiceSet.Option("1 output unit with ReLU activation, trained with binary "
                    + "cross-entropy", false, "ReLU outputs any non-negative number, not a probability in (0, 1), "
                    + "so the log-loss is undefined above 1."));
            difficulty = -1.2;
        } else if (kind == Kind.REGRESSION) {
            int m = RandomDraw.between(random, 1, 3);
            List<String> amounts = RandomDraw.shuffledPrefix(random, domain.amounts(), m);
            target = m == 1 ? "The target is " + amounts.get(0) + ": a real number."
                    : "The target is " + m + " real numbers predicted together: " + String.join("; ", amounts)
                    + ".";
            framing = "Real-valued amounts make this **regression**" + (m > 1 ? " with " + m + " outputs" : "")
                    + ": one linear (identity) unit per amount, so any value can be produced, trained with mean "
                    + "squared error.";
            metric = "mean absolute error or RMSE, in the target's units";
            options.add(new ChoiceSet.Option(linear(m), true, "Correct: one unbounded linear output per amount, "
                    + "fitted with squared error."));
            options.add(new ChoiceSet.Option(sigmoid(m), false, "Sigmoid outputs are squeezed into (0, 1) and "
                    + "binary cross-entropy expects 0/1 labels, not amounts."));
            options.add(new ChoiceSet.Option(softmax(m), false, m == 1 ? "A softmax over one unit always outputs 1."
                    : "Softmax outputs sum to 1 like class probabilities; these amounts are not shares of a whole."));
            if (m > 1) {
                options.add(new ChoiceSet.Option(linear(1), false, "One output can predict only one of the " + m
                        + " amounts."));
            }
            difficulty = m == 1 ? -1.2 : -0.6;
        } else {
            boolean exclusive = kind == Kind.MULTICLASS;
            List<String> pool = exclusive ? domain.classes() : domain.tags();
            int k = RandomDraw.between(random, 3, Math.min(6, pool.size()));
            String labels = FramingDomain.labels(RandomDraw.shuffledPrefix(random, pool, k));
            if (exclusive) {
                target = "The target is the " + domain.classNoun() + ": exactly one of " + k + " classes applies "
                        + "to each example (" + labels + ").";
                framing = "Exactly one of " + k + " labels is **multi-class (single-label) classification**: " + k
                        + " units with a softmax give a probability distribution over the classes, trained with "
                        + "categorical cross-entropy.";
                metric = "accuracy, or macro-averaged F1 if some classes are rare";
                options.add(new ChoiceSet.Option(softmax(k), true, "Correct: the softmax makes the " + k
                        + " probabilities compete and sum to 1, as exactly one class is true."));
                options.add(new ChoiceSet.Option(sigmoids(k), false, "Independent sigmoids suit labels that can "
                        + "apply together; here exactly one applies, which a softmax builds in."));
                options.add(new ChoiceSet.Option(sigmoid(1), false, "One sigmoid separates two classes, not " + k
                        + "."));
                options.add(new ChoiceSet.Option(linear(1), false, "Regressing a class index invents an order and "
                        + "distances between the " + k + " unordered classes."));
                difficulty = -0.5;
            } else {
                target = "The target is the set of " + domain.tagNoun() + "s that apply: any number of the " + k
                        + " " + domain.tagNoun() + "s (" + labels + ") can apply to the same example, including "
                        + "none.";
                framing = "Any subset of " + k + " labels is **multi-label classification**: " + k + " independent "
                        + "yes/no decisions, so " + k + " sigmoid units, each trained with binary cross-entropy.";
                metric = "per-label F1 (micro- or macro-averaged) or Hamming loss";
                options.add(new ChoiceSet.Option(sigmoids(k), true, "Correct: each sigmoid gives the probability "
                        + "of one label independently of the others."));
                options.add(new ChoiceSet.Option(softmax(k), false, "A softmax makes the labels compete for a total "
                        + "probability of 1, but several can be true at once."));
                options.add(new ChoiceSet.Option(sigmoid(1), false, "One unit can answer a single yes/no "
                        + "question, not " + k + " of them."));
                options.add(new ChoiceSet.Option(linear(1), false, "One linear output cannot say which of the " + k
                        + " labels apply, and squared error is not a classification loss."));
                difficulty = 0.0;
            }
        }
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String correct = options.get(0).text();
        String stem = "A model reads " + domain.input() + ". " + target
                + "\n\nWhich output layer and training loss fit this target?";
        String solution = framing + " A suitable metric is " + metric + ".\n\nAnswer: **" + correct + "**.";
        List<String> hints = List.of("First name the task type: is the target a number, one yes/no, one of several "
                        + "labels, or several labels at once?",
                "The activation must produce values of the target's kind (any real, a probability, a distribution).");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.2, difficulty, choices.size()));
    }

    static String units(int n) {
        return n + (n == 1 ? " output unit" : " output units");
    }

    static String linear(int n) {
        return units(n) + " with linear (identity) activation, trained with mean squared error";
    }

    static String sigmoid(int n) {
        return units(n) + " with sigmoid activation, trained with binary cross-entropy";
    }

    static String sigmoids(int n) {
        return units(n) + ", each with its own sigmoid activation, trained with binary cross-entropy";
    }

    static String softmax(int n) {
        return units(n) + " with softmax activation, trained with categorical cross-entropy";
    }
}
