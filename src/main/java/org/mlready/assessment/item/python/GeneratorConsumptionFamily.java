package org.mlready.assessment.item.python;

import java.util.ArrayList;
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
 * A generator (function or expression) or a list comprehension over a filtered range, consumed by {@code next},
 * an early {@code break} and {@code list}: a generator is used up as it goes, a list can be walked again.
 */
public final class GeneratorConsumptionFamily extends GeneratedItemFamily {

    public GeneratorConsumptionFamily() {
        super("generator-consumption", "advanced-python-oop", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int form = random.nextInt(3);
        boolean lazy = form < 2;
        int start;
        int stop;
        int m;
        int r;
        int k;
        List<Integer> values;
        do {
            start = RandomDraw.between(random, 0, 5);
            stop = start + RandomDraw.between(random, 8, 18);
            m = RandomDraw.between(random, 2, 4);
            r = random.nextInt(m);
            k = RandomDraw.between(random, 1, 3);
            values = new ArrayList<>();
            for (int i = start; i < stop; i++) {
                if (i % m == r) {
                    values.add(i * k);
                }
            }
        } while (values.size() < 4);

        String body = "i * " + k + " for i in range(" + start + ", " + stop + ") if i % " + m + " == " + r;
        StringBuilder code = new StringBuilder();
        if (form == 0) {
            code.append("def picks(limit):\n    for i in range(").append(start).append(", limit):\n        if i % ")
                    .append(m).append(" == ").append(r).append(":\n            yield i * ").append(k)
                    .append("\n\ng = picks(").append(stop).append(")\n");
        } else {
            code.append("g = ").append(form == 1 ? "(" : "[").append(body).append(form == 1 ? ")" : "]").append('\n');
        }
        StringBuilder trace = new StringBuilder("`g` " + (lazy ? "will produce" : "is the list") + " " + values
                + (lazy ? ", one value at a time, and each value can be taken only once." : ", which every loop "
                + "walks from the start.") + "\n\n");
        int position = 0;
        int nexts = lazy ? RandomDraw.between(random, 0, 2) : 0;
        for (int i = 0; i < nexts; i++) {
            code.append("v").append(i + 1).append(" = next(g)\n");
            trace.append("- `next(g)` takes ").append(values.get(position)).append(".\n");
            position++;
        }
        boolean loop = !lazy || random.nextInt(3) > 0;
        if (loop) {
            int threshold = values.get(RandomDraw.between(random, position, values.size() - 2)) + random.nextInt(2);
            code.append("for v in g:\n    if v > ").append(threshold).append(":\n        break\n");
            int from = lazy ? position : 0;
            int taken = 0;
            Integer stoppedAt = null;
            for (int i = from; i < values.size(); i++) {
                taken++;
                if (values.get(i) > threshold) {
                    stoppedAt = values.get(i);
                    break;
                }
            }
            trace.append("- The loop ").append(lazy ? "picks up wherever `g` is and " : "starts again from "
                    + "the first element and ").append("takes ").append(taken).append(taken == 1 ? " value" : " values")
                    .append(stoppedAt == null ? ", none above " + threshold + ", so it runs to the end"
                            : ", breaking at " + stoppedAt + " (the first above " + threshold + ")")
                    .append(lazy ? "; those values are consumed, including " + (stoppedAt == null ? "the last" : stoppedAt)
                            + "." : ", but a list is not used up by looping over it.").append('\n');
            if (lazy) {
                position = from + taken;
            }
        }
        List<Integer> rest = new ArrayList<>(values.subList(lazy ? position : 0, values.size()));
        code.append("rest = list(g)\n");
        trace.append("- `list(g)` collects ").append(lazy ? "what is left" : "the whole list").append(": ").append(rest)
                .append(".\n");
        boolean again = random.nextInt(4) == 0;
        int answer;
        String asked;
        if (again) {
            code.append("again = list(g)\n");
            List<Integer> second = lazy ? List.of() : values;
            trace.append("- A second `list(g)` gives ").append(second).append(lazy ? ": the generator is exhausted."
                    : ": a list can be iterated any number of times.").append('\n');
            asked = "len(again)";
            answer = second.size();
        } else if (random.nextBoolean()) {
            asked = "sum(rest)";
            answer = rest.stream().mapToInt(Integer::intValue).sum();
        } else {
            asked = "len(rest)";
            answer = rest.size();
        }
        code.append("print(").append(asked).append(")\n");
        String stem = "What number does the last line print?\n\n```python\n" + code + "```";
        String solution = trace + "\nSo `" + asked + "` is **" + answer + "**.";
        List<String> hints = List.of("First write out every value `g` can produce.",
                lazy ? "A generator remembers where it stopped: `next`, a `for` loop and `list` all continue from "
                        + "there, and a `break` has already consumed the value that triggered it."
                        : "Square brackets build a list, which a `for` loop or `list()` walks from the start each time.");
        double difficulty = -0.5 + (loop && lazy ? 0.6 : 0) + 0.2 * nexts + (form == 0 ? 0.1 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.2, difficulty));
    }
}
