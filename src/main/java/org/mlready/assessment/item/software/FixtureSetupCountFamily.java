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

/** How many times pytest sets up fixtures of function, module and session scope for a generated test layout. */
public final class FixtureSetupCountFamily extends GeneratedItemFamily {

    public FixtureSetupCountFamily() {
        super("pytest-fixture-setups", "unit-testing-tdd", 2000);
    }

    private static final List<String> SCOPES = List.of("function", "module", "session");
    private static final List<String> FIXTURE_NAMES = List.of("db", "model", "batch", "tmp_data", "config", "client");

    private record Fixture(String name, int scope, String dependsOn, boolean autouse) {
    }

    private record TestCase(String name, Set<String> requested, int cases) {
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        List<String> names = RandomDraw.sample(random, FIXTURE_NAMES, 3);
        List<Fixture> fixtures = new ArrayList<>();
        int scope = RandomDraw.between(random, 1, 2);
        for (int i = 0; i < 3; i++) {
            String dependsOn = i > 0 && random.nextBoolean() ? fixtures.get(i - 1).name() : null;
            fixtures.add(new Fixture(names.get(i), scope, dependsOn, i == 0 && random.nextInt(4) == 0));
            scope = RandomDraw.between(random, 0, scope);
        }
        int moduleCount = RandomDraw.between(random, 2, 3);
        List<List<TestCase>> modules = new ArrayList<>();
        int testNumber = 1;
        for (int m = 0; m < moduleCount; m++) {
            List<TestCase> tests = new ArrayList<>();
            for (int t = 0, n = RandomDraw.between(random, 2, 3); t < n; t++) {
                Set<String> requested = new LinkedHashSet<>();
                for (Fixture f : fixtures) {
                    if (random.nextInt(5) < 2) {
                        requested.add(f.name());
                    }
                }
                int cases = random.nextInt(3) == 0 ? RandomDraw.between(random, 2, 3) : 1;
                tests.add(new TestCase("test_case_" + testNumber++, requested, cases));
            }
            modules.add(tests);
        }
        boolean askTotal = random.nextInt(3) == 0;
        Fixture asked = fixtures.get(random.nextInt(3));
        int[] setups = new int[3];
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Fixture f = fixtures.get(i);
            int items = 0;
            int modulesUsing = 0;
            for (List<TestCase> module : modules) {
                int usingHere = 0;
                for (TestCase test : module) {
                    if (closure(fixtures, test.requested()).contains(f.name())) {
                        usingHere += test.cases();
                    }
                }
                items += usingHere;
                modulesUsing += usingHere > 0 ? 1 : 0;
            }
            setups[i] = f.scope() == 0 ? items : f.scope() == 1 ? modulesUsing : Math.min(1, items);
            lines.add("- `" + f.name() + "` (scope `" + SCOPES.get(f.scope()) + "`): used by " + items
                    + " test item" + (items == 1 ? "" : "s") + " in " + modulesUsing + " module"
                    + (modulesUsing == 1 ? "" : "s") + ", so it is set up **" + setups[i] + "** time"
                    + (setups[i] == 1 ? "" : "s") + ".");
        }
        int answer = askTotal ? setups[0] + setups[1] + setups[2] : setups[fixtures.indexOf(asked)];
        StringBuilder conftest = new StringBuilder("```python\n# conftest.py\nimport pytest\n");
        for (Fixture f : fixtures) {
            conftest.append("\n\n@pytest.fixture(scope=\"").append(SCOPES.get(f.scope())).append('"')
                    .append(f.autouse() ? ", autouse=True" : "").append(")\ndef ").append(f.name()).append('(')
                    .append(f.dependsOn() == null ? "" : f.dependsOn()).append("):\n    print(\"setup ")
                    .append(f.name()).append("\")\n    yield \"").append(f.name()).append("\"\n");
        }
        conftest.append("```");
        StringBuilder testFiles = new StringBuilder();
        for (int m = 0; m < modules.size(); m++) {
            testFiles.append("\n\n```python\n# test_part").append(m + 1).append(".py\nimport pytest\n");
            for (TestCase test : modules.get(m)) {
                testFiles.append("\n\n");
                List<String> args = new ArrayList<>(test.requested());
                if (test.cases() > 1) {
                    List<String> values = new ArrayList<>();
                    for (int v = 0; v < test.cases(); v++) {
                        values.add(String.valueOf(v + 1));
                    }
                    testFiles.append("@pytest.mark.parametrize(\"n\", [").append(String.join(", ", values))
                            .append("])\n");
                    args.add("n");
                }
                testFiles.append("def ").append(test.name()).append('(').append(String.join(", ", args))
                        .append("):\n    assert True\n");
            }
            testFiles.append("```");
        }
        String question = askTotal ? "How many `setup ...` lines are printed in total, over all three fixtures?"
                : "How many times is `setup " + asked.name() + "` printed?";
        String stem = "A project has this `conftest.py`:\n\n" + conftest + "\n\nand these test modules:" + testFiles
                + "\n\nYou run `pytest -s` on the project (every test passes). " + question
                + " Answer with a whole number.";
        String solution = "A fixture is active for a test item if the test requests it, if another active fixture "
                + "requests it, or if it is `autouse`. It is set up once per test item for scope `function`, once "
                + "per module that has at least one item using it for scope `module`, and once for the whole run "
                + "for scope `session`. A parametrized test gives one item per case.\n\n" + String.join("\n", lines)
                + (askTotal ? "\n\nTotal: $" + setups[0] + " + " + setups[1] + " + " + setups[2] + " = " + answer
                + "$." : "") + "\n\nAnswer: **" + answer + "**.";
        List<String> hints = List.of("First list, for every test item (one per parametrize case), which fixtures it "
                        + "ends up using, including fixtures requested by other fixtures and `autouse` ones.",
                "Then apply the scope: per item, per module, or once per session.");
        double difficulty = -0.2 + (askTotal ? 0.6 : 0) + (asked.scope() == 0 && !askTotal ? 0.2 : 0)
                + (fixtures.stream().anyMatch(f -> f.dependsOn() != null || f.autouse()) ? 0.3 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.2, difficulty));
    }

    private static Set<String> closure(List<Fixture> fixtures, Set<String> requested) {
        Set<String> active = new LinkedHashSet<>(requested);
        for (Fixture f : fixtures) {
            if (f.autouse()) {
                active.add(f.name());
            }
        }
        for (int i = fixtures.size() - 1; i >= 0; i--) {
            Fixture f = fixtures.get(i);
            if (active.contains(f.name()) && f.dependsOn() != null) {
                active.add(f.dependsOn());
            }
        }
        return active;
    }
}
