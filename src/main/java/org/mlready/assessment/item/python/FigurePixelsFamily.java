package org.mlready.assessment.item.python;

import java.math.BigDecimal;
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
 * The pixel size of a saved figure: inches times dots per inch, where {@code savefig(dpi=...)} overrides the
 * figure's dpi and {@code set_size_inches} replaces the size; or, the other way round, the figsize for a target.
 */
public final class FigurePixelsFamily extends GeneratedItemFamily {

    public FigurePixelsFamily() {
        super("figure-pixel-size", "matplotlib-seaborn", 1000);
    }

    private static final List<String> WIDTHS = List.of("4", "5", "6", "6.4", "7.5", "8", "10", "12");
    private static final List<String> HEIGHTS = List.of("3", "3.5", "4", "4.8", "5", "6");
    private static final List<Integer> DPIS = List.of(72, 80, 100, 120, 150, 200, 300);

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int variant = random.nextInt(4);
        BigDecimal[] size = size(random);
        int figureDpi = RandomDraw.pick(random, DPIS);
        int saveDpi = RandomDraw.pick(random, DPIS);
        BigDecimal[] resized = size(random);
        while (!whole(size[0], saveDpi) || !whole(size[1], saveDpi) || !whole(size[0], figureDpi)
                || !whole(size[1], figureDpi) || !whole(resized[0], saveDpi) || !whole(resized[1], saveDpi)
                || saveDpi == figureDpi) {
            size = size(random);
            resized = size(random);
            figureDpi = RandomDraw.pick(random, DPIS);
            saveDpi = RandomDraw.pick(random, DPIS);
        }
        String w = plain(size[0]);
        String h = plain(size[1]);
        String stem;
        String solution;
        double[] answer;
        if (variant == 3) {
            long pw = pixels(size[0], figureDpi);
            long ph = pixels(size[1], figureDpi);
            stem = "You need a PNG of exactly " + pw + " × " + ph + " pixels and will save it with\n\n```python\n"
                    + "fig.savefig(\"plot.png\", dpi=" + figureDpi + ")\n```\n\nWhich `figsize=(width, height)` in "
                    + "inches should `plt.figure` get? Answer as (width, height).";
            solution = "Pixels = inches × dots per inch, so inches = pixels / dpi: $" + pw + "/" + figureDpi + " = " + w
                    + "$ and $" + ph + "/" + figureDpi + " = " + h + "$.\n\nAnswer: **(" + w + ", " + h + ")**.";
            answer = new double[] {size[0].doubleValue(), size[1].doubleValue()};
        } else {
            StringBuilder code = new StringBuilder();
            int dpi = variant == 0 ? figureDpi : saveDpi;
            BigDecimal[] finalSize = variant == 2 ? resized : size;
            code.append(variant == 2 ? "fig, axes = plt.subplots(2, 2, figsize=(" : "fig = plt.figure(figsize=(")
                    .append(w).append(", ").append(h).append("), dpi=").append(figureDpi).append(")\n");
            if (variant == 2) {
                code.append("fig.set_size_inches(").append(plain(resized[0])).append(", ").append(plain(resized[1]))
                        .append(")\n");
            }
            code.append("fig.savefig(\"plot.png\"").append(variant == 0 ? "" : ", dpi=" + saveDpi).append(")\n");
            long pw = pixels(finalSize[0], dpi);
            long ph = pixels(finalSize[1], dpi);
            stem = "With Matplotlib's default settings, how many pixels wide and high is `plot.png`?\n\n```python\n"
                    + code + "```\n\nAnswer as (width, height).";
            String why = variant == 0 ? "`savefig` without `dpi` uses the figure's own dpi (" + dpi + "), since "
                    + "`savefig.dpi` defaults to `\"figure\"`."
                    : "`dpi=" + dpi + "` in `savefig` overrides the figure's dpi of " + figureDpi + ".";
            String sizeWhy = variant == 2 ? " `set_size_inches` replaced the size, so the figure is now "
                    + plain(resized[0]) + " × " + plain(resized[1]) + " inches; the number of subplots does not "
                    + "change the image size." : "";
            solution = why + sizeWhy + "\n\nPixels = inches × dpi: $" + plain(finalSize[0]) + " \\times " + dpi
                    + " = " + pw + "$ wide and $" + plain(finalSize[1]) + " \\times " + dpi + " = " + ph
                    + "$ high.\n\nAnswer: **(" + pw + ", " + ph + ")**.";
            answer = new double[] {pw, ph};
        }
        List<String> hints = List.of("`figsize` is in inches; `dpi` is dots (pixels) per inch.",
                variant == 3 ? "Divide each pixel count by the dpi."
                        : "Which dpi is used when saving, and what is the figure's size at that moment?");
        double difficulty = variant == 0 ? -1.0 : variant == 1 ? -0.5 : variant == 2 ? 0.0 : -0.6;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.VECTOR, AnswerKeys.exactVector(answer),
                solution, hints, List.of(), ItemIrt.free(1.0, difficulty));
    }

    private static BigDecimal[] size(Random random) {
        return new BigDecimal[] {new BigDecimal(RandomDraw.pick(random, WIDTHS)),
                new BigDecimal(RandomDraw.pick(random, HEIGHTS))};
    }

    private static boolean whole(BigDecimal inches, int dpi) {
        return inches.multiply(BigDecimal.valueOf(dpi)).stripTrailingZeros().scale() <= 0;
    }

    private static long pixels(BigDecimal inches, int dpi) {
        return inches.multiply(BigDecimal.valueOf(dpi)).longValueExact();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
