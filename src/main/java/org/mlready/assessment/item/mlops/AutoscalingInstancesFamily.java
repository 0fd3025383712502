package org.mlready.assessment.item.mlops;

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
 * Target-tracking autoscaling of an inference endpoint: the instance count is the traffic divided by the load one
 * instance may carry at the target utilisation, rounded up and never below the minimum; over a day with a peak
 * window this gives the instance-hours billed.
 */
public final class AutoscalingInstancesFamily extends GeneratedItemFamily {

    public AutoscalingInstancesFamily() {
        super("autoscaling-instances", "cloud-ml-services", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean daily = random.nextBoolean();
        int capacity = RandomDraw.between(random, 4, 60) * 5;
        int utilisation = RandomDraw.pick(random, 50, 60, 70, 75, 80);
        int minimum = RandomDraw.between(random, 1, 3);
        int peak = RandomDraw.between(random, 10, 200) * 10;
        int offPeak = Math.max(10, peak / RandomDraw.between(random, 4, 30) / 10 * 10);
        int peakHours = RandomDraw.between(random, 2, 10);
        int peakCount = instancesFor(peak, capacity, utilisation, minimum);
        int offPeakCount = instancesFor(offPeak, capacity, utilisation, minimum);
        String perInstance = Text.plain(capacity * utilisation / 100.0);

        StringBuilder stem = new StringBuilder();
        stem.append("A load test shows that one endpoint instance serves at most ").append(capacity)
                .append(" requests per second within the latency target. The autoscaling policy keeps each instance at ")
                .append(utilisation).append("% of that capacity and never runs fewer than ").append(minimum)
                .append(minimum == 1 ? " instance" : " instances").append(".\n\n");
        if (daily) {
            stem.append("Traffic is ").append(peak).append(" requests per second for ").append(peakHours)
                    .append(" hours a day and ").append(offPeak).append(" requests per second for the other ")
                    .append(24 - peakHours).append(" hours. Assuming the endpoint scales instantly, how many "
                            + "instance-hours does it run per day?");
        } else {
            stem.append("How many instances does the policy run when traffic is ").append(peak)
                    .append(" requests per second?");
        }
        String capacityStep = "At " + utilisation + "% utilisation one instance carries $" + capacity + " \\times "
                + Text.plain(utilisation / 100.0) + " = " + perInstance + "$ requests per second. The count is the "
                + "traffic divided by that, rounded up, and at least " + minimum + ".";
        String peakStep = "At " + peak + " requests per second: $\\lceil " + peak + " / " + perInstance + " \\rceil = "
                + ceilDiv(peak * 100, capacity * utilisation) + "$, so " + peakCount + " instances.";
        String offPeakStep = "At " + offPeak + " requests per second: $\\lceil " + offPeak + " / " + perInstance
                + " \\rceil = " + ceilDiv(offPeak * 100, capacity * utilisation) + "$, so " + offPeakCount
                + (offPeakCount == 1 ? " instance." : " instances.");
        int answer = daily ? peakCount * peakHours + offPeakCount * (24 - peakHours) : peakCount;
        String solution = capacityStep + "\n\n" + peakStep
                + (daily ? "\n\n" + offPeakStep + "\n\nInstance-hours: $" + peakCount + " \\times " + peakHours
                + " + " + offPeakCount + " \\times " + (24 - peakHours) + " = " + answer + "$." : "")
                + "\n\nAnswer: **" + answer + "**" + (daily ? " instance-hours." : " instances.");
        List<String> hints = List.of("Work out the load one instance is allowed to carry at the target utilisation.",
                "You cannot run part of an instance, and the minimum always applies.");
        return new ItemInstance(id(), skillId(), seed, stem.toString(), ResponseType.NUMBER, AnswerKeys.exact(answer),
                solution, hints, List.of(), ItemIrt.free(1.2, daily ? 0.4 : -0.6));
    }

    private static int instancesFor(int traffic, int capacity, int utilisation, int minimum) {
        return Math.max(minimum, ceilDiv(traffic * 100, capacity * utilisation));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
