package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.mlready.assessment.item.ItemInstance;

/** P(a < X < b) or P(X < a) for a normal variable, with bounds at quarter standard deviations from the mean. */
final class NormalProbabilityFamily extends GeneratedFamily {

    record Params(int mean, int sd, int lowQuarters, int highQuarters, boolean between) {
        double low() {
            return mean + sd * lowQuarters / 4.0;
        }

        double high() {
            return mean + sd * highQuarters / 4.0;
        }
    }

    NormalProbabilityFamily() {
        super("normal-probability", "distributions-bayes", 5_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        int low = Draws.between(random, -10, 6);
        int high = Draws.between(random, low + 1, 10);
        return new Params(Draws.between(random, 2, 20) * 5, Draws.pick(random, 4, 8, 12, 16, 20), low, high, random.nextBoolean());
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        NormalDistribution z = new NormalDistribution(0, 1);
        double zLow = q.lowQuarters() / 4.0;
        double zHigh = q.highQuarters() / 4.0;
        double answer = q.between() ? z.cumulativeProbability(zHigh) - z.cumulativeProbability(zLow) : z.cumulativeProbability(zLow);
        String event = q.between() ? Tex.num(q.low()) + " < X < " + Tex.num(q.high()) : "X < " + Tex.num(q.low());
        String standardised = q.between()
                ? "$z_1 = \\frac{" + Tex.num(q.low()) + " - " + q.mean() + "}{" + q.sd() + "} = " + Tex.num(zLow) + "$ and $z_2 = \\frac{"
                        + Tex.num(q.high()) + " - " + q.mean() + "}{" + q.sd() + "} = " + Tex.num(zHigh) + "$, so the probability is $\\Phi("
                        + Tex.num(zHigh) + ") - \\Phi(" + Tex.num(zLow) + ") = " + Tex.num(z.cumulativeProbability(zHigh)) + " - "
                        + Tex.num(z.cumulativeProbability(zLow)) + " = " + Tex.num(answer) + "$."
                : "$z = \\frac{" + Tex.num(q.low()) + " - " + q.mean() + "}{" + q.sd() + "} = " + Tex.num(zLow)
                        + "$, so the probability is $\\Phi(" + Tex.num(zLow) + ") = " + Tex.num(answer) + "$ (the percentile of the z-score).";
        return draft(seed)
                .stem("$X \\sim \\mathcal{N}(\\mu = " + q.mean() + ", \\sigma = " + q.sd() + ")$. Compute $P(" + event
                        + ")$ to 3 decimal places.")
                .number(answer, 1e-3)
                .solution("Standardise with $z = \\frac{x - \\mu}{\\sigma}$: " + standardised)
                .hints("Convert to z-scores: $z = (x - \\mu)/\\sigma$.",
                        "Use the standard normal CDF $\\Phi$ (a table or `scipy.stats.norm.cdf`); $P(a < Z < b) = \\Phi(b) - \\Phi(a)$.")
                .irt(1.0, q.between() ? -0.3 : -0.7)
                .build();
    }
}
