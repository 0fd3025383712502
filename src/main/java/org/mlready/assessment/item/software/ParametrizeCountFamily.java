package org.mlready.assessment.item.software;

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

/** Test items collected (or skipped) from stacked {@code @pytest.mark.parametrize} decorators. */
public final class ParametrizeCountFamily extends GeneratedItemFamily {

    public ParametrizeCountFamily() {
        super("pytest-parametrize-count", "unit-testing-tdd", 2000);
    }

    private record Parameter(String name, List<String> values) {
    }

    private static final List<Parameter> SINGLE = List.of(
            new Parameter("lr", List.of("0.1", "0.01", "0.001", "1e-4", "3e-4")),
            new Parameter("batch_size", List.of("8", "16", "32", "64", "128")),
            new Parameter("dtype", List.of("\"float32\"", "\"float64\"", "\"int64\"", "\"int32\"")),
            new Parameter("shuffle", List.of("True", "False")),
            new Parameter("k", List.of("1", "3", "5", "10", "20")),
            new Parameter("metric", List.of("\"accuracy\"", "\"f1\"", "\"auc\"", "\"recall\"")),
            new Parameter("seed", List.of("0", "1", "7", "42", "123")));
    private static final List<String> TESTS = List.of("test_model_trains", "test_loader_batches",
            "test_scaler_round_trip", "test_metric_bounds", "test_split_sizes", "test_predict_shape",
            "test_pipeline_runs", "test_features_finite");

    /** One decorator: its rendered line, how many cases it lists, and how many of those are marked skip. */
    private record Decorator(String line, int cases, int skipped) {
    }

    private record TestFunction(String name, List<Decorator> decorators, boolean skipAll, List<String> args) {
        int collected() {
            return decorators.stream().mapToInt(Decorator::cases).reduce(1, (x, y) -> x * y);
        }

        int run() {
            return skipAll ? 0 : decorators.stream().mapToInt(d -> d.cases() - d.skipped()).reduce(1, (x, y) -> x * y);
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean askSkipped = random.nextInt(3) == 0;
        int functionCount = RandomDraw.between(random, 1, 3);
        List<String> names = RandomDraw.sample(random, TESTS, functionCount);
        List<TestFunction> functions = new ArrayList<>();
        for (String name : names) {
            functions.add(function(random, name, askSkipped));
        }
        if (askSkipped && functions.stream().allMatch(f -> f.collected() == f.run())) {
            TestFunction first = functions.get(0);
            functions.set(0, new TestFunction(first.name(), first.decorators(), true, first.args()));
        }
        StringBuilder code = new StringBuilder("```python\nimport pytest\n");
        for (TestFunction f : functions) {
            code.append("\n\n");
            if (f.skipAll()) {
                code.append("@pytest.mark.skip(reason=\"slow\")\n");
            }
            f.decorators().forEach(d -> code.append(d.line()).append('\n'));
            code.append("def ").append(f.name()).append('(').append(String.join(", ", f.args())).append("):\n")
                    .append("    assert run_case(").append(String.join(", ", f.args())).append(") is not None\n");
        }
        code.append("```");
        int collected = functions.stream().mapToInt(TestFunction::collected).sum();
        int run = functions.stream().mapToInt(TestFunction::run).sum();
        int answer = askSkipped ? collected - run : collected;
        String stem = "A test file contains:\n\n" + code + "\n\nRunning `pytest` on this file, how many test items "
                + (askSkipped ? "are reported as **skipped**?" : "are **collected**?") + " Answer with a whole number.";
        StringBuilder solution = new StringBuilder("Stacked `parametrize` decorators multiply: every combination "
                + "of their cases becomes one test item; a function without decorators is one item.\n\n");
        for (TestFunction f : functions) {
            List<String> factors = f.decorators().stream().map(d -> String.valueOf(d.cases())).toList();
            solution.append("- `").append(f.name()).append("`: ")
                    .append(factors.size() < 2 ? f.collected() + " item" + (f.collected() == 1 ? "" : "s")
                            : "$" + String.join(" \\times ", factors) + " = " + f.collected() + "$ items");
            if (askSkipped) {
                if (f.skipAll()) {
                    solution.append("; the whole function is marked skip, so all ").append(f.collected())
                            .append(" are skipped");
                } else if (f.run() < f.collected()) {
                    List<String> kept = f.decorators().stream().map(d -> String.valueOf(d.cases() - d.skipped()))
                            .toList();
                    solution.append("; the cases without a skip mark combine to $").append(String.join(" \\times ",
                            kept)).append(" = ").append(f.run()).append("$, so ").append(f.collected() - f.run())
                            .append(" are skipped (any combination with a skipped case is skipped)");
                } else {
                    solution.append("; none skipped");
                }
            }
            solution.append(".\n");
        }
        solution.append("\n").append(askSkipped ? "Skipped in total: " : "Collected in total: ")
                .append(answer).append(".\n\nAnswer: **").append(answer).append("**.");
        List<String> hints = new ArrayList<>(List.of("Each `parametrize` decorator lists cases; count them (a tuple "
                + "or a `pytest.param(...)` is one case).", "Stacked decorators give the Cartesian product of their "
                + "cases; different functions add up."));
        if (askSkipped) {
            hints.add("A combination is skipped if any of its cases carries a skip mark.");
        }
        int decorators = functions.stream().mapToInt(f -> f.decorators().size()).sum();
        double difficulty = -1.0 + 0.2 * decorators + (askSkipped ? 0.6 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer),
                solution.toString(), hints, List.of(), ItemIrt.free(1.1, Math.min(1.6, difficulty)));
    }

    private static TestFunction function(Random random, String name, boolean allowSkips) {
        int count = RandomDraw.between(random, random.nextInt(4) == 0 ? 0 : 1, 3);
        List<Decorator> decorators = new ArrayList<>();
        List<String> args = new ArrayList<>();
        boolean tupleUsed = false;
        for (Parameter p : RandomDraw.sample(random, SINGLE, count)) {
            if (!tupleUsed && random.nextInt(3) == 0) {
                tupleUsed = true;
                decorators.add(tupleDecorator(random, allowSkips));
                args.add("x");
                args.add("expected");
                continue;
            }
            int cases = RandomDraw.between(random, 2, p.values().size());
            List<String> values = new ArrayList<>(p.values().subList(0, cases));
            int skipped = 0;
            if (allowSkips && cases > 2 && random.nextBoolean()) {
                int at = random.nextInt(cases);
                values.set(at, "pytest.param(" + values.get(at) + ", marks=pytest.mark.skip)");
                skipped = 1;
            }
            decorators.add(new Decorator("@pytest.mark.parametrize(\"" + p.name() + "\", [" + String.join(", ", values)
                    + "])", cases, skipped));
            args.add(p.name());
        }
        return new TestFunction(name, decorators, false, args);
    }

    private static Decorator tupleDecorator(Random random, boolean allowSkips) {
        int cases = RandomDraw.between(random, 2, 4);
        List<String> tuples = new ArrayList<>();
        int skipAt = allowSkips && random.nextBoolean() ? random.nextInt(cases) : -1;
        List<Integer> xs = RandomDraw.sample(random, List.of(-3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), cases);
        for (int i = 0; i < cases; i++) {
            int x = xs.get(i);
            String tuple = x + ", " + x * x;
            tuples.add(i == skipAt ? "pytest.param(" + tuple + ", marks=pytest.mark.skip)" : "(" + tuple + ")");
        }
        return new Decorator("@pytest.mark.parametrize(\"x, expected\", [" + String.join(", ", tuples) + "])", cases,
                skipAt >= 0 ? 1 : 0);
    }
}
