package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Projecting a point onto a given principal component: its score, or its one-component reconstruction. */
public final class PrincipalComponentProjectionFamily extends GeneratedItemFamily {

    public PrincipalComponentProjectionFamily() {
        super("pca-projection", "pca-tsne", 10_000);
    }

    /** The unit component is (a/d, b/d). */
    record Problem(int[] component, int denominator, int[] mean, int[] point, boolean reconstruct) {
    }

    /** Rational unit vectors (a, b, d) with a^2 + b^2 = d^2 and a > 0. */
    private static final int[][] UNIT_VECTORS = {
            {3, 4, 5}, {4, 3, 5}, {3, -4, 5}, {4, -3, 5}, {5, 12, 13}, {12, 5, 13}, {5, -12, 13}, {12, -5, 13}};

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        int[] u = UNIT_VECTORS[random.nextInt(UNIT_VECTORS.length)];
        int[] mean = PlanePoints.draw(random, -3, 3);
        int[] point;
        do {
            point = PlanePoints.draw(random, -5, 6);
        } while (point[0] == mean[0] && point[1] == mean[1]);
        return new Problem(new int[] {u[0], u[1]}, u[2], mean, point, Draws.chance(random, 1, 3));
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        int d = p.denominator();
        int a = p.component()[0];
        int b = p.component()[1];
        String component = "u_1 = \\left(\\tfrac{" + a + "}{" + d + "},\\ " + (b < 0 ? "-" : "") + "\\tfrac{"
                + Math.abs(b) + "}{" + d + "}\\right)";
        String question = p.reconstruct()
                ? "Project $x$ onto $u_1$ and map it back: what is its reconstruction $\\hat{x}$ from the first "
                + "component alone (in the original coordinates)? Round to 4 decimal places."
                : "What is the score (coordinate) of $x$ along $u_1$? Round to 4 decimal places.";
        String stem = "PCA on 2-D data gives the mean $\\mu = " + PlanePoints.text(p.mean())
                + "$ and the first principal component $" + component + "$. Take the point $x = "
                + PlanePoints.text(p.point()) + "$.\n\n" + question;
        int cx = p.point()[0] - p.mean()[0];
        int cy = p.point()[1] - p.mean()[1];
        int dotTimesD = cx * a + cy * b;
        double score = dotTimesD / (double) d;
        String scoreSteps = "Centre the point: $x - \\mu = " + MathText.vector(cx, cy) + "$. Its score is the dot "
                + "product with the unit component:\n\n$$z = \\frac{" + MathText.factor(cx) + "\\cdot " + a + " + "
                + MathText.factor(cy) + "\\cdot " + MathText.factor(b) + "}{" + d + "} = \\frac{" + dotTimesD + "}{"
                + d + "} \\approx " + MathText.num(score) + "$$";
        List<String> hints = List.of("Subtract the mean before projecting: PCA works on centred data.",
                "The score along a unit vector $u$ is the dot product $(x - \\mu)\\cdot u$.");
        if (!p.reconstruct()) {
            return Instances.number(this, seed, stem, score, 1e-3, scoreSteps, hints, 1.0, -0.4);
        }
        double rx = p.mean()[0] + score * a / d;
        double ry = p.mean()[1] + score * b / d;
        String solution = scoreSteps + "\n\nThe reconstruction adds the score times the component back onto the mean:"
                + "\n\n$$\\hat{x} = \\mu + z\\,u_1 = " + PlanePoints.text(p.mean()) + " + \\frac{" + dotTimesD + "}{"
                + (d * d) + "}" + MathText.vector(a, b) + " \\approx " + MathText.vector(rx, ry) + "$$";
        return Instances.vector(this, seed, stem, MathText.doubles(rx, ry), 1.5e-3, solution,
                List.of(hints.get(0), hints.get(1), "Reconstruct with $\\hat{x} = \\mu + z\\,u$."), 1.1, 0.4);
    }
}
