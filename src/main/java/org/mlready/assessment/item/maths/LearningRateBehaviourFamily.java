package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;

/** What gradient descent does on f(x) = c x^2 for a given learning rate: the update multiplies x by 1 - 2c eta. */
final class LearningRateBehaviourFamily extends GeneratedFamily {

    enum Behaviour { MONOTONE, OSCILLATING_CONVERGENCE, BOUNCING, DIVERGENCE }

    static final double[] RATES = {0.01, 0.05, 0.1, 0.125, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1.0};

    record Params(int c, double learningRate, int x0) {
        double factor() {
            return 1 - 2 * c * learningRate;
        }
    }

    LearningRateBehaviourFamily() {
        super("learning-rate-behaviour", "gradient-descent", 500);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        while (true) {
            Params p = new Params(Draws.between(random, 1, 5), Draws.pick(random, RATES), Draws.nonZero(random, -5, 5));
            if (Math.abs(p.factor()) > 1e-12) {
                return p;
            }
        }
    }

    static Behaviour behaviour(double factor) {
        if (factor > 0 && factor < 1) {
            return Behaviour.MONOTONE;
        }
        if (factor > -1 && factor < 0) {
            return Behaviour.OSCILLATING_CONVERGENCE;
        }
        return Math.abs(factor + 1) < 1e-12 ? Behaviour.BOUNCING : Behaviour.DIVERGENCE;
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        double r = p.factor();
        Behaviour right = behaviour(r);
        List<Choice> choices = List.of(
                new Choice("a", "It converges to 0, approaching from one side without overshooting.", right == Behaviour.MONOTONE,
                        "This happens when $0 < 1 - 2c\\eta < 1$."),
                new Choice("b", "It converges to 0 while jumping from side to side.", right == Behaviour.OSCILLATING_CONVERGENCE,
                        "This happens when $-1 < 1 - 2c\\eta < 0$."),
                new Choice("c", "It bounces between two points forever.", right == Behaviour.BOUNCING,
                        "This happens only when $1 - 2c\\eta = -1$ exactly."),
                new Choice("d", "It diverges: $|x|$ grows without bound.", right == Behaviour.DIVERGENCE,
                        "This happens when $1 - 2c\\eta < -1$."));
        return draft(seed)
                .stem("Run gradient descent on $f(x) = " + (p.c() == 1 ? "" : p.c()) + "x^2$ from $x_0 = " + p.x0()
                        + "$ with learning rate $\\eta = " + Tex.num(p.learningRate()) + "$. What happens to the iterates $x_k$?")
                .singleChoice(choices)
                .solution("$f'(x) = " + (2 * p.c()) + "x$, so each step is $x_{k+1} = x_k - \\eta\\cdot " + (2 * p.c())
                        + "x_k = (1 - " + (2 * p.c()) + "\\cdot" + Tex.num(p.learningRate()) + ")\\,x_k = " + Tex.num(r)
                        + "\\,x_k$. Hence $x_k = (" + Tex.num(r) + ")^k x_0$: "
                        + switch (right) {
                            case MONOTONE -> "the factor is between 0 and 1, so the iterates shrink towards 0 without changing sign.";
                            case OSCILLATING_CONVERGENCE -> "the factor is between $-1$ and 0, so the sign flips every step while the size shrinks.";
                            case BOUNCING -> "the factor is exactly $-1$, so $x$ alternates between $" + p.x0() + "$ and $" + (-p.x0()) + "$.";
                            case DIVERGENCE -> "the factor has absolute value above 1, so the iterates blow up (the learning rate is too large).";
                        })
                .hints("Write one update as $x_{k+1} = r\\,x_k$ and find $r$.",
                        "The sign and size of $r = 1 - 2c\\eta$ decide everything.")
                .irt(1.2, 0.2)
                .build();
    }
}
