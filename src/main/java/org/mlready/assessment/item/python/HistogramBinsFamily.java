package org.mlready.assessment.item.python;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * What {@code plt.hist} returns for generated data: the bin edges of {@code bins=k} (equal widths from the minimum to
 * the maximum) and the counts per bin with NumPy's rule that bins are half-open except the last, which is closed.
 */
public final class HistogramBinsFamily extends GeneratedItemFamily {

    public HistogramBinsFamily() {
        super("histogram-bin-counts", "matplotlib-seaborn", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int variant = random.nextInt(3);
        int bins = RandomDraw.between(random, 3, 5);
        BigDecimal width = RandomDraw.pick(random, bins % 2 == 0 ? List.of("2", "2.5", "3", "4", "5")
                : List.of("2", "3", "4", "5")).transform(BigDecimal::new);
        int low = RandomDraw.between(random, 0, 20);
        BigDecimal[] edges = new BigDecimal[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = width.multiply(BigDecimal.valueOf(i)).add(BigDecimal.valueOf(low));
        }
        int high = edges[bins].intValueExact();
        List<Integer> data = new ArrayList<>(List.of(low, high));
        for (int i = 1; i < bins; i++) {
            if (edges[i].stripTrailingZeros().scale() <= 0 && random.nextInt(3) > 0) {
                data.add(edges[i].intValueExact());
            }
        }
        int n = RandomDraw.between(random, 10, 14);
        while (data.size() < n) {
            data.add(RandomDraw.between(random, low, high));
        }
        if (variant == 2) {
            edges = customEdges(random, low, high);
            bins = edges.length - 1;
        }
        data = RandomDraw.shuffled(random, data);

        int[] counts = new int[bins];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            members.add(new ArrayList<>());
        }
        List<Integer> dropped = new ArrayList<>();
        for (int value : data) {
            int bin = binOf(edges, value);
            if (bin < 0) {
                dropped.add(value);
            } else {
                counts[bin]++;
                members.get(bin).add(value);
            }
        }

        String edgeText = List.of(edges).stream().map(e -> e.stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
        String binsArg = variant == 2 ? "[" + edgeText + "]" : String.valueOf(bins);
        String stem = "```python\ndata = " + data + "\ncounts, edges, patches = plt.hist(data, bins=" + binsArg
                + ")\n```\n\n" + (variant == 1
                ? "What is `edges`? Answer with all " + (bins + 1) + " values in order, e.g. (a, b, ...)."
                : "What is `counts`? Answer with the " + bins + " counts in order, e.g. (a, b, ...).");
        StringBuilder solution = new StringBuilder();
        if (variant == 2) {
            solution.append("With a list, `bins` gives the edges themselves.");
        } else {
            solution.append("With `bins=").append(bins).append("` the range runs from the minimum ").append(low)
                    .append(" to the maximum ").append(high).append(" in ").append(bins)
                    .append(" equal widths of $(").append(high).append(" - ").append(low).append(")/").append(bins)
                    .append(" = ").append(width.stripTrailingZeros().toPlainString())
                    .append("$, so the edges are ").append(edgeText).append('.');
        }
        AnswerKey key;
        if (variant == 1) {
            double[] values = List.of(edges).stream().mapToDouble(BigDecimal::doubleValue).toArray();
            key = AnswerKeys.exactVector(values);
            solution.append("\n\nAnswer: **(").append(edgeText).append(")**.");
        } else {
            solution.append(" Every bin includes its left edge and excludes its right edge, except the last, which "
                    + "includes both:\n\n");
            for (int i = 0; i < bins; i++) {
                solution.append("- $[").append(edges[i].stripTrailingZeros().toPlainString()).append(", ")
                        .append(edges[i + 1].stripTrailingZeros().toPlainString()).append(i == bins - 1 ? "]" : ")")
                        .append("$: ").append(members.get(i).isEmpty() ? "no values"
                                : members.get(i).stream().sorted().map(String::valueOf)
                                .collect(Collectors.joining(", "))).append(" → ").append(counts[i]).append('\n');
            }
            if (!dropped.isEmpty()) {
                solution.append("- outside every bin (not counted): ").append(dropped.stream().sorted()
                        .map(String::valueOf).collect(Collectors.joining(", "))).append('\n');
            }
            String countText = Arrays.stream(counts).mapToObj(String::valueOf)
                    .collect(Collectors.joining(", ", "(", ")"));
            solution.append("\nAnswer: **").append(countText).append("**.");
            key = AnswerKeys.exactVector(Arrays.stream(counts).asDoubleStream().toArray());
        }
        List<String> hints = variant == 1
                ? List.of("An integer `bins` splits the span from the smallest to the largest value into equal widths.")
                : List.of(variant == 2 ? "Values outside the first and last edge are not counted at all."
                        : "Find the edges first: equal widths from the smallest to the largest value.",
                "A value exactly on an inner edge belongs to the bin on its right; the largest edge belongs to the "
                        + "last bin.");
        double difficulty = variant == 1 ? -0.6 : variant == 0 ? 0.2 : 0.4;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.VECTOR, key, solution.toString(), hints,
                List.of(), ItemIrt.free(1.1, difficulty));
    }

    /** Three to five increasing integer edges, sometimes leaving data below the first or above the last edge. */
    private static BigDecimal[] customEdges(Random random, int low, int high) {
        TreeSet<Integer> edges = new TreeSet<>();
        int count = RandomDraw.between(random, 4, 6);
        edges.add(low + RandomDraw.between(random, -2, 3));
        edges.add(high + RandomDraw.between(random, -3, 2));
        while (edges.size() < count) {
            edges.add(RandomDraw.between(random, low, high));
        }
        return edges.stream().map(BigDecimal::valueOf).toArray(BigDecimal[]::new);
    }

    /** NumPy's bin of a value: half-open bins except the last, which is closed; -1 when outside. */
    private static int binOf(BigDecimal[] edges, int value) {
        BigDecimal v = BigDecimal.valueOf(value);
        int last = edges.length - 2;
        for (int i = 0; i <= last; i++) {
            boolean aboveLeft = v.compareTo(edges[i]) >= 0;
            boolean belowRight = i == last ? v.compareTo(edges[i + 1]) <= 0 : v.compareTo(edges[i + 1]) < 0;
            if (aboveLeft && belowRight) {
                return i;
            }
        }
        return -1;
    }
}
