package org.mlready.assessment.item.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Stacked decorators on a small function: the decorator nearest the {@code def} wraps first, so the outermost
 * wrapper runs first at call time. What does one call return?
 */
public final class DecoratorStackFamily extends GeneratedItemFamily {

    public DecoratorStackFamily() {
        super("decorator-stack", "advanced-python-oop", 2000);
    }

    /** One decorator as written above the function: its source, its use line and what it does to a function. */
    private record Decorator(String name, String source, String use, String effect,
                             UnaryOperator<long[]> wrap) {
    }

    private static String linear(long[] g) {
        return g[0] + "x" + (g[1] == 0 ? "" : g[1] < 0 ? " - " + -g[1] : " + " + g[1]);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        List<Decorator> pool = new ArrayList<>();
        int plus = RandomDraw.between(random, 1, 9);
        int shift = RandomDraw.between(random, 1, 5);
        pool.add(new Decorator("plus", """
                def plus(k):
                    def decorate(fn):
                        def wrapper(x):
                            return fn(x) + k
                        return wrapper
                    return decorate
                """, "@plus(" + plus + ")", "adds " + plus + " to the result", g -> new long[] {g[0], g[1] + plus}));
        pool.add(new Decorator("doubled", """
                def doubled(fn):
                    def wrapper(x):
                        return 2 * fn(x)
                    return wrapper
                """, "@doubled", "doubles the result", g -> new long[] {2 * g[0], 2 * g[1]}));
        pool.add(new Decorator("twice", """
                def twice(fn):
                    def wrapper(x):
                        return fn(fn(x))
                    return wrapper
                """, "@twice", "applies the function it wraps two times",
                g -> new long[] {g[0] * g[0], g[0] * g[1] + g[1]}));
        pool.add(new Decorator("shifted", """
                def shifted(k):
                    def decorate(fn):
                        def wrapper(x):
                            return fn(x - k)
                        return wrapper
                    return decorate
                """, "@shifted(" + shift + ")", "subtracts " + shift + " from the argument before calling",
                g -> new long[] {g[0], g[1] - g[0] * shift}));
        int count = RandomDraw.between(random, 2, 3);
        List<Decorator> stack = RandomDraw.shuffled(random, pool).subList(0, count);
        int a = RandomDraw.between(random, 2, 3);
        int b = RandomDraw.between(random, 0, 6);
        int x0 = RandomDraw.between(random, 1, 9);

        // Every decorator here maps a linear function p*x + q to another one, so (p, q) tracks the wrapped function.
        long[] function = {a, b};
        StringBuilder steps = new StringBuilder();
        String current = "f";
        for (int i = stack.size() - 1; i >= 0; i--) {
            Decorator d = stack.get(i);
            function = d.wrap().apply(function);
            steps.append("- `").append(d.use()).append("` wraps ").append(current.equals("f") ? "the original `f`"
                    : "that").append(": the new function ").append(d.effect()).append(", giving $")
                    .append(linear(function)).append("$.\n");
            current = d.name();
        }
        long answer = function[0] * x0 + function[1];

        Map<String, String> sources = new LinkedHashMap<>();
        for (Decorator d : pool) {
            if (stack.contains(d)) {
                sources.put(d.name(), d.source());
            }
        }
        StringBuilder code = new StringBuilder();
        sources.values().forEach(s -> code.append(s).append('\n'));
        stack.forEach(d -> code.append(d.use()).append('\n'));
        code.append("def f(x):\n    return ").append(a).append(" * x").append(b == 0 ? "" : " + " + b)
                .append("\n\nprint(f(").append(x0).append("))\n");
        String stem = "What number does this program print?\n\n```python\n" + code + "```";
        String solution = "Decorators apply from the bottom up: the one nearest `def` wraps the original function "
                + "first, and each one above wraps the result.\n\n" + steps + "\nAt call time the outermost wrapper "
                + "runs first, which is what these formulas already account for. The original `f` is $" + linear(new long[]
                {a, b}) + "$ and the decorated `f` is $" + linear(function) + "$, so `f(" + x0 + ")` $= "
                + function[0] + " \\cdot " + x0 + (function[1] < 0 ? " - " + -function[1] : " + " + function[1])
                + "$ = **" + answer + "**.";
        List<String> hints = List.of("`@d1` above `@d2` above `def f` means `f = d1(d2(f))`.",
                "Trace the call from the outside in: the top decorator's wrapper receives `" + x0 + "` first.");
        boolean hasTwice = stack.stream().anyMatch(d -> d.name().equals("twice"));
        double difficulty = -0.3 + 0.4 * (count - 2) + (hasTwice ? 0.4 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.2, difficulty));
    }
}
