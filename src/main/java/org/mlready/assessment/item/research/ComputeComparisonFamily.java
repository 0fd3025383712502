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

/**
 * Efficiency claims read off a paper's table: "N times fewer FLOPs" or "X% fewer parameters" than the most
 * accurate baseline, which the reader has to find first.
 */
public final class ComputeComparisonFamily extends GeneratedItemFamily {

    private static final List<String> BASELINES = List.of("ResNet-152", "ViT-L/16", "EfficientNet-B7",
            "ConvNeXt-B", "Swin-B", "RegNetY-16GF", "DeiT-B");

    public ComputeComparisonFamily() {
        super("paper-compute-comparison", "reading-ml-papers", 5000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int count = RandomDraw.between(random, 3, 4);
        List<String> names = RandomDraw.sample(random, BASELINES, count);
        int[] accuracy = new int[count];
        int[] params = new int[count];
        int[] gflops = new int[count];
        int best;
        do {
            for (int i = 0; i < count; i++) {
                accuracy[i] = RandomDraw.between(random, 780, 870);
                params[i] = RandomDraw.between(random, 40, 310);
                gflops[i] = RandomDraw.between(random, 40, 620);
            }
            best = 0;
            for (int i = 1; i < count; i++) {
                best = accuracy[i] > accuracy[best] ? i : best;
            }
        } while (tiedBest(accuracy, best));
        int oursAccuracy = accuracy[best] + RandomDraw.between(random, 0, 5);
        int oursParams;
        int oursGflops;
        do {
            oursParams = RandomDraw.between(random, 8, Math.max(9, params[best] - 5));
            oursGflops = RandomDraw.between(random, 4, Math.max(5, gflops[best] / 2));
        } while (halfwayAtOneDecimal(10L * gflops[best], oursGflops)
                || halfwayAtOneDecimal(1000L * (params[best] - oursParams), params[best]));
        boolean askFlops = random.nextBoolean();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(List.of(names.get(i), String.valueOf(params[i]), Decimals.fixed(gflops[i] / 10.0, 1),
                    Decimals.fixed(accuracy[i] / 10.0, 1)));
        }
        rows.add(List.of("**ours**", String.valueOf(oursParams), Decimals.fixed(oursGflops / 10.0, 1),
                Decimals.fixed(oursAccuracy / 10.0, 1)));
        String stem = "A paper's efficiency table:\n\n" + MarkdownTable.render(List.of("model", "params (M)", "GFLOPs",
                "top-1 (%)"), rows) + "\nThe abstract claims the method \"matches the most accurate baseline with "
                + (askFlops ? "N times fewer FLOPs\". What is N, the baseline's GFLOPs divided by ours? Round to 1 "
                + "decimal place." : "X% fewer parameters\". What is X, the parameter reduction relative to that "
                + "baseline? Round to 1 decimal place.");
        String baseline = names.get(best);
        double answer;
        String computation;
        if (askFlops) {
            answer = (double) gflops[best] / oursGflops;
            computation = "$" + Decimals.fixed(gflops[best] / 10.0, 1) + " / " + Decimals.fixed(oursGflops / 10.0, 1)
                    + " = " + Decimals.fixed(answer, 3) + "$";
        } else {
            answer = 100.0 * (params[best] - oursParams) / params[best];
            computation = "$(" + params[best] + " - " + oursParams + ") / " + params[best] + " \\times 100 = "
                    + Decimals.fixed(answer, 3) + "$%";
        }
        String solution = "The most accurate baseline is " + baseline + " at " + Decimals.fixed(accuracy[best] / 10.0, 1)
                + "% top-1; ours reaches " + Decimals.fixed(oursAccuracy / 10.0, 1) + "%. Comparing "
                + (askFlops ? "compute" : "parameters") + ": " + computation + ". Efficiency claims are only meaningful "
                + "against a baseline of matching accuracy, so check which row the abstract means."
                + "\n\nAnswer: **" + Decimals.fixed(answer, 1) + "**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                AnswerKeys.rounded(Decimals.round(answer, 1), 1), solution,
                List.of("First find the baseline with the highest top-1 accuracy.", askFlops
                        ? "\"N times fewer\" is a ratio: the baseline's value divided by ours."
                        : "A relative reduction divides the difference by the baseline's value."),
                List.of(), ItemIrt.free(1.2, askFlops ? -0.2 : 0.2));
    }

    /** True when numerator / denominator, in tenths, ends exactly in .5, where rounding conventions differ. */
    private static boolean halfwayAtOneDecimal(long numerator, long denominator) {
        return 2 * numerator % denominator == 0 && numerator % denominator != 0;
    }

    private static boolean tiedBest(int[] accuracy, int best) {
        for (int i = 0; i < accuracy.length; i++) {
            if (i != best && accuracy[i] == accuracy[best]) {
                return true;
            }
        }
        return false;
    }
}
