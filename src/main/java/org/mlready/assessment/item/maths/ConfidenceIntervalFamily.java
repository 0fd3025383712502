package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.mlready.assessment.item.ItemInstance;

/** A z interval (known sigma) or t interval (sample s) for a mean, as [low, high]. */
final class ConfidenceIntervalFamily extends GeneratedFamily {

    record Params(double sampleMean, int spread, int n, int levelPercent, boolean useT) {
    }

    ConfidenceIntervalFamily() {
        super("mean-confidence-interval", "clt-confidence-intervals", 5_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        boolean useT = random.nextBoolean();
        int n = useT ? Draws.pick(random, 9, 16, 25) : Draws.pick(random, 36, 49, 64, 100);
        return new Params(Draws.between(random, 200, 2000) / 10.0, Draws.between(random, 2, 30), n,
                Draws.pick(random, 90, 95, 99), useT);
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        double tailArea = (1 - q.levelPercent() / 100.0) / 2;
        double critical = q.useT()
                ? new TDistribution(q.n() - 1).inverseCumulativeProbability(1 - tailArea)
                : new NormalDistribution(0, 1).inverseCumulativeProbability(1 - tailArea);
        double se = q.spread() / Math.sqrt(q.n());
        double margin = critical * se;
        double[] interval = {q.sampleMean() - margin, q.sampleMean() + margin};
        String symbol = q.useT() ? "s" : "\\sigma";
        String criticalName = q.useT() ? "t_{" + (q.n() - 1) + ",\\," + Tex.num(1 - tailArea, 3) + "}" : "z_{" + Tex.num(1 - tailArea, 3) + "}";
        return draft(seed)
                .stem("A sample of $n = " + q.n() + "$ has mean $\\bar{x} = " + Tex.num(q.sampleMean()) + "$. "
                        + (q.useT() ? "The sample standard deviation is $s = " + q.spread() + "$ (population $\\sigma$ unknown; data roughly normal)."
                                : "The population standard deviation is known: $\\sigma = " + q.spread() + "$.")
                        + " Give the " + q.levelPercent() + "% confidence interval for $\\mu$ as $[\\text{low}, \\text{high}]$, to 2 decimal places.")
                .vector(interval, 0.02)
                .solution("$$\\bar{x} \\pm " + criticalName + "\\frac{" + symbol + "}{\\sqrt{n}} = " + Tex.num(q.sampleMean()) + " \\pm "
                        + Tex.num(critical, 3) + "\\cdot\\frac{" + q.spread() + "}{\\sqrt{" + q.n() + "}} = " + Tex.num(q.sampleMean())
                        + " \\pm " + Tex.num(margin, 3) + ",$$\n\nso the interval is $[" + Tex.num(interval[0], 2) + ", "
                        + Tex.num(interval[1], 2) + "]$. "
                        + (q.useT() ? "With $\\sigma$ estimated by $s$ the critical value comes from Student's t with $n-1 = "
                                + (q.n() - 1) + "$ degrees of freedom." : "With $\\sigma$ known the critical value comes from the standard normal."))
                .hints("Interval = estimate $\\pm$ critical value $\\times$ standard error.",
                        q.useT() ? "Use the t distribution with $n - 1$ degrees of freedom." : "For 90/95/99% the z critical values are 1.645, 1.960, 2.576.")
                .irt(1.1, q.useT() ? 0.3 : -0.2)
                .build();
    }
}
