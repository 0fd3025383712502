package org.mlready.assessment.item.python;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Reading IPython's {@code %timeit} report: runs times loops executions, the total time they took, and the speed-up
 * between two reports given in different units.
 */
public final class TimeitReadingFamily extends GeneratedItemFamily {

    public TimeitReadingFamily() {
        super("timeit-report-reading", "jupyter-notebooks", 2000);
    }

    private static final String[] UNITS = {"ns", "µs", "ms"};
    private static final List<String> STATEMENTS = List.of("model.predict(X)", "np.dot(A, B)", "df.groupby(\"id\").sum()",
            "sorted(values)", "tokenize(text)", "scaler.transform(X)");

    private record Report(BigDecimal mean, int unit, int runs, int loops) {

        /** The mean in seconds. */
        BigDecimal seconds() {
            return mean.movePointLeft(9 - 3 * unit);
        }

        String text() {
            BigDecimal spread = mean.multiply(new BigDecimal("0.04")).setScale(2, RoundingMode.HALF_UP);
            return mean.toPlainString() + " " + UNITS[unit] + " ± " + spread.toPlainString() + " " + UNITS[unit]
                    + " per loop (mean ± std. dev. of " + runs + " runs, " + String.format(Locale.ROOT, "%,d", loops)
                    + (loops == 1 ? " loop each)" : " loops each)");
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int variant = random.nextInt(3);
        String statement = RandomDraw.pick(random, STATEMENTS);
        Report first = report(random);
        String command = "%timeit -n " + first.loops() + " -r " + first.runs() + " " + statement;
        String stem;
        String solution;
        double answer;
        int decimals;
        if (variant == 0) {
            answer = (double) first.runs() * first.loops();
            decimals = -1;
            stem = "In a notebook cell you run\n\n```python\n" + command + "\n```\n\nand IPython reports `" + first.text()
                    + "`. How many times was `" + statement + "` executed in the timed loops? Answer with a whole "
                    + "number.";
            solution = "`-r` sets the number of runs (repeats) and `-n` the loops per run, and the report repeats them: "
                    + first.runs() + " runs × " + String.format(Locale.ROOT, "%,d", first.loops()) + " loops = **"
                    + (long) answer + "** executions.";
        } else if (variant == 1) {
            BigDecimal total = first.seconds().multiply(BigDecimal.valueOf((long) first.runs() * first.loops()));
            BigDecimal millis = total.movePointRight(3);
            answer = millis.setScale(1, RoundingMode.HALF_UP).doubleValue();
            decimals = 1;
            stem = "`" + command + "` reports\n\n`" + first.text() + "`\n\nAbout how many milliseconds did the timed "
                    + "executions take in total? Use the mean and round to 1 decimal place.";
            solution = "The mean is per loop: " + first.mean().toPlainString() + " " + UNITS[first.unit()] + " = $"
                    + first.seconds().stripTrailingZeros().toPlainString() + "$ s. There were " + first.runs()
                    + " × " + first.loops() + " = " + (long) first.runs() * first.loops() + " executions, so the "
                    + "total is $" + first.seconds().stripTrailingZeros().toPlainString() + " \\times "
                    + (long) first.runs() * first.loops() + " = " + total.stripTrailingZeros().toPlainString()
                    + "$ s $= " + millis.stripTrailingZeros().toPlainString() + "$ ms.\n\nAnswer: **" + plain(answer)
                    + "** ms.";
        } else {
            Report second = report(random);
            while (Math.abs(second.unit() - first.unit()) != 1) {
                second = report(random);
            }
            Report slow = first.seconds().compareTo(second.seconds()) >= 0 ? first : second;
            Report fast = slow == first ? second : first;
            BigDecimal ratio = slow.seconds().divide(fast.seconds(), 10, RoundingMode.HALF_UP);
            answer = ratio.setScale(1, RoundingMode.HALF_UP).doubleValue();
            decimals = 1;
            String other = RandomDraw.pick(random, STATEMENTS.stream().filter(s -> !s.equals(statement)).toList());
            String a = slow == first ? statement : other;
            String b = slow == first ? other : statement;
            Report ra = first;
            Report rb = second;
            stem = "Two `%timeit` reports from the same notebook:\n\n- `" + statement + "`: `" + ra.text() + "`\n- `"
                    + other + "`: `" + rb.text() + "`\n\nHow many times slower per loop is `" + a + "` than `" + b
                    + "`? Round to 1 decimal place.";
            solution = "Bring both means to seconds: " + ra.mean().toPlainString() + " " + UNITS[ra.unit()] + " = $"
                    + ra.seconds().stripTrailingZeros().toPlainString() + "$ s and " + rb.mean().toPlainString() + " "
                    + UNITS[rb.unit()] + " = $" + rb.seconds().stripTrailingZeros().toPlainString() + "$ s (1 ms = "
                    + "1000 µs, 1 µs = 1000 ns). The ratio is $" + slow.seconds().stripTrailingZeros().toPlainString()
                    + " / " + fast.seconds().stripTrailingZeros().toPlainString() + " \\approx "
                    + ratio.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "$.\n\nAnswer: **"
                    + plain(answer) + "**.";
        }
        List<String> hints = List.of(variant == 0 ? "Which option sets the loops per run, and which the number of runs?"
                        : "The reported mean is the time of a single loop, not of a whole run.",
                variant == 2 ? "Convert both times to the same unit before dividing."
                        : "Runs × loops gives the number of executions.");
        double difficulty = variant == 0 ? -0.8 : variant == 1 ? 0.2 : 0.4;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                decimals < 0 ? AnswerKeys.exact(answer) : AnswerKeys.rounded(answer, decimals), solution, hints,
                List.of(), ItemIrt.free(1.0, difficulty));
    }

    private static Report report(Random random) {
        int unit = random.nextInt(3);
        BigDecimal mean = BigDecimal.valueOf(RandomDraw.between(random, 11, 999), 1);
        int loops = List.of(1, 10, 1_000, 10_000, 1_000_000, 10_000_000).get(4 - 2 * unit + random.nextInt(2));
        return new Report(mean, unit, RandomDraw.between(random, 3, 7), loops);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
