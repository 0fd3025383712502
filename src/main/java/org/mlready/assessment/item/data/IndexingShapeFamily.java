package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** The shape after slicing, integer indexing, {@code None} (new axis), {@code ...} and a single integer list. */
public final class IndexingShapeFamily extends GeneratedItemFamily {

    public IndexingShapeFamily() {
        // Shapes alone: 6 sizes per axis give 36 two-dimensional arrays, each with many index expressions.
        super("numpy-indexing-shape", "numpy-arrays", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int ndim = RandomDraw.between(random, 2, 3);
        List<Integer> shape = new ArrayList<>();
        for (int i = 0; i < ndim; i++) {
            shape.add(RandomDraw.between(random, 3, 8));
        }
        List<IndexPart> parts = drawIndex(random, shape);
        List<Integer> result = resultShape(shape, parts);
        String expression = "a[" + parts.stream().map(IndexPart::text).collect(Collectors.joining(", ")) + "]";

        String stem = "`a` is a NumPy array with `a.shape == " + NumberText.shape(shape) + "`.\n\n"
                + "What is the shape of `" + expression + "`?";
        String solution = explain(shape, parts) + "\nSo `" + expression + "` has shape **"
                + NumberText.shape(result) + "**.";
        List<String> hints = List.of(
                "Match the index entries to the axes from left to right; `None` adds an axis and `...` stands for "
                        + "as many full slices `:` as needed.",
                "An integer removes its axis, a slice keeps it with the number of selected positions, an integer "
                        + "list keeps it with the list's length; axes not mentioned are kept whole.");
        long advanced = parts.stream().filter(p -> !(p instanceof IndexPart.Slice)).count();
        IrtParameters irt = ItemIrt.free(1.2, -0.6 + 0.4 * advanced + (ndim == 3 ? 0.3 : 0));
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SHAPE, AnswerKeys.shape(result), solution,
                hints, List.of(), irt);
    }

    private static List<IndexPart> drawIndex(Random random, List<Integer> shape) {
        while (true) {
            List<IndexPart> parts = new ArrayList<>();
            int indexed = RandomDraw.between(random, 1, shape.size());
            boolean useList = random.nextInt(4) == 0;
            int listAxis = useList ? random.nextInt(indexed) : -1;
            for (int axis = 0; axis < indexed; axis++) {
                int size = shape.get(axis);
                if (axis == listAxis) {
                    int a = random.nextInt(size);
                    int b = random.nextInt(size);
                    parts.add(new IndexPart.IntegerList(a == b ? List.of(a) : List.of(a, b, (a + b) % size)));
                } else if (!useList && random.nextInt(5) == 0) {
                    parts.add(new IndexPart.Scalar(random.nextInt(size)));
                } else {
                    parts.add(drawSlice(random, size));
                }
            }
            int extra = random.nextInt(4);
            if (extra == 1) {
                parts.add(random.nextInt(parts.size() + 1), new IndexPart.NewAxis());
            } else if (extra == 2 && indexed < shape.size()) {
                parts.add(new IndexPart.Ellipsis());
                parts.add(new IndexPart.NewAxis());
            }
            boolean trivial = parts.stream().allMatch(p -> p instanceof IndexPart.Slice s && s.text().equals(":"));
            if (!trivial) {
                return parts;
            }
        }
    }

    private static IndexPart.Slice drawSlice(Random random, int size) {
        return switch (random.nextInt(8)) {
            case 0 -> new IndexPart.Slice(null, null, null);
            case 1 -> new IndexPart.Slice(RandomDraw.between(random, 1, size - 1), null, null);
            case 2 -> new IndexPart.Slice(null, RandomDraw.between(random, 1, size - 1), null);
            case 3 -> {
                int start = RandomDraw.between(random, 0, size - 2);
                yield new IndexPart.Slice(start, RandomDraw.between(random, start + 1, size), null);
            }
            case 4 -> new IndexPart.Slice(null, null, RandomDraw.between(random, 2, 3));
            case 5 -> new IndexPart.Slice(RandomDraw.between(random, 1, size - 1), null, 2);
            case 6 -> new IndexPart.Slice(null, null, RandomDraw.pick(random, -1, -2));
            default -> new IndexPart.Slice(-RandomDraw.between(random, 1, size - 1), null, null);
        };
    }

    static List<Integer> resultShape(List<Integer> shape, List<IndexPart> parts) {
        List<Integer> out = new ArrayList<>();
        for (Step step : walk(shape, parts)) {
            out.addAll(step.result());
        }
        return out;
    }

    /** Pairs each index entry (and each untouched trailing axis) with the axis sizes it covers and its result. */
    private static List<Step> walk(List<Integer> shape, List<IndexPart> parts) {
        long consumed = parts.stream().filter(IndexPart::consumesAxis).count();
        int ellipsisWidth = (int) (shape.size() - consumed);
        List<Step> steps = new ArrayList<>();
        int axis = 0;
        for (IndexPart part : parts) {
            int width = part.consumesAxis() ? 1 : part instanceof IndexPart.Ellipsis ? ellipsisWidth : 0;
            List<Integer> covered = shape.subList(axis, axis + width);
            steps.add(new Step(covered, part.resultSizes(covered), axis));
            axis += width;
        }
        while (axis < shape.size()) {
            List<Integer> covered = shape.subList(axis, axis + 1);
            steps.add(new Step(covered, covered, axis));
            axis++;
        }
        return steps;
    }

    private record Step(List<Integer> covered, List<Integer> result, int firstAxis) {
    }

    private static String explain(List<Integer> shape, List<IndexPart> parts) {
        List<Step> steps = walk(shape, parts);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            List<Integer> covered = steps.get(i).covered();
            int first = steps.get(i).firstAxis();
            String axes = covered.isEmpty() ? "no axis"
                    : covered.size() == 1 ? "axis " + first + " (size " + covered.get(0) + ")"
                    : "axes " + first + " to " + (first + covered.size() - 1);
            if (i < parts.size()) {
                IndexPart part = parts.get(i);
                rows.add(List.of("`" + part.text() + "`", axes, part.effect(covered)));
            } else {
                rows.add(List.of("(not given)", axes, "kept whole"));
            }
        }
        return MarkdownTable.render(List.of("entry", "applies to", "effect"), rows);
    }
}
