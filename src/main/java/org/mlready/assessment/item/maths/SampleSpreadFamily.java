package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Arrays;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Sample variance, sample standard deviation or standard error of the mean of a shown small data set. */
final class SampleSpreadFamily extends GeneratedFamily {

    enum Quantity { VARIANCE, STANDARD_DEVIATION, STANDARD_ERROR }

    record Params(int[] data, Quantity quantity) {
    }

    SampleSpreadFamily() {
        super("sample-spread", "descriptive-inferential-stats", 10_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(SmallDataSet.draw(random, Draws.between(random, 4, 7), 1, 20),
                Quantity.values()[random.nextInt(3)]);
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        int[] data = q.data();
        int n = data.length;
        double mean = SmallDataSet.mean(data);
        double ss = SmallDataSet.sumOfSquaredDeviations(data);
        double variance = ss / (n - 1);
        double sd = Math.sqrt(variance);
        double se = sd / Math.sqrt(n);
        String name = switch (q.quantity()) {
            case VARIANCE -> "sample variance $s^2$ (dividing by $n - 1$)";
            case STANDARD_DEVIATION -> "sample standard deviation $s$ (dividing by $n - 1$)";
            case STANDARD_ERROR -> "estimated standard error of the mean, $s/\\sqrt{n}$";
        };
        double answer = switch (q.quantity()) {
            case VARIANCE -> variance;
            case STANDARD_DEVIATION -> sd;
            case STANDARD_ERROR -> se;
        };
        StringBuilder deviations = new StringBuilder();
        Arrays.stream(data).forEach(v -> deviations.append(deviations.isEmpty() ? "" : " + ").append("(" + v + " - " + Tex.num(mean) + ")^2"));
        String steps = "The mean is $\\bar{x} = " + Tex.num(mean) + "$. The sum of squared deviations is $$" + deviations + " = "
                + Tex.num(ss) + ",$$ so $s^2 = " + Tex.num(ss) + "/" + (n - 1) + " = " + Tex.num(variance) + "$";
        String finish = switch (q.quantity()) {
            case VARIANCE -> ".";
            case STANDARD_DEVIATION -> " and $s = \\sqrt{" + Tex.num(variance) + "} = " + Tex.num(sd) + "$.";
            case STANDARD_ERROR -> ", $s = " + Tex.num(sd) + "$ and $s/\\sqrt{" + n + "} = " + Tex.num(se) + "$.";
        };
        return draft(seed)
                .stem("For the sample $" + SmallDataSet.latex(data) + "$, compute the " + name + ". Give 4 decimal places.")
                .number(answer, 1e-4)
                .solution(steps + finish)
                .hints("Find the mean first, then the squared deviations from it.",
                        "Divide the sum of squared deviations by $n - 1$, not $n$, for the sample variance.")
                .irt(0.9, q.quantity() == Quantity.VARIANCE ? -1.0 : -0.7)
                .build();
    }
}
