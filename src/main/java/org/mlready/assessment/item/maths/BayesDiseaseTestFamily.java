package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Posterior probability of a condition after a positive (or negative) test, by Bayes' theorem. */
final class BayesDiseaseTestFamily extends GeneratedFamily {

    record Params(double prevalence, double sensitivity, double specificity, boolean positive) {
    }

    BayesDiseaseTestFamily() {
        // 7 x 4 x 5 x 2 parameter combinations, of which 225 survive the filter in draw.
        super("bayes-disease-test", "distributions-bayes", 225);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        while (true) {
            Params q = new Params(Draws.pick(random, 0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2),
                    Draws.pick(random, 0.8, 0.9, 0.95, 0.99), Draws.pick(random, 0.8, 0.9, 0.95, 0.98, 0.99),
                    random.nextInt(4) != 0);
            // After a negative test a rare condition can become so unlikely that 4 decimals show only zeros.
            if (posterior(q) >= 0.001) {
                return q;
            }
        }
    }

    static double posterior(Params q) {
        double d = q.prevalence();
        double pTrue = q.positive() ? q.sensitivity() * d : (1 - q.sensitivity()) * d;
        double pFalse = q.positive() ? (1 - q.specificity()) * (1 - d) : q.specificity() * (1 - d);
        return pTrue / (pTrue + pFalse);
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double d = q.prevalence();
        double pTrue;
        double pFalse;
        String result;
        if (q.positive()) {
            pTrue = q.sensitivity() * d;
            pFalse = (1 - q.specificity()) * (1 - d);
            result = "positive";
        } else {
            pTrue = (1 - q.sensitivity()) * d;
            pFalse = q.specificity() * (1 - d);
            result = "negative";
        }
        double posterior = pTrue / (pTrue + pFalse);
        String sign = q.positive() ? "+" : "-";
        return draft(seed)
                .stem("A condition affects " + Tex.num(100 * d, 2) + "% of a population. A test has sensitivity "
                        + Tex.num(100 * q.sensitivity()) + "% ($P(+\\mid D)$) and specificity " + Tex.num(100 * q.specificity())
                        + "% ($P(-\\mid \\neg D)$). A randomly chosen person tests " + result
                        + ". What is the probability they have the condition? Give 4 decimal places.")
                .number(posterior, 1e-4)
                .solution("Bayes' theorem:\n\n$$P(D \\mid " + sign + ") = \\frac{P(" + sign + " \\mid D)P(D)}{P(" + sign
                        + " \\mid D)P(D) + P(" + sign + " \\mid \\neg D)P(\\neg D)} = \\frac{" + Tex.num(pTrue, 6) + "}{"
                        + Tex.num(pTrue, 6) + " + " + Tex.num(pFalse, 6) + "} = " + Tex.num(posterior) + ".$$\n\n"
                        + (q.positive() ? "When the condition is rare, false positives from the large healthy group can outnumber true positives."
                                : "$P(- \\mid D) = 1 - \\text{sensitivity}$ and $P(- \\mid \\neg D) = \\text{specificity}$."))
                .hints("Write down $P(D)$, $P(\\text{result} \\mid D)$ and $P(\\text{result} \\mid \\neg D)$.",
                        "The denominator is the total probability of the observed result, over people with and without the condition.")
                .irt(1.3, q.positive() ? 0.2 : 0.6)
                .build();
    }
}
