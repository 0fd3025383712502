package org.mlready.assessment.item.software;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A three-band function whose implementation may hide an off-by-one at a boundary, and a set of pytest cases
 * (boundary values and interior values): how many of the tests fail.
 */
public final class BoundaryBugFamily extends GeneratedItemFamily {

    public BoundaryBugFamily() {
        super("boundary-bug-failing-tests", "unit-testing-tdd", 2000);
    }

    private record Domain(String function, String argument, String low, String mid, String high) {
    }

    private static final List<Domain> DOMAINS = List.of(
            new Domain("grade", "score", "fail", "pass", "merit"),
            new Domain("age_band", "age", "child", "adult", "senior"),
            new Domain("shipping_tier", "weight_kg", "small", "medium", "large"),
            new Domain("risk_level", "score", "low", "medium", "high"),
            new Domain("batch_label", "n_rows", "tiny", "normal", "huge"));

    /** The implementation compares {@code argument op constant} for the lower and the upper boundary. */
    private record Check(String op, int constant) {
        boolean holds(int x) {
            return op.equals("<") ? x < constant : x <= constant;
        }

        String text() {
            return op + " " + constant;
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Domain d = RandomDraw.pick(random, DOMAINS);
        int a = RandomDraw.between(random, 10, 60);
        int b = a + RandomDraw.between(random, 5, 40);
        Check lower = new Check("<", a);
        Check upper = new Check("<", b);
        int bug = random.nextInt(5);
        String bugText;
        if (bug == 0) {
            lower = new Check("<=", a);
            bugText = "The first comparison uses `<= " + a + "` instead of `< " + a + "`";
        } else if (bug == 1) {
            upper = new Check("<=", b);
            bugText = "The second comparison uses `<= " + b + "` instead of `< " + b + "`";
        } else if (bug == 2) {
            lower = new Check("<", a + 1);
            bugText = "The first comparison uses `< " + (a + 1) + "` instead of `< " + a + "`";
        } else if (bug == 3) {
            upper = new Check("<", b - 1);
            bugText = "The second comparison uses `< " + (b - 1) + "` instead of `< " + b + "`";
        } else {
            lower = new Check("<=", a - 1);
            bugText = "The first comparison is written `<= " + (a - 1) + "`, which for integers is the same as `< "
                    + a + "`: no bug there";
        }
        Set<Integer> inputs = new LinkedHashSet<>();
        List<Integer> candidates = new ArrayList<>(List.of(a - 1, a, a + 1, b - 1, b, b + 1));
        RandomDraw.shuffle(random, candidates);
        int boundaryCount = RandomDraw.between(random, 2, 5);
        inputs.addAll(candidates.subList(0, boundaryCount));
        while (inputs.size() < boundaryCount + 2) {
            int pick = random.nextInt(3);
            inputs.add(pick == 0 ? RandomDraw.between(random, 0, a - 3)
                    : pick == 1 ? RandomDraw.between(random, a + 2, b - 2)
                    : RandomDraw.between(random, b + 2, b + 30));
        }
        List<Integer> ordered = new ArrayList<>(inputs);
        RandomDraw.shuffle(random, ordered);
        StringBuilder tests = new StringBuilder();
        List<String> rows = new ArrayList<>();
        int failing = 0;
        for (int x : ordered) {
            String expected = x < a ? d.low() : x < b ? d.mid() : d.high();
            String actual = lower.holds(x) ? d.low() : upper.holds(x) ? d.mid() : d.high();
            boolean fails = !expected.equals(actual);
            failing += fails ? 1 : 0;
            tests.append(tests.length() == 0 ? "\n" : "\n\n").append("def test_").append(d.function()).append('_').append(x).append("():\n    assert ")
                    .append(d.function()).append('(').append(x).append(") == \"").append(expected).append("\"\n");
            rows.add("| " + x + " | \"" + expected + "\" | \"" + actual + "\" | " + (fails ? "fails" : "passes") + " |");
        }
        String stem = "The specification says: `" + d.function() + "(" + d.argument() + ")` takes an integer and "
                + "returns \"" + d.low() + "\" when " + d.argument() + " < " + a + ", \"" + d.mid() + "\" when " + a
                + " ≤ " + d.argument() + " < " + b + ", and \"" + d.high() + "\" when " + d.argument() + " ≥ " + b
                + ". This is the implementation:\n\n```python\ndef " + d.function() + "(" + d.argument() + "):\n    if "
                + d.argument() + " " + lower.text() + ":\n        return \"" + d.low() + "\"\n    if " + d.argument()
                + " " + upper.text() + ":\n        return \"" + d.mid() + "\"\n    return \"" + d.high()
                + "\"\n```\n\nand these are its tests, written from the specification:\n\n```python" + tests
                + "```\n\nHow many of these tests fail? Answer with a whole number (0 if all pass).";
        String solution = bugText + ".\n\nEvaluate the implementation on every tested input and compare with the "
                + "expected value:\n\n| input | expected | returned | result |\n| --- | --- | --- | --- |\n"
                + String.join("\n", rows) + "\n\n" + (failing == 0 && bug < 4
                ? "The faulty boundary value is not among the tested inputs, so the bug slips through: testing both "
                + "sides of every boundary would catch it.\n\n" : "")
                + "Answer: **" + failing + "**.";
        List<String> hints = List.of("Compare each `if` condition with the specification: which single input value "
                        + "is treated differently?",
                "Only a test whose input is exactly that value can fail.");
        double difficulty = -0.3 + 0.1 * ordered.size() - 0.1 * boundaryCount + (bug == 4 ? 0.3 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(failing), solution,
                hints, List.of(), ItemIrt.free(1.3, difficulty));
    }
}
