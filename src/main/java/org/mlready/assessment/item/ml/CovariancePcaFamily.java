package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/**
 * PCA of a 2x2 covariance matrix with integer eigenvalues: the largest eigenvalue, the first principal component
 * direction, or its explained variance ratio.
 *
 * <p>The matrix is built as {@code C = lambda2 * I + t * v v^T} for an integer direction v, so its eigenvalues are
 * lambda2 + t|v|^2 (along v) and lambda2 (across v), and every entry is an integer.
 */
public final class CovariancePcaFamily extends GeneratedItemFamily {

    public CovariancePcaFamily() {
        // (2 directions x 5 values of t + 4 x 3 + 4 x 1) x 6 values of lambda2 x 3 questions
        super("covariance-pca", "pca-tsne", 468);
    }

    enum Ask { LARGEST_EIGENVALUE, DIRECTION, RATIO }

    record Problem(int[] direction, int t, int lambda2, Ask ask) {

        int squaredNorm() {
            return direction[0] * direction[0] + direction[1] * direction[1];
        }

        int lambda1() {
            return lambda2 + t * squaredNorm();
        }

        int[][] covariance() {
            int a = direction[0];
            int b = direction[1];
            return new int[][] {{lambda2 + t * a * a, t * a * b}, {t * a * b, lambda2 + t * b * b}};
        }
    }

    /** Directions with a positive first coordinate and squared length 2, 5 or 25. */
    private static final int[][] DIRECTIONS = {
            {1, 1}, {1, -1}, {2, 1}, {1, 2}, {2, -1}, {1, -2}, {3, 4}, {4, 3}, {3, -4}, {4, -3}};

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        int[] direction = DIRECTIONS[random.nextInt(DIRECTIONS.length)];
        int squaredNorm = direction[0] * direction[0] + direction[1] * direction[1];
        int maxT = squaredNorm == 2 ? 5 : squaredNorm == 5 ? 3 : 1;
        int t = Draws.between(random, 1, maxT);
        int lambda2 = Draws.between(random, 1, 6);
        Ask ask = Ask.values()[random.nextInt(Ask.values().length)];
        return new Problem(direction, t, lambda2, ask);
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        int[][] c = p.covariance();
        int trace = c[0][0] + c[1][1];
        int det = c[0][0] * c[1][1] - c[0][1] * c[1][0];
        int lambda1 = p.lambda1();
        int lambda2 = p.lambda2();
        String matrix = "\\Sigma = \\begin{pmatrix} " + c[0][0] + " & " + c[0][1] + " \\\\ " + c[1][0] + " & "
                + c[1][1] + " \\end{pmatrix}";
        String question = switch (p.ask()) {
            case LARGEST_EIGENVALUE -> "What is the variance along the first principal component (the largest eigenvalue)?";
            case DIRECTION -> "What is the first principal component direction? Give it as a unit vector whose first "
                    + "component is positive, with decimals rounded to 4 places.";
            case RATIO -> "What fraction of the total variance does the first principal component explain? "
                    + "Round to 4 decimal places.";
        };
        String stem = "Two centred features have covariance matrix\n\n$$" + matrix + "$$\n\n" + question;

        String eigen = "The eigenvalues solve $\\lambda^2 - \\operatorname{tr}(\\Sigma)\\,\\lambda + \\det\\Sigma = 0$ with "
                + "$\\operatorname{tr}\\Sigma = " + trace + "$ and $\\det\\Sigma = " + c[0][0] + "\\cdot " + c[1][1]
                + " - " + MathText.factor(c[0][1]) + "^2 = " + det + "$:\n\n$$\\lambda = \\frac{" + trace
                + " \\pm \\sqrt{" + trace + "^2 - 4\\cdot " + det + "}}{2} = \\frac{" + trace + " \\pm "
                + (lambda1 - lambda2) + "}{2},\\qquad \\lambda_1 = " + lambda1 + ",\\ \\lambda_2 = " + lambda2 + "$$\n\n";
        String solution;
        List<String> hints;
        ItemInstance instance;
        switch (p.ask()) {
            case LARGEST_EIGENVALUE -> {
                solution = eigen + "The first principal component carries the largest eigenvalue, " + lambda1 + ".";
                hints = List.of("The variance along a principal component is the matching eigenvalue of $\\Sigma$.",
                        "For a 2x2 matrix, the eigenvalues add up to the trace and multiply to the determinant.");
                instance = Instances.number(this, seed, stem, lambda1, 1e-9, solution, hints, 1.1, 0.0);
            }
            case RATIO -> {
                double ratio = lambda1 / (double) (lambda1 + lambda2);
                solution = eigen + "Explained variance ratio: $\\frac{\\lambda_1}{\\lambda_1 + \\lambda_2} = \\frac{"
                        + lambda1 + "}{" + (lambda1 + lambda2) + "} \\approx " + MathText.num(ratio)
                        + "$. (The total variance $\\lambda_1 + \\lambda_2$ also equals the trace.)";
                hints = List.of("Explained variance ratio = $\\lambda_1 / (\\lambda_1 + \\lambda_2)$.",
                        "The sum of the eigenvalues is the trace, " + trace + "; find $\\lambda_1$ from the characteristic equation.");
                instance = Instances.number(this, seed, stem, ratio, 6e-4, solution, hints, 1.1, 0.3);
            }
            default -> {
                int vx = c[0][1];
                int vy = lambda1 - c[0][0];
                int gcd = gcd(Math.abs(vx), Math.abs(vy));
                int sign = vx < 0 ? -1 : 1;
                int ax = sign * vx / gcd;
                int ay = sign * vy / gcd;
                double norm = Math.sqrt(ax * ax + ay * ay);
                double ux = ax / norm;
                double uy = ay / norm;
                solution = eigen + "An eigenvector for $\\lambda_1 = " + lambda1 + "$ solves $(\\Sigma - " + lambda1
                        + "I)\\,v = 0$. The first row gives $(" + c[0][0] + " - " + lambda1 + ")\\,v_1 + "
                        + MathText.factor(c[0][1]) + "\\,v_2 = 0$, so $v \\propto " + MathText.vector(vx, vy)
                        + (sign < 0 || gcd > 1 ? " \\propto " + MathText.vector(ax, ay) : "") + "$. "
                        + "Normalising (length $\\sqrt{" + (ax * ax + ay * ay) + "}$):\n\n$$u_1 = \\frac{1}{\\sqrt{"
                        + (ax * ax + ay * ay) + "}}" + MathText.vector(ax, ay) + " \\approx "
                        + MathText.vector(ux, uy) + "$$";
                hints = List.of("The first principal component is the eigenvector of the largest eigenvalue.",
                        "Find $\\lambda_1$, then solve $(\\Sigma - \\lambda_1 I)v = 0$ using one row.",
                        "Divide by the vector's length and flip its sign if the first entry is negative.");
                instance = Instances.vector(this, seed, stem, MathText.doubles(ux, uy), 1.5e-3, solution, hints, 1.2, 0.9);
            }
        }
        return instance;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
