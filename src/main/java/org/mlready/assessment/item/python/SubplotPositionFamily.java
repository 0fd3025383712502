package org.mlready.assessment.item.python;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Where an Axes sits in a subplot grid: the 1-based, row-by-row index of {@code plt.subplot} and
 * {@code add_subplot}, against the 0-based {@code [row, column]} indexing of the array {@code plt.subplots} returns,
 * and the shape of that array under the squeeze rule.
 */
public final class SubplotPositionFamily extends GeneratedItemFamily {

    public SubplotPositionFamily() {
        super("subplot-grid-position", "matplotlib-seaborn", 500);
    }

    /** The shape of the {@code axes} array, where the default {@code squeeze=True} drops length-1 dimensions. */
    private ItemInstance axesShape(long seed, Random random) {
        int rows = RandomDraw.between(random, 1, 5);
        int cols = RandomDraw.between(random, rows == 1 ? 2 : 1, 5);
        boolean squeeze = random.nextInt(3) > 0;
        List<Integer> shape = !squeeze ? List.of(rows, cols) : rows == 1 ? List.of(cols) : cols == 1 ? List.of(rows)
                : List.of(rows, cols);
        String shapeText = shape.size() == 1 ? "(" + shape.get(0) + ",)" : "(" + rows + ", " + cols + ")";
        String stem = "```python\nfig, axes = plt.subplots(" + rows + ", " + cols + (squeeze ? "" : ", squeeze=False")
                + ")\n```\n\nWhat is `axes.shape`? Answer as a shape such as (2, 3) or (4,).";
        String solution = (squeeze
                ? "By default `plt.subplots` squeezes the array of Axes: " + (shape.size() == 1
                ? "a grid with a single " + (rows == 1 ? "row" : "column") + " gives a 1-D array of its "
                + shape.get(0) + " Axes."
                : "no dimension has length 1 here, so the array keeps both dimensions.")
                : "`squeeze=False` always returns a 2-D array, one row per subplot row, even when a dimension is 1.")
                + "\n\nAnswer: **" + shapeText + "**.";
        List<String> hints = List.of("The array has one entry per subplot.",
                "What does the default `squeeze=True` do to a dimension of length 1?");
        double difficulty = squeeze && shape.size() == 1 ? -0.3 : squeeze ? -1.0 : -0.5;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SHAPE, AnswerKeys.shape(shape), solution,
                hints, List.of(), ItemIrt.free(1.0, difficulty));
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int variant = random.nextInt(5);
        if (variant == 4) {
            return axesShape(seed, random);
        }
        int rows = RandomDraw.between(random, 2, 5);
        int cols = RandomDraw.between(random, 2, 5);
        if (variant == 3) {
            rows = RandomDraw.between(random, 2, 3);
            cols = RandomDraw.between(random, 2, 3);
        }
        int cells = rows * cols;
        int flat = random.nextInt(cells);
        int row = flat / cols;
        int col = flat % cols;
        String rule = "Subplot positions are numbered row by row: left to right along the top row, then on to the next "
                + "row. With " + cols + " columns,";
        String stem;
        String solution;
        AnswerKey key;
        ResponseType type;
        double difficulty;
        if (variant == 0 || variant == 3) {
            int index = flat + 1;
            String call = variant == 0 ? "plt.subplot(" + rows + ", " + cols + ", " + index + ")"
                    : "fig.add_subplot(" + rows + cols + index + ")";
            stem = "```python\n" + (variant == 0 ? "plt.figure()\n" : "fig = plt.figure()\n") + "ax = " + call
                    + "\n```\n\nIn which row and column of the grid is `ax` drawn? Count rows from the top and columns "
                    + "from the left, both starting at 1, and answer as (row, column).";
            solution = (variant == 3 ? "The three digits " + rows + cols + index + " mean " + rows + " rows, " + cols
                    + " columns, index " + index + ". " : "") + rule + " index $k = " + index
                    + "$ is in row $\\lceil " + index + "/" + cols + " \\rceil = " + (row + 1) + "$ and column $" + index
                    + " - " + row + " \\cdot " + cols + " = " + (col + 1) + "$.\n\nAnswer: **(" + (row + 1) + ", "
                    + (col + 1) + ")**.";
            key = AnswerKeys.exactVector(row + 1, col + 1);
            type = ResponseType.VECTOR;
            difficulty = variant == 0 ? -0.9 : -0.5;
        } else if (variant == 1) {
            stem = "```python\nfig, axes = plt.subplots(" + rows + ", " + cols + ")\nax = axes[" + row + ", " + col
                    + "]\n```\n\nWhich index `k` makes `plt.subplot(" + rows + ", " + cols + ", k)` address the same "
                    + "position as `ax`? Answer with a whole number.";
            solution = "`axes[" + row + ", " + col + "]` is row " + (row + 1) + " and column " + (col + 1)
                    + " counted from 1 (array indices start at 0). " + rule + " the full rows above contribute $"
                    + row + " \\cdot " + cols + " = " + row * cols + "$ positions, so $k = " + row * cols + " + "
                    + (col + 1) + " = " + (flat + 1) + "$ (subplot indices start at 1).\n\nAnswer: **" + (flat + 1)
                    + "**.";
            key = AnswerKeys.exact(flat + 1);
            type = ResponseType.NUMBER;
            difficulty = -0.2;
        } else {
            stem = "```python\nfig, axes = plt.subplots(" + rows + ", " + cols + ")\nax = axes.flat[" + flat
                    + "]\n```\n\nFor which indices `(i, j)` is `axes[i, j]` the same Axes as `ax`? Answer as (i, j).";
            solution = "`axes.flat` walks the " + rows + "×" + cols + " array in row-major (C) order with 0-based "
                    + "positions, so position " + flat + " is in row $\\lfloor " + flat + "/" + cols + " \\rfloor = "
                    + row + "$ and column $" + flat + " \\bmod " + cols + " = " + col + "$.\n\nAnswer: **(" + row
                    + ", " + col + ")**.";
            key = AnswerKeys.exactVector(row, col);
            type = ResponseType.VECTOR;
            difficulty = -0.4;
        }
        List<String> hints = List.of("Positions are counted row by row, like reading a page.",
                "`plt.subplot` and `add_subplot` count from 1; the array from `plt.subplots` is indexed from 0.");
        return new ItemInstance(id(), skillId(), seed, stem, type, key, solution, hints, List.of(),
                ItemIrt.free(1.0, difficulty));
    }
}
