package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** The shape of {@code a + b} for two arrays whose shapes broadcast together. */
public final class BroadcastShapeFamily extends GeneratedItemFamily {

    public BroadcastShapeFamily() {
        // (r, 1) with (c,) alone gives 25 stems; three-dimensional results with mixed patterns give thousands more.
        super("numpy-broadcast-shape", "numpy-arrays", 500);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        BroadcastPair pair = BroadcastPair.compatible(random);
        String op = RandomDraw.pick(random, List.of("a + b", "a * b", "a - b"));
        List<Integer> result = BroadcastRule.result(pair.a(), pair.b()).orElseThrow();
        String stem = "Two NumPy arrays have `a.shape == " + NumberText.shape(pair.a()) + "` and `b.shape == "
                + NumberText.shape(pair.b()) + "`.\n\nWhat is the shape of `" + op + "`?";
        String solution = BroadcastRule.explain(pair.a(), pair.b())
                + "\nIn every column the sizes are equal or one of them is 1, so the arrays broadcast; each size 1 "
                + "is stretched to match the other array.\n\nThe result has shape **" + NumberText.shape(result)
                + "**.";
        List<String> hints = List.of(
                "Write the two shapes under each other, aligned on the right.",
                "Where one array has fewer dimensions, treat the missing leading sizes as 1; a size 1 stretches to "
                        + "the other size.");
        boolean threeDims = result.size() == 3 || pair.a().size() != pair.b().size();
        IrtParameters irt = ItemIrt.free(1.2, threeDims ? -0.2 : -0.8);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SHAPE, AnswerKeys.shape(result), solution,
                hints, List.of(), irt);
    }
}
