package org.mlready.assessment.item.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/** The "reduces error by X%" an abstract would claim: the relative error reduction read off a results table. */
public final class RelativeErrorReductionFamily extends GeneratedItemFamily {

    private static final List<String> DATASETS = List.of("ImageNet", "CIFAR-100", "SST-2", "MNLI", "SQuAD",
            "COCO", "LibriSpeech", "WMT14 En-De");

    public RelativeErrorReductionFamily() {
        super("relative-error-reduction", "reading-ml-papers", 5000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean accuracies = random.nextBoolean();
        int d = RandomDraw.between(random, 2, 4);
        List<String> datasets = RandomDraw.sample(random, DATASETS, d);
        int[] baseErr = new int[d];
        int[] newErr = new int[d];
        for (int j = 0; j < d; j++) {
            baseErr[j] = RandomDraw.between(random, 30, 400);
            int drop;
            do {
                drop = RandomDraw.between(random, 1, Math.max(2, baseErr[j] / 2));
            } while (halfwayAtOneDecimal(drop, baseErr[j]));
            newErr[j] = baseErr[j] - drop;
        }
        int asked = random.nextInt(d);
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("baseline", baseErr, accuracies));
        rows.add(row("ours", newErr, accuracies));
        List<String> header = new ArrayList<>(List.of("method"));
        header.addAll(datasets);
        String dataset = datasets.get(asked);
        String stem = "A paper's main table gives " + (accuracies ? "accuracies" : "error rates") + " in %:\n\n"
                + MarkdownTable.render(header, rows) + "\nIts abstract states that the method \"reduces the error "
                + "on " + dataset + " by X%\", meaning the relative reduction of the error rate. What is X? Round "
                + "to 1 decimal place.";
        double base = baseErr[asked] / 10.0;
        double ours = newErr[asked] / 10.0;
        double reduction = (base - ours) / base * 100;
        String errors = accuracies
                ? "Errors are $100 - $ accuracy: baseline $100 - " + Decimals.fixed(100 - base, 1) + " = "
                + Decimals.fixed(base, 1) + "$%, ours $100 - " + Decimals.fixed(100 - ours, 1) + " = "
                + Decimals.fixed(ours, 1) + "$%. "
                : "On " + dataset + " the error rates are " + Decimals.fixed(base, 1) + "% and " + Decimals.fixed(ours, 1)
                + "%. ";
        String solution = errors + "The absolute drop is $" + Decimals.fixed(base - ours, 1)
                + "$ percentage points; relative to the baseline error it is $" + Decimals.fixed(base - ours, 1) + " / "
                + Decimals.fixed(base, 1) + " \\times 100 = " + Decimals.fixed(reduction, 3) + "$%. Relative "
                + "reductions look large when the baseline error is small, so read the table, not only the abstract."
                + "\n\nAnswer: **" + Decimals.fixed(reduction, 1) + "**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                AnswerKeys.rounded(Decimals.round(reduction, 1), 1), solution,
                accuracies ? List.of("Convert accuracies to error rates first.",
                        "Divide the drop in error by the baseline's error.")
                        : List.of("Divide the drop in error by the baseline's error, not by 100."),
                List.of(), ItemIrt.free(1.2, accuracies ? 0.3 : -0.4));
    }

    /** True when 100 * drop / base ends exactly in 5 at the second decimal, where rounding conventions differ. */
    private static boolean halfwayAtOneDecimal(int drop, int base) {
        return 2000L * drop % base == 0 && 1000L * drop % base != 0;
    }

    private static List<String> row(String name, int[] errTenths, boolean accuracies) {
        List<String> cells = new ArrayList<>(List.of(name));
        for (int e : errTenths) {
            cells.add(Decimals.fixed((accuracies ? 1000 - e : e) / 10.0, 1));
        }
        return cells;
    }
}
