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
 * Sizing a fleet for a batch preprocessing job: total CPU time over the time each instance has before the deadline
 * (minus its start-up time), divided by vCPUs per instance and rounded up.
 */
public final class WorkersForDeadlineFamily extends GeneratedItemFamily {

    private static final List<String> TASKS = List.of("resize and normalise", "tokenise", "extract features from",
            "decode and augment", "deduplicate and hash");

    public WorkersForDeadlineFamily() {
        super("workers-for-deadline", "cloud-storage-compute", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int items = RandomDraw.between(random, 5, 400) * 10_000;
        int millis = RandomDraw.between(random, 4, 120) * 5;
        int vcpus = RandomDraw.pick(random, 2, 4, 8, 16, 32, 48, 64);
        int deadline = RandomDraw.pick(random, 20, 30, 45, 60, 90, 120, 180, 240);
        int startup = random.nextBoolean() ? 0 : RandomDraw.pick(random, 2, 3, 5, 8, 10);
        String task = RandomDraw.pick(random, TASKS);
        long cpuMillis = (long) items * millis;
        long usableMillis = (long) (deadline - startup) * 60_000;
        long perInstance = usableMillis * vcpus;
        long answer = (cpuMillis + perInstance - 1) / perInstance;

        String stem = "A batch job must " + task + " " + items + " records. Processing one record takes " + millis
                + " ms on one vCPU, records are independent, and the work spreads perfectly over every vCPU. Each "
                + "compute instance has " + vcpus + " vCPUs" + (startup > 0 ? " and spends its first " + startup
                + " minutes starting up and pulling the container image, doing no work" : "") + ". All instances "
                + "start together and the job must finish within " + deadline + " minutes.\n\nWhat is the smallest "
                + "number of instances that meets the deadline?";
        String solution = "Total CPU time: $" + items + " \\times " + millis + " = " + cpuMillis + "$ vCPU-ms.\n\n"
                + "Each instance works for " + (startup > 0 ? "$" + deadline + " - " + startup + " = " + (deadline - startup)
                + "$ minutes" : deadline + " minutes") + ", i.e. $" + (deadline - startup) + " \\times 60000 \\times "
                + vcpus + " = " + perInstance + "$ vCPU-ms.\n\nInstances: $\\lceil " + cpuMillis + " / " + perInstance
                + " \\rceil = " + answer + "$ (" + Text.fixed((double) cpuMillis / perInstance, 3)
                + " rounded up, since a fraction of an instance cannot be started).\n\nAnswer: **" + answer + "**.";
        List<String> hints = startup > 0
                ? List.of("Compare the total vCPU time needed with the vCPU time one instance provides before the "
                + "deadline.", "Start-up minutes count against the deadline but do no work.")
                : List.of("Compare the total vCPU time needed with the vCPU time one instance provides before the "
                + "deadline.", "Keep the units consistent: milliseconds against minutes.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.1, startup > 0 ? 0.3 : -0.2));
    }
}
