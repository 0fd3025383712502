package org.mlready.assessment.item.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ChoiceSet.Option;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A claimed improvement against the reported spread: the gain over the strongest baseline, and whether the
 * mean ± std intervals of the two overlap.
 */
public final class WithinNoiseFamily extends GeneratedItemFamily {

    private static final List<String> BASELINES = List.of("BERT-base", "RoBERTa-base", "DeBERTa-v3", "ELECTRA",
            "XLNet", "ALBERT", "DistilBERT");

    public WithinNoiseFamily() {
        super("claim-within-noise", "reading-ml-papers", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int count = RandomDraw.between(random, 3, 4);
        List<String> names = RandomDraw.sample(random, BASELINES, count);
        int[] means = new int[count];
        int[] stds = new int[count];
        int ours;
        int oursStd;
        int strongest;
        int runner;
        do {
            for (int i = 0; i < count; i++) {
                means[i] = RandomDraw.between(random, 780, 900);
                stds[i] = RandomDraw.between(random, 2, 12);
            }
            strongest = argMax(means, -1);
            runner = argMax(means, strongest);
            ours = means[strongest] + RandomDraw.between(random, 1, 25);
            oursStd = RandomDraw.between(random, 2, 12);
            // Ties would make "strongest" or "overlap" ambiguous; half of the tables where the runner-up distractor
            // has the same overlap status as the right answer are redrawn, so that distractor varies.
        } while (means[runner] == means[strongest] || ours - oursStd == means[strongest] + stds[strongest]
                || ours - oursStd == means[runner] + stds[runner]
                || overlaps(ours, oursStd, means[strongest], stds[strongest])
                == overlaps(ours, oursStd, means[runner], stds[runner]) && random.nextBoolean());
        int seeds = RandomDraw.between(random, 3, 5);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(List.of(names.get(i), cell(means[i], stds[i])));
        }
        rows.add(List.of("**ours**", cell(ours, oursStd)));
        String stem = "A paper reports accuracy (%) as mean ± standard deviation over " + seeds + " seeds:\n\n"
                + MarkdownTable.render(List.of("model", "accuracy"), rows) + "\nIts abstract says the method "
                + "\"outperforms the strongest baseline\". Which reading of the table is accurate? (Treat the "
                + "gain as within run-to-run noise when the intervals mean ± std of the two models overlap.)";
        boolean overlap = overlaps(ours, oursStd, means[strongest], stds[strongest]);
        boolean runnerOverlap = overlaps(ours, oursStd, means[runner], stds[runner]);
        String gain = tenths(ours - means[strongest]);
        String runnerGain = tenths(ours - means[runner]);
        String check = "Ours spans $" + tenths(ours - oursStd) + "$ to $" + tenths(ours + oursStd) + "$; "
                + names.get(strongest) + " spans $" + tenths(means[strongest] - stds[strongest]) + "$ to $"
                + tenths(means[strongest] + stds[strongest]) + "$.";
        List<Option> options = new ArrayList<>();
        options.add(new Option(statement(names.get(strongest), gain, overlap), true, "The strongest baseline by "
                + "mean is " + names.get(strongest) + ". " + check));
        options.add(new Option(statement(names.get(strongest), gain, !overlap), false, check + " So the intervals "
                + (overlap ? "do" : "do not") + " overlap."));
        options.add(new Option(statement(names.get(runner), runnerGain, runnerOverlap), false, names.get(runner)
                + " is not the strongest baseline: " + names.get(strongest) + " has the higher mean."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String solution = "The strongest baseline is the one with the highest mean, " + names.get(strongest) + " ("
                + tenths(means[strongest]) + "). The gain is $" + tenths(ours) + " - " + tenths(means[strongest])
                + " = " + gain + "$ points. " + check + " The intervals " + (overlap ? "overlap, so with "
                + seeds + " seeds the gain is within run-to-run variation and the claim needs more evidence "
                + "(more seeds, a significance test)." : "do not overlap, so the gain is larger than the reported "
                + "spread.") + "\n\nAnswer: **" + statement(names.get(strongest), gain, overlap) + "**";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, List.of("The strongest baseline is the one with the highest mean accuracy.",
                "Write each model's interval as mean minus std to mean plus std and compare the ends."),
                choices, ItemIrt.choice(1.2, overlap ? 0.5 : 0.2, options.size()));
    }

    private static String statement(String baseline, String gain, boolean overlap) {
        return "The gain over " + baseline + " is " + gain + " points, " + (overlap
                ? "within run-to-run noise (the intervals overlap)." : "larger than the spread (the intervals do not "
                + "overlap).");
    }

    private static boolean overlaps(int mean, int std, int otherMean, int otherStd) {
        return mean - std <= otherMean + otherStd;
    }

    private static int argMax(int[] values, int skip) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (i != skip && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    private static String cell(int mean, int std) {
        return tenths(mean) + " ± " + tenths(std);
    }

    private static String tenths(int value) {
        return Decimals.fixed(value / 10.0, 1);
    }
}
