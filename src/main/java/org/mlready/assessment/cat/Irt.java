package org.mlready.assessment.cat;

import org.mlready.assessment.item.IrtParameters;

/**
 * The item response function: {@code P(correct | θ) = c + (1-c) / (1 + exp(-D a (θ - b)))} with the scaling constant
 * {@code D = 1.7}, so that {@code a} and {@code b} read on the normal-ogive metric the item authors used.
 */
public final class Irt {

    public static final double D = 1.7;

    private Irt() {
    }

    /** Probability that a learner who does not guess knows the answer (the 2PL part). */
    public static double knows(IrtParameters irt, double theta) {
        return 1.0 / (1.0 + Math.exp(-D * irt.a() * (theta - irt.b())));
    }

    /** Probability of a correct response, guessing included (3PL; 2PL when c = 0). */
    public static double correct(IrtParameters irt, double theta) {
        return irt.c() + (1 - irt.c()) * knows(irt, theta);
    }

    /**
     * Likelihood of an answer at θ, up to a factor that does not depend on θ. Incorrect and "I don't know" both give
     * {@code 1 - knows(θ)}: the 3PL incorrect probability is {@code (1-c)(1-knows(θ))}, proportional in θ.
     */
    public static double likelihood(IrtParameters irt, Answer answer, double theta) {
        return answer.correct() ? correct(irt, theta) : 1 - knows(irt, theta);
    }

    /** Fisher information of the 3PL item at θ. */
    public static double information(IrtParameters irt, double theta) {
        double p = correct(irt, theta);
        double k = knows(irt, theta);
        double dp = D * irt.a() * (1 - irt.c()) * k * (1 - k);
        return dp * dp / (p * (1 - p));
    }
}
