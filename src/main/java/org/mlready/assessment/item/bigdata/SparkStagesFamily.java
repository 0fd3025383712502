package org.mlready.assessment.item.bigdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Shuffles, stages and tasks of the job a generated RDD chain runs. Key-based wide steps are always preceded by a
 * {@code map}, which drops any partitioner, so every wide step really shuffles.
 */
public final class SparkStagesFamily extends GeneratedItemFamily {

    public SparkStagesFamily() {
        super("spark-stages-and-tasks", "apache-spark", 2000);
    }

    /** One call in the chain; {@code partitions} is the requested count for wide steps and coalesce, else 0. */
    private record Step(String code, boolean wide, int partitions, boolean coalesce) {
    }

    private enum Ask { SHUFFLES, STAGES, LAST_STAGE_TASKS, TOTAL_TASKS }

    private static final List<String> REKEYS = List.of("kv[0].lower()", "kv[0].strip()", "kv[0][:3]",
            "kv[0].upper()");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int inputPartitions = RandomDraw.between(random, 4, 16);
        List<Step> steps = chain(random);
        Ask ask = Ask.values()[random.nextInt(Ask.values().length)];

        StringBuilder code = new StringBuilder("```python\nresult = (sc.parallelize(data, " + inputPartitions + ")");
        for (Step step : steps) {
            code.append("\n          ").append(step.code());
        }
        code.append("\n          .collect())\n```");

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("`parallelize(data, " + inputPartitions + ")`", "source", String.valueOf(inputPartitions),
                "0"));
        List<Integer> stageTasks = new ArrayList<>();
        int current = inputPartitions;
        int stage = 0;
        for (Step step : steps) {
            String kind;
            if (step.wide()) {
                stageTasks.add(current);
                stage++;
                current = step.partitions();
                kind = "wide (shuffle)";
            } else if (step.coalesce()) {
                current = Math.min(current, step.partitions());
                kind = "narrow";
            } else {
                kind = "narrow";
            }
            rows.add(List.of("`" + step.code().substring(1) + "`", kind, String.valueOf(current),
                    String.valueOf(stage)));
        }
        stageTasks.add(current);
        int shuffles = stageTasks.size() - 1;
        int total = stageTasks.stream().mapToInt(Integer::intValue).sum();

        String question;
        int answer;
        String conclusion;
        if (ask == Ask.SHUFFLES) {
            question = "How many shuffles does the job triggered by `collect()` perform?";
            answer = shuffles;
            conclusion = "Each wide step is one shuffle, so the job performs **" + answer + "** shuffles.";
        } else if (ask == Ask.STAGES) {
            question = "How many stages does the job triggered by `collect()` have?";
            answer = shuffles + 1;
            conclusion = "The " + shuffles + " shuffle boundaries cut the chain into $" + shuffles + " + 1 = "
                    + answer + "$ stages, so the answer is **" + answer + "**.";
        } else if (ask == Ask.LAST_STAGE_TASKS) {
            question = "How many tasks does the last stage of the job triggered by `collect()` run?";
            answer = current;
            conclusion = "A stage runs one task per partition of its last RDD, so the last stage runs **" + answer
                    + "** tasks.";
        } else {
            question = "How many tasks does the job triggered by `collect()` run in total, over all its stages?";
            answer = total;
            List<String> parts = stageTasks.stream().map(String::valueOf).toList();
            conclusion = "A stage runs one task per partition of its last RDD: $" + String.join(" + ", parts)
                    + " = " + total + "$, so **" + total + "** tasks.";
        }

        String stem = "`data` is a Python list of millions of `(str, int)` pairs with many distinct keys, so every "
                + "requested partition count is met.\n\n" + code + "\n\n" + question
                + " Assume this is the first job of the application (nothing cached, no stages skipped).";
        String solution = "Narrow steps (`filter`, `map`, `mapValues`, `coalesce`) stay in the current stage; wide "
                + "steps (`reduceByKey`, `groupByKey`, `distinct`, `sortByKey`, `repartition`) shuffle and start a "
                + "new stage with the partition count they are given. `coalesce(n)` merges partitions without a "
                + "shuffle and can only lower the count.\n\n"
                + MarkdownTable.render(List.of("step", "dependency", "partitions after", "stage"), rows) + "\n"
                + conclusion;
        List<String> hints = switch (ask) {
            case SHUFFLES, STAGES -> List.of("Mark each step as narrow or wide; only wide steps move data between "
                    + "executors.", "`coalesce` without `shuffle=True` is narrow.");
            default -> List.of("Track the number of partitions after every step.",
                    "A stage has one task per partition of the last RDD in that stage; `coalesce(n)` cannot raise "
                            + "the count.");
        };
        double difficulty = switch (ask) {
            case SHUFFLES -> -0.6;
            case STAGES -> -0.3;
            case LAST_STAGE_TASKS -> 0.3;
            case TOTAL_TASKS -> 0.9;
        } + 0.1 * (steps.size() - 4);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(ask == Ask.TOTAL_TASKS ? 1.2 : 1.0, difficulty));
    }

    private static List<Step> chain(Random random) {
        int segments = RandomDraw.between(random, 3, 5);
        List<Step> steps = new ArrayList<>();
        boolean anyWide = false;
        for (int s = 0; s < segments; s++) {
            boolean wide = s == segments - 1 && !anyWide || random.nextInt(5) < 3;
            if (wide) {
                anyWide = true;
                addWide(random, steps);
            } else {
                addNarrow(random, steps);
            }
        }
        return steps;
    }

    private static void addWide(Random random, List<Step> steps) {
        int n = RandomDraw.between(random, 2, 12);
        String rekey = ".map(lambda kv: (" + RandomDraw.pick(random, REKEYS) + ", kv[1]))";
        switch (random.nextInt(5)) {
            case 0 -> {
                steps.add(new Step(rekey, false, 0, false));
                steps.add(new Step(".reduceByKey(lambda a, b: a + b, " + n + ")", true, n, false));
            }
            case 1 -> {
                steps.add(new Step(rekey, false, 0, false));
                steps.add(new Step(".groupByKey(" + n + ")", true, n, false));
                steps.add(new Step(".mapValues(" + RandomDraw.pick(random, List.of("sum", "len", "max")) + ")",
                        false, 0, false));
            }
            case 2 -> steps.add(new Step(".distinct(" + n + ")", true, n, false));
            case 3 -> steps.add(new Step(".sortByKey(numPartitions=" + n + ")", true, n, false));
            default -> steps.add(new Step(".repartition(" + n + ")", true, n, false));
        }
    }

    private static void addNarrow(Random random, List<Step> steps) {
        switch (random.nextInt(3)) {
            case 0 -> steps.add(new Step(".filter(lambda kv: kv[1] > " + RandomDraw.between(random, 0, 50) + ")",
                    false, 0, false));
            case 1 -> steps.add(new Step(".mapValues(lambda v: v * " + RandomDraw.between(random, 2, 9) + ")", false, 0,
                    false));
            default -> {
                int n = RandomDraw.between(random, 1, 12);
                steps.add(new Step(".coalesce(" + n + ")", false, n, true));
            }
        }
    }
}
