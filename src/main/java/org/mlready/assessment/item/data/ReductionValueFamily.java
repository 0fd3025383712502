package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** The values of {@code a.sum(axis=k)} or {@code a.mean(axis=k)} on a small shown integer matrix. */
public final class ReductionValueFamily extends GeneratedItemFamily {

    public ReductionValueFamily() {
        super("numpy-reduction-value", "numpy-arrays", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int rows = RandomDraw.between(random, 2, 4);
        int cols = RandomDraw.between(random, 3, 4);
        int[][] a = new int[rows][cols];
        for (int[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = RandomDraw.between(random, 0, 9);
            }
        }
        boolean mean = random.nextBoolean();
        int axis = random.nextInt(2);
        int outputs = axis == 0 ? cols : rows;
        int across = axis == 0 ? rows : cols;
        double[] values = new double[outputs];
        List<String> steps = new ArrayList<>();
        for (int k = 0; k < outputs; k++) {
            int total = 0;
            List<String> terms = new ArrayList<>();
            for (int m = 0; m < across; m++) {
                int x = axis == 0 ? a[m][k] : a[k][m];
                total += x;
                terms.add(String.valueOf(x));
            }
            double value = mean ? (double) total / across : total;
            values[k] = NumberText.round(value, 2);
            String sum = String.join(" + ", terms);
            steps.add("- " + (axis == 0 ? "column " : "row ") + k + ": $"
                    + (mean ? "(" + sum + ") / " + across + " = " + total + " / " + across : sum + " = " + total)
                    + (mean && values[k] != value ? " \\approx " : mean ? " = " : "")
                    + (mean ? NumberText.of(values[k]) : "") + "$");
        }
        String call = "a." + (mean ? "mean" : "sum") + "(axis=" + axis + ")";
        String stem = "```python\nimport numpy as np\n" + NumberText.arrayLiteral("a", a) + "\n```\n\n"
                + "What does `" + call + "` return? Give the values in order"
                + (mean ? ", rounded to 2 decimal places where needed." : ".");
        String solution = "`axis=" + axis + "` collapses the " + (axis == 0 ? "rows" : "columns") + ", so there is one "
                + "value per " + (axis == 0 ? "column" : "row") + " (" + outputs + " values):\n\n"
                + String.join("\n", steps) + "\n\nResult: **" + NumberText.list(values) + "**.";
        List<String> hints = List.of(
                "`axis=" + axis + "` means the operation runs along axis " + axis + " and removes it.",
                axis == 0 ? "Combine the entries of each column, top to bottom."
                        : "Combine the entries of each row, left to right.");
        IrtParameters irt = ItemIrt.free(1.0, (axis == 0 ? -0.9 : -1.1) + (mean ? 0.3 : 0));
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.VECTOR,
                AnswerKeys.roundedVector(2, values), solution, hints, List.of(), irt);
    }
}
