package org.mlready.assessment.item.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A multi-task network with one head per target of different kinds: the total number of output units, which
 * needs each target framed correctly (k exclusive classes: k softmax units; k tags: k sigmoids; yes/no: 1; m
 * amounts: m linear units).
 */
public final class OutputUnitsFamily extends GeneratedItemFamily {

    public OutputUnitsFamily() {
        super("multi-head-output-units", "classification-regression-framing", 1000);
    }

    private record Head(String description, int units, String reason) {
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        FramingDomain domain = FramingDomain.pick(random);
        List<Integer> kinds = RandomDraw.shuffledPrefix(random, List.of(0, 1, 2, 3), RandomDraw.between(random, 2, 4));
        List<Head> heads = new ArrayList<>();
        for (int kind : kinds) {
            heads.add(head(random, domain, kind));
        }
        StringBuilder list = new StringBuilder();
        StringBuilder steps = new StringBuilder();
        int total = 0;
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            Head head = heads.get(i);
            list.append(i + 1).append(". ").append(head.description()).append('\n');
            steps.append("- Head ").append(i + 1).append(": ").append(head.reason()).append(" → ")
                    .append(head.units()).append(head.units() == 1 ? " unit.\n" : " units.\n");
            total += head.units();
            terms.add(String.valueOf(head.units()));
        }
        String stem = "A network reads " + domain.input() + " and, from a shared body, has one output head per "
                + "target:\n\n" + list + "\nEach head uses the standard output layer for its target (a yes/no "
                + "target gets a single sigmoid unit). How many output units do the heads have in total?";
        String solution = steps + "\nTotal: $" + String.join(" + ", terms) + " = " + total + "$.\n\nAnswer: **"
                + total + "**.";
        List<String> hints = List.of("Frame each target on its own: regression, binary, multi-class or multi-label.",
                "Exclusive classes and independent tags both need one unit per label; a yes/no needs only one.");
        boolean hasTags = kinds.contains(3);
        double difficulty = -0.8 + 0.3 * (heads.size() - 2) + (hasTags ? 0.3 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(total), solution,
                hints, List.of(), ItemIrt.free(1.1, difficulty));
    }

    private static Head head(Random random, FramingDomain domain, int kind) {
        if (kind == 0) {
            return new Head("whether " + domain.event() + " (yes or no)", 1,
                    "a yes/no target is binary classification, one sigmoid unit for $P(\\text{yes})$");
        }
        if (kind == 1) {
            int m = RandomDraw.between(random, 1, 3);
            List<String> amounts = RandomDraw.shuffledPrefix(random, domain.amounts(), m);
            return new Head(m == 1 ? amounts.get(0) + " (a real number)"
                    : String.join("; ", amounts) + " (" + m + " real numbers)", m,
                    "regression on " + m + (m == 1 ? " amount" : " amounts") + ", one linear unit each");
        }
        boolean exclusive = kind == 2;
        List<String> pool = exclusive ? domain.classes() : domain.tags();
        int k = RandomDraw.between(random, 3, Math.min(7, pool.size()));
        String labels = FramingDomain.labels(RandomDraw.shuffledPrefix(random, pool, k));
        return exclusive
                ? new Head("the " + domain.classNoun() + ", exactly one of: " + labels, k,
                "exactly one of " + k + " classes is multi-class classification, " + k + " softmax units")
                : new Head("every " + domain.tagNoun() + " that applies, any number of: " + labels, k,
                "any subset of " + k + " tags is multi-label classification, " + k + " sigmoid units");
    }
}
