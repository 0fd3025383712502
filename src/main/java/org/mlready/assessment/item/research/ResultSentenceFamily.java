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
 * The one sentence that reports a two-row results table accurately; the others misstate a computed quantity:
 * points written as percent, a relative change divided by the new value, or the wrong direction.
 */
public final class ResultSentenceFamily extends GeneratedItemFamily {

    private static final List<String> TASKS = List.of("fraud detection", "intent classification",
            "product categorisation", "spam filtering", "defect detection", "language identification");

    public ResultSentenceFamily() {
        super("result-sentence", "technical-writing", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String task = RandomDraw.pick(random, TASKS);
        int accOld;
        int accNew;
        int latOld;
        int latNew;
        do {
            accOld = RandomDraw.between(random, 700, 950);
            accNew = accOld + RandomDraw.between(random, 5, 40);
            latOld = RandomDraw.between(random, 20, 200);
            latNew = latOld + RandomDraw.between(random, -latOld / 3, latOld / 2);
        } while (latNew == latOld || halfway(accNew - accOld, 1000 - accOld) || halfway(accNew - accOld, 1000 - accNew)
                || halfway(Math.abs(latNew - latOld) * 10, latOld * 10)
                || halfway(Math.abs(latNew - latOld) * 10, latNew * 10)
                || !misstatementsStayWrong(accOld, accNew, latOld, latNew));
        String a0 = tenths(accOld);
        String a1 = tenths(accNew);
        String points = tenths(accNew - accOld);
        String e0 = tenths(1000 - accOld);
        String e1 = tenths(1000 - accNew);
        double errorDrop = 100.0 * (accNew - accOld) / (1000 - accOld);
        double errorDropWrong = 100.0 * (accNew - accOld) / (1000 - accNew);
        double latChange = 100.0 * Math.abs(latNew - latOld) / latOld;
        double latChangeWrong = 100.0 * Math.abs(latNew - latOld) / latNew;
        boolean slower = latNew > latOld;
        String verb = slower ? "rises" : "falls";
        String otherVerb = slower ? "falls" : "rises";
        String latFrom = " relative to the current model.";
        List<Option> truths = List.of(
                new Option("Accuracy rises by " + points + " percentage points, from " + a0 + "% to " + a1 + "%.",
                        true, "$" + a1 + " - " + a0 + " = " + points + "$: a difference of two percentages is in "
                        + "percentage points."),
                new Option("The error rate falls by " + Decimals.fixed(errorDrop, 1) + "% relative to the current "
                        + "model.", true, "Errors are " + e0 + "% and " + e1 + "%; $(" + e0 + " - " + e1 + ") / " + e0
                        + " \\times 100 = " + Decimals.fixed(errorDrop, 2) + "$%."),
                new Option("p95 latency " + verb + " by " + Decimals.fixed(latChange, 1) + "%" + latFrom, true,
                        "$|" + latNew + " - " + latOld + "| / " + latOld + " \\times 100 = "
                        + Decimals.fixed(latChange, 2) + "$%, relative to the current model."));
        List<Option> misstatements = List.of(
                new Option("Accuracy rises by " + points + "%, from " + a0 + "% to " + a1 + "%.", false,
                        "The difference " + points + " is in percentage points; as a relative change accuracy rises "
                        + "by " + Decimals.fixed(100.0 * (accNew - accOld) / accOld, 1) + "%."),
                new Option("The error rate falls by " + Decimals.fixed(errorDropWrong, 1) + "% relative to the "
                        + "current model.", false, "This divides the drop by the new error " + e1 + "%; relative to "
                        + "the current model's " + e0 + "% it is " + Decimals.fixed(errorDrop, 1) + "%."),
                new Option("p95 latency " + verb + " by " + Decimals.fixed(latChangeWrong, 1) + "%" + latFrom, false,
                        "This divides the change by the new latency; relative to the current " + latOld + " ms it is "
                        + Decimals.fixed(latChange, 1) + "%."),
                new Option("p95 latency " + otherVerb + " by " + Decimals.fixed(latChange, 1) + "%" + latFrom, false,
                        "The latency goes from " + latOld + " to " + latNew + " ms, so it " + verb + "."));
        int truthIndex = random.nextInt(truths.size());
        List<Option> options = new ArrayList<>(List.of(truths.get(truthIndex)));
        options.addAll(RandomDraw.sample(random, misstatements, 3));
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String stem = "An offline evaluation for " + task + " gives:\n\n" + MarkdownTable.render(
                List.of("model", "accuracy (%)", "p95 latency (ms)"), List.of(List.of("current", a0, String.valueOf(latOld)),
                        List.of("candidate", a1, String.valueOf(latNew)))) + "\nWhich sentence for the report describes "
                + "the candidate against the current model accurately? (Percentages in the sentences are rounded to 1 "
                + "decimal place; \"relative\" changes divide by the current model's value.)";
        String solution = "Check every number against the table. Accuracy: $" + a1 + " - " + a0 + " = " + points
                + "$ percentage points. Error: $" + e0 + "\\% \\to " + e1 + "\\%$, a relative drop of $" + points + " / "
                + e0 + " \\times 100 = " + Decimals.fixed(errorDrop, 1) + "\\%$. Latency: $" + latOld + " \\to " + latNew
                + "$ ms, a relative " + (slower ? "rise" : "fall") + " of $" + Math.abs(latNew - latOld) + " / " + latOld
                + " \\times 100 = " + Decimals.fixed(latChange, 1) + "\\%$. Only one sentence matches; the others write points as "
                + "percent, divide by the new value, or reverse the direction.\n\nAnswer: **"
                + truths.get(truthIndex).text() + "**";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, List.of("Recompute each sentence's number from the table.",
                "Percent and percentage points are different units; relative changes divide by the old value."),
                choices, ItemIrt.choice(1.2, 0.4, options.size()));
    }

    /** Rounded to 1 decimal, each misstated number must differ from the true one, or it would not be wrong. */
    private static boolean misstatementsStayWrong(int accOld, int accNew, int latOld, int latNew) {
        int d = accNew - accOld;
        int change = Math.abs(latNew - latOld);
        return !Decimals.fixed(100.0 * d / accOld, 1).equals(tenths(d))
                && !Decimals.fixed(100.0 * d / (1000 - accOld), 1).equals(Decimals.fixed(100.0 * d / (1000 - accNew), 1))
                && !Decimals.fixed(100.0 * change / latOld, 1).equals(Decimals.fixed(100.0 * change / latNew, 1));
    }

    /** True when 100 * part / whole ends exactly in 5 at the second decimal, where rounding conventions differ. */
    private static boolean halfway(int part, int whole) {
        long p = Math.abs(part);
        return 2000L * p % whole == 0 && 1000L * p % whole != 0;
    }

    private static String tenths(int value) {
        return Decimals.fixed(value / 10.0, 1);
    }
}
