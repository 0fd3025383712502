package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** The root scipy.optimize.brentq finds for a function with a sign change on the given bracket. */
final class BrentqRootFamily extends GeneratedFamily {

    enum Kind { SQUARE_ROOT, CUBE_ROOT, MIDDLE_ROOT_OF_CUBIC }

    record Params(Kind kind, int k, int r1, int r2, int r3) {
    }

    BrentqRootFamily() {
        super("brentq-root", "scipy-optimisation", 150);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        Kind kind = Kind.values()[random.nextInt(3)];
        int k;
        do {
            k = Draws.between(random, 2, 40);
        } while (isPerfectPower(k, kind == Kind.CUBE_ROOT ? 3 : 2));
        int r1 = Draws.between(random, -6, -2);
        int r2 = Draws.between(random, -1, 2);
        int r3 = Draws.between(random, 3, 7);
        return new Params(kind, k, r1, r2, r3);
    }

    private static boolean isPerfectPower(int k, int power) {
        long root = Math.round(Math.pow(k, 1.0 / power));
        return Math.round(Math.pow(root, power)) == k;
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        String function;
        String bracket;
        double root;
        String reasoning;
        switch (p.kind()) {
            case SQUARE_ROOT -> {
                function = "x**2 - " + p.k();
                bracket = "0, " + p.k();
                root = Math.sqrt(p.k());
                reasoning = "$f(0) = -" + p.k() + " < 0$ and $f(" + p.k() + ") > 0$, and the only root in between is $\\sqrt{"
                        + p.k() + "} \\approx " + Tex.num(root) + "$.";
            }
            case CUBE_ROOT -> {
                function = "x**3 - " + p.k();
                bracket = "0, " + p.k();
                root = Math.cbrt(p.k());
                reasoning = "$f$ is increasing, negative at 0 and positive at " + p.k() + ", so the root is $\\sqrt[3]{"
                        + p.k() + "} \\approx " + Tex.num(root) + "$.";
            }
            default -> {
                int s1 = p.r1() + p.r2() + p.r3();
                int s2 = p.r1() * p.r2() + p.r1() * p.r3() + p.r2() * p.r3();
                int s3 = p.r1() * p.r2() * p.r3();
                function = ("x**3 + " + (-s1) + "*x**2 + " + s2 + "*x + " + (-s3)).replace("+ -", "- ");
                bracket = (p.r2() - 0.5) + ", " + (p.r2() + 0.5);
                root = p.r2();
                reasoning = "The cubic factors as $(x " + Tex.signed(-p.r1()) + ")(x " + Tex.signed(-p.r2()) + ")(x "
                        + Tex.signed(-p.r3()) + ")$ with roots $" + p.r1() + ", " + p.r2() + ", " + p.r3()
                        + "$. Only $" + p.r2() + "$ lies inside the bracket (it changes sign there), so that is the root returned.";
            }
        }
        return draft(seed)
                .stem("What does this print (to 4 decimal places)?\n\n```python\nfrom scipy.optimize import brentq\n"
                        + "f = lambda x: " + function + "\nprint(brentq(f, " + bracket + "))\n```")
                .number(root, 1e-4)
                .solution("`brentq` needs $f(a)$ and $f(b)$ of opposite signs and returns a root inside $[a, b]$. " + reasoning)
                .hints("`brentq(f, a, b)` returns a point in $[a, b]$ where $f$ is zero.",
                        "Check the signs of $f$ at the two ends, then find which root lies between them.")
                .irt(1.0, p.kind() == Kind.MIDDLE_ROOT_OF_CUBIC ? 0.3 : -0.5)
                .build();
    }
}
