package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** The shape of a reduction such as {@code a.sum(axis=1, keepdims=True)} on a 3-D array. */
public final class ReductionShapeFamily extends GeneratedItemFamily {

    public ReductionShapeFamily() {
        super("numpy-reduction-shape", "numpy-arrays", 1000);
    }

    private static final List<String> FUNCTIONS = List.of("sum", "mean", "max", "min", "std");
    private static final List<int[]> AXES = List.of(new int[] {0}, new int[] {1}, new int[] {2}, new int[] {-1},
            new int[] {0, 2}, new int[] {1, 2}, new int[] {0, 1}, new int[] {});

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        List<Integer> shape = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            shape.add(RandomDraw.between(random, 2, 7));
        }
        String function = RandomDraw.pick(random, FUNCTIONS);
        int[] axes = RandomDraw.pick(random, AXES);
        boolean keepdims = axes.length == 0 || random.nextBoolean();
        String axisText = axes.length == 0 ? "None" : axes.length == 1 ? String.valueOf(axes[0])
                : "(" + axes[0] + ", " + axes[1] + ")";
        List<Integer> result = new ArrayList<>();
        List<Integer> reduced = new ArrayList<>();
        for (int axis = 0; axis < 3; axis++) {
            boolean isReduced = axes.length == 0;
            for (int given : axes) {
                isReduced |= (given + 3) % 3 == axis;
            }
            if (isReduced) {
                reduced.add(axis);
                if (keepdims) {
                    result.add(1);
                }
            } else {
                result.add(shape.get(axis));
            }
        }
        String call = "a." + function + "(axis=" + axisText + (keepdims ? ", keepdims=True" : "") + ")";
        String stem = "`a` is a NumPy array with `a.shape == " + NumberText.shape(shape) + "`.\n\n"
                + "What is the shape of `" + call + "`?";
        String axisWord = reduced.size() == 1 ? "axis " + reduced.get(0) : "axes " + reduced;
        String solution = (axes.length == 1 && axes[0] < 0 ? "Axis " + axes[0] + " counts from the end, so it is "
                + "axis " + reduced.get(0) + ". " : "")
                + "`" + function + "` collapses " + axisWord + " of " + NumberText.shape(shape) + ". "
                + (keepdims ? "With `keepdims=True` each collapsed axis stays as a size-1 axis, "
                : "Without `keepdims` the collapsed axes disappear, ")
                + "so the result has shape **" + NumberText.shape(result) + "**.";
        List<String> hints = List.of(
                "The reduction combines all entries along the named axis (or axes) into one value.",
                "`keepdims=True` leaves a 1 in place of each reduced axis; otherwise the axis is removed.");
        double difficulty = -0.9 + (axes.length == 2 ? 0.4 : 0) + (axes.length == 1 && axes[0] < 0 ? 0.3 : 0)
                + (keepdims ? 0.3 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SHAPE, AnswerKeys.shape(result), solution,
                hints, List.of(), ItemIrt.free(1.1, difficulty));
    }
}
