package org.mlready.assessment.item.tasks;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Back-of-envelope sizing of a sub-problem: memory of a dense feature matrix, working days to label a data set,
 * or machines needed to serve a peak load.
 */
public final class SizingEstimateFamily extends GeneratedItemFamily {

    public SizingEstimateFamily() {
        super("back-of-envelope-sizing", "task-problem-decomposition", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int question = random.nextInt(3);
        if (question == 0) {
            return memory(random, seed);
        }
        return question == 1 ? labelling(random, seed) : serving(random, seed);
    }

    private ItemInstance memory(Random random, long seed) {
        long rows = (long) RandomDraw.between(random, 2, 99) * RandomDraw.pick(random, 10_000, 100_000);
        int features = RandomDraw.pick(random, 20, 32, 50, 64, 100, 128, 200, 256, 300, 512, 768, 1024);
        boolean float64 = random.nextBoolean();
        int bytes = float64 ? 8 : 4;
        boolean gigabytes = rows * features * bytes >= 2_000_000_000L;
        String unit = gigabytes ? "GB" : "MB";
        int decimals = gigabytes ? 2 : 1;
        double divisor = gigabytes ? 1e9 : 1e6;
        long total = rows * features * bytes;
        double answer = Num.round(total / divisor, decimals);
        String dtype = float64 ? "float64" : "float32";
        String stem = "To decide whether training fits on one machine, you estimate the size of the feature matrix "
                + "in memory:\n\n```python\nX = np.zeros((" + rows + ", " + features + "), dtype=np.float" + bytes * 8
                + ")\n```\n\nHow much memory do the values of `X` take, in " + unit + " (1 " + unit + " = $10^"
                + (gigabytes ? 9 : 6) + "$ bytes)? Ignore the small array header and round to " + decimals
                + " decimal place" + (decimals == 1 ? "" : "s") + ".";
        String solution = "A dense array stores every value: " + dtype + " takes " + bytes + " bytes per value.\n\n$$"
                + Num.grouped(rows).replace(",", "{,}") + " \\times " + features + " \\times " + bytes + " = "
                + Num.grouped(total).replace(",", "{,}") + " \\text{ bytes} = "
                + java.math.BigDecimal.valueOf(total).movePointLeft(gigabytes ? 9 : 6).stripTrailingZeros().toPlainString()
                + " \\text{ " + unit + "}$$\n\nAnswer: **" + Num.fixed(answer, decimals) + "**.";
        return item(seed, stem, solution, AnswerKeys.rounded(answer, decimals), List.of(
                "Memory = number of values x bytes per value.",
                "float32 uses 4 bytes per value and float64 uses 8."), -0.8);
    }

    private ItemInstance labelling(Random random, long seed) {
        int items = RandomDraw.between(random, 4, 60) * 1000;
        int seconds = RandomDraw.pick(random, 6, 8, 10, 12, 15, 20, 30, 45, 60);
        int redundancy = RandomDraw.between(random, 1, 3);
        int annotators = RandomDraw.between(random, 2, 12);
        int hours = RandomDraw.between(random, 4, 7);
        long totalSeconds = (long) items * seconds * redundancy;
        long perDay = (long) annotators * hours * 3600;
        long days = (totalSeconds + perDay - 1) / perDay;
        String stem = "A sub-task of the project is labelling " + Num.grouped(items) + " images. An annotator needs "
                + seconds + " seconds per image, " + (redundancy == 1 ? "each image is labelled once"
                : "each image is labelled independently by " + redundancy + " different annotators (to measure "
                + "agreement)") + ", and " + annotators + " annotators each label for " + hours + " hours a working "
                + "day.\n\nHow many working days does the labelling take? Round up to a whole number of days.";
        String solution = "Total annotation time: $" + Num.grouped(items).replace(",", "{,}") + " \\times "
                + seconds + (redundancy == 1 ? "" : " \\times " + redundancy) + " = "
                + Num.grouped(totalSeconds).replace(",", "{,}") + "$ seconds. Team capacity per day: $" + annotators
                + " \\times " + hours + " \\times 3600 = " + Num.grouped(perDay).replace(",", "{,}")
                + "$ seconds.\n\n$$" + Num.grouped(totalSeconds).replace(",", "{,}") + " / "
                + Num.grouped(perDay).replace(",", "{,}") + " \\approx " + Num.fixed((double) totalSeconds / perDay, 2)
                + "$$ days, rounded up to " + days + ".\n\nAnswer: **" + days + "**.";
        return item(seed, stem, solution, AnswerKeys.exact(days), List.of(
                "Work out the total labelling effort in seconds first, counting every repeated label.",
                "Divide by what the whole team labels in one day (in seconds), then round up."), -0.2);
    }

    private ItemInstance serving(Random random, long seed) {
        int peak = RandomDraw.between(random, 2, 60) * 50;
        int cpuMs = RandomDraw.pick(random, 4, 5, 8, 10, 12, 15, 20, 25, 40);
        int cores = RandomDraw.pick(random, 4, 8, 16, 32);
        int utilisation = RandomDraw.pick(random, 50, 60, 70, 75, 80);
        long numerator = (long) peak * cpuMs;
        long perMachine = (long) cores * utilisation * 10;
        long machines = Math.max(1, (numerator + perMachine - 1) / perMachine);
        String stem = "The model will score requests online. At peak it must handle " + peak + " requests per second; "
                + "one prediction takes " + cpuMs + " ms of CPU time on one core. Each machine has " + cores
                + " cores, and to leave headroom you plan for at most " + utilisation + "% CPU utilisation.\n\n"
                + "How many machines are needed at peak? Round up to a whole number.";
        double coreSeconds = numerator / 1000.0;
        double usable = cores * utilisation / 100.0;
        String solution = "CPU work per second: $" + peak + " \\times " + cpuMs + " \\text{ ms} = " + Num.of(coreSeconds)
                + "$ core-seconds per second, i.e. " + Num.of(coreSeconds) + " cores busy all the time. Usable cores per "
                + "machine: $" + cores + " \\times " + utilisation + "\\% = " + Num.of(usable) + "$.\n\n$$"
                + Num.of(coreSeconds) + " / " + Num.of(usable) + Num.eq(coreSeconds / usable, 2)
                + Num.fixed(coreSeconds / usable, 2) + "$$ machines, rounded up to " + machines + ".\n\nAnswer: **"
                + machines + "**.";
        return item(seed, stem, solution, AnswerKeys.exact(machines), List.of(
                "How many cores would be busy all the time at peak? (requests/s x CPU seconds per request)",
                "Each machine contributes only cores x target utilisation; round the number of machines up."), 0.3);
    }

    private ItemInstance item(long seed, String stem, String solution, AnswerKey key, List<String> hints,
                              double difficulty) {
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, key, solution, hints, List.of(),
                ItemIrt.free(1.0, difficulty));
    }
}
