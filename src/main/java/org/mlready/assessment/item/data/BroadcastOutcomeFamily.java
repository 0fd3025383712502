package org.mlready.assessment.item.data;

import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Which shape {@code a * b} has, or whether it raises an error; about half the pairs do not broadcast. */
public final class BroadcastOutcomeFamily extends GeneratedItemFamily {

    public BroadcastOutcomeFamily() {
        super("numpy-broadcast-outcome", "numpy-arrays", 500);
    }

    static final String ERROR = "It raises `ValueError: operands could not be broadcast together`";

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean clash = random.nextBoolean();
        BroadcastPair pair = clash ? BroadcastPair.incompatible(random) : BroadcastPair.compatible(random);
        List<Integer> a = pair.a();
        List<Integer> b = pair.b();
        Optional<List<Integer>> result = BroadcastRule.result(a, b);

        Map<String, ChoiceSet.Option> options = new LinkedHashMap<>();
        if (result.isPresent()) {
            String text = "Shape " + NumberText.shape(result.get());
            options.put(text, new ChoiceSet.Option(text, true,
                    "Correct: aligned on the right, every pair of sizes is equal or contains a 1."));
            options.put(ERROR, new ChoiceSet.Option(ERROR, false,
                    "No clash occurs: in every aligned column the sizes are equal or one of them is 1."));
        } else {
            options.put(ERROR, new ChoiceSet.Option(ERROR, true,
                    "Correct: aligned on the right, one column pairs two different sizes, neither of them 1."));
            List<Integer> ignoringClash = maxIgnoringClash(a, b);
            String text = "Shape " + NumberText.shape(ignoringClash);
            options.put(text, new ChoiceSet.Option(text, false,
                    "This takes the larger size in every column, but two different sizes that are both larger "
                            + "than 1 cannot be stretched to match."));
        }
        BroadcastRule.result(padRight(a, b), padRight(b, a)).ifPresent(leftAligned -> addWrong(options,
                leftAligned, "This aligns the shapes on the left; NumPy aligns them on the right (trailing axes)."));
        addWrong(options, a, "This is the shape of `a` alone; the result must also cover the sizes of `b`.");
        addWrong(options, b, "This is the shape of `b` alone; the result must also cover the sizes of `a`.");
        List<Integer> joined = new ArrayList<>(a);
        joined.addAll(b);
        addWrong(options, joined, "Broadcasting does not concatenate shapes; it matches axes pairwise.");

        List<ChoiceSet.Option> chosen = new ArrayList<>(options.values()).subList(0, 4);
        List<Choice> choices = ChoiceSet.shuffled(random, chosen);
        String stem = "Two NumPy arrays have `a.shape == " + NumberText.shape(a) + "` and `b.shape == "
                + NumberText.shape(b) + "`.\n\nWhat happens when you evaluate `a * b`?";
        String conclusion = result.map(r -> "Every column is compatible, so the result has shape **"
                        + NumberText.shape(r) + "**.")
                .orElse("One column pairs two different sizes, neither of which is 1, so NumPy raises a "
                        + "**ValueError**.");
        String solution = BroadcastRule.explain(a, b) + "\n" + conclusion;
        List<String> hints = List.of(
                "Compare the shapes from the last axis backwards.",
                "Two sizes are compatible only if they are equal or one of them is 1.");
        IrtParameters irt = ItemIrt.choice(1.1, clash ? 0.0 : -0.4, choices.size());
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, irt);
    }

    private static void addWrong(Map<String, ChoiceSet.Option> options, List<Integer> shape, String why) {
        String text = "Shape " + NumberText.shape(shape);
        options.putIfAbsent(text, new ChoiceSet.Option(text, false, why));
    }

    private static List<Integer> padRight(List<Integer> shape, List<Integer> other) {
        List<Integer> padded = new ArrayList<>(shape);
        while (padded.size() < other.size()) {
            padded.add(1);
        }
        return padded;
    }

    private static List<Integer> maxIgnoringClash(List<Integer> a, List<Integer> b) {
        int ndim = Math.max(a.size(), b.size());
        List<Integer> out = new ArrayList<>();
        for (int k = ndim; k >= 1; k--) {
            int da = k <= a.size() ? a.get(a.size() - k) : 1;
            int db = k <= b.size() ? b.get(b.size() - k) : 1;
            out.add(Math.max(da, db));
        }
        return out;
    }
}
