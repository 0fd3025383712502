package org.mlready.assessment.item.mlops;

import java.math.BigDecimal;
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
 * Cost of a managed training job: instances times hours times the hourly price, and the same job on spot capacity,
 * where the discount is partly eaten by the extra hours that interruptions and checkpoint restarts add.
 */
public final class TrainingJobCostFamily extends GeneratedItemFamily {

    private static final List<String> INSTANCE_TYPES = List.of("gpu.xlarge", "gpu.2xlarge", "gpu.4xlarge",
            "accel.large", "accel.xlarge", "train.g2");

    public TrainingJobCostFamily() {
        super("training-job-cost", "cloud-ml-services", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int mode = random.nextInt(3);
        int instances = RandomDraw.between(random, 1, 8);
        int hours = RandomDraw.between(random, 2, 40);
        BigDecimal price = BigDecimal.valueOf(RandomDraw.between(random, 60, 980), 2);
        int discount = RandomDraw.pick(random, 50, 55, 60, 65, 70, 75, 80);
        int overhead = RandomDraw.pick(random, 5, 10, 15, 20, 25, 30);
        String type = RandomDraw.pick(random, INSTANCE_TYPES);

        BigDecimal instanceHours = BigDecimal.valueOf((long) instances * hours);
        BigDecimal onDemand = instanceHours.multiply(price);
        BigDecimal spotHours = instanceHours.multiply(BigDecimal.valueOf(100 + overhead)).movePointLeft(2);
        BigDecimal spotPrice = price.multiply(BigDecimal.valueOf(100 - discount)).movePointLeft(2);
        BigDecimal spot = spotHours.multiply(spotPrice);
        BigDecimal saving = onDemand.subtract(spot);

        StringBuilder stem = new StringBuilder();
        stem.append("A managed training job runs on ").append(instances).append(instances == 1 ? " instance" : " instances")
                .append(" of type `").append(type).append("`, priced (made-up figures) at USD ")
                .append(price.toPlainString()).append(" per instance-hour on demand. On on-demand capacity the job takes ")
                .append(hours).append(" hours of wall-clock time.");
        if (mode > 0) {
            stem.append(" Spot capacity for the same type is ").append(discount)
                    .append("% cheaper per instance-hour, but interruptions and restarts from the last checkpoint make the job run ")
                    .append(overhead).append("% longer.");
        }
        String question = mode == 0 ? "What does the job cost on demand"
                : mode == 1 ? "What does the job cost on spot capacity"
                : "How much does running on spot capacity save compared with on demand";
        stem.append("\n\n").append(question).append(", in USD? Round to 2 decimal places.");

        double answer = (mode == 0 ? onDemand : mode == 1 ? spot : saving).doubleValue();
        StringBuilder solution = new StringBuilder();
        solution.append("Every instance is billed for every hour the job runs: $").append(instances).append(" \\times ")
                .append(hours).append(" = ").append(instanceHours.toPlainString()).append("$ instance-hours.");
        if (mode != 1) {
            solution.append("\n\nOn demand: $").append(instanceHours.toPlainString()).append(" \\times ")
                    .append(price.toPlainString()).append(" = ").append(Text.fixed(onDemand.doubleValue(), 2))
                    .append("$ USD.");
        }
        if (mode > 0) {
            solution.append("\n\nOn spot the job runs ").append(overhead).append("% longer, $")
                    .append(instanceHours.toPlainString()).append(" \\times ").append(Text.plain(1 + overhead / 100.0))
                    .append(" = ").append(Text.plain(spotHours.doubleValue()))
                    .append("$ instance-hours, at $").append(price.toPlainString()).append(" \\times ")
                    .append(Text.plain((100 - discount) / 100.0)).append(" = ").append(Text.plain(spotPrice.doubleValue()))
                    .append("$ USD each: $").append(Text.plain(spotHours.doubleValue())).append(" \\times ")
                    .append(Text.plain(spotPrice.doubleValue())).append(" = ").append(Text.fixed(spot.doubleValue(), 2))
                    .append("$ USD.");
        }
        if (mode == 2) {
            solution.append("\n\nSaving: $").append(Text.fixed(onDemand.doubleValue(), 2)).append(" - ")
                    .append(Text.fixed(spot.doubleValue(), 2)).append(" = ").append(Text.fixed(saving.doubleValue(), 2))
                    .append("$ USD.");
        }
        solution.append("\n\nAnswer: **").append(Text.fixed(answer, 2)).append("** USD.");
        List<String> hints = mode == 0
                ? List.of("Count instance-hours first: every instance is billed for the whole run.")
                : List.of("Count instance-hours first: every instance is billed for the whole run.",
                "Apply the interruption overhead to the hours and the discount to the price, separately.");
        double difficulty = mode == 0 ? -1.3 : mode == 1 ? -0.3 : 0.1;
        return new ItemInstance(id(), skillId(), seed, stem.toString(), ResponseType.NUMBER,
                AnswerKeys.rounded(Text.round(answer, 2), 2), solution.toString(), hints, List.of(),
                ItemIrt.free(1.1, difficulty));
    }
}
