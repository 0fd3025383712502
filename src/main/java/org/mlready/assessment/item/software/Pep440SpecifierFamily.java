package org.mlready.assessment.item.software;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/** Which release versions satisfy a generated PEP 440 version specifier (compatible release, ranges, exclusions). */
public final class Pep440SpecifierFamily extends GeneratedItemFamily {

    public Pep440SpecifierFamily() {
        super("pep440-specifier", "docs-project-structure", 2000);
    }

    private static final List<String> PACKAGES = List.of("numpy", "pandas", "scikit-learn", "torch", "requests",
            "pydantic", "matplotlib", "scipy");

    /** One comparison clause such as {@code >=1.4} or {@code ==2.1.*}. */
    private record Clause(String op, List<Integer> version, boolean wildcard) {
        String text() {
            return op + dotted(version) + (wildcard ? ".*" : "");
        }

        boolean accepts(List<Integer> candidate) {
            if (wildcard) {
                List<Integer> padded = pad(candidate, version.size());
                boolean prefix = padded.subList(0, version.size()).equals(version);
                return op.equals("==") == prefix;
            }
            int c = compare(candidate, version);
            return switch (op) {
                case ">=" -> c >= 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                case "<" -> c < 0;
                case "!=" -> c != 0;
                default -> c == 0;
            };
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int major = RandomDraw.between(random, 1, 4);
        int minor = RandomDraw.between(random, 0, 9);
        int patch = RandomDraw.between(random, 0, 9);
        int form = random.nextInt(5);
        List<Clause> clauses = new ArrayList<>();
        String specifier;
        String meaning;
        if (form == 0) {
            specifier = "~=" + major + "." + minor + "." + patch;
            clauses.add(new Clause(">=", List.of(major, minor, patch), false));
            clauses.add(new Clause("==", List.of(major, minor), true));
            meaning = "`~=" + major + "." + minor + "." + patch + "` means `>=" + major + "." + minor + "." + patch
                    + ", ==" + major + "." + minor + ".*`: at least " + major + "." + minor + "." + patch
                    + ", and the first two numbers must stay " + major + "." + minor + ".";
        } else if (form == 1) {
            specifier = "~=" + major + "." + minor;
            clauses.add(new Clause(">=", List.of(major, minor), false));
            clauses.add(new Clause("==", List.of(major), true));
            meaning = "`~=" + major + "." + minor + "` means `>=" + major + "." + minor + ", ==" + major
                    + ".*`: at least " + major + "." + minor + ", and the major version must stay " + major + ".";
        } else {
            int upper = major + RandomDraw.between(random, 1, 2);
            clauses.add(new Clause(">=", List.of(major, minor), false));
            clauses.add(new Clause(form == 4 ? "<=" : "<", form == 4 ? List.of(upper, 0) : List.of(upper, 0), false));
            if (form >= 3) {
                int badMinor = Math.min(9, minor + RandomDraw.between(random, 1, 3));
                clauses.add(new Clause("!=", List.of(major, badMinor, 0), false));
            }
            specifier = String.join(",", clauses.stream().map(Clause::text).toList());
            meaning = "A comma means *and*: a version must satisfy every clause. Missing release numbers count as "
                    + "0, so `1.5` and `1.5.0` are the same version.";
        }
        List<List<Integer>> candidates = candidates(random, clauses);
        String pkg = RandomDraw.pick(random, PACKAGES);
        List<ChoiceSet.Option> options = new ArrayList<>();
        for (List<Integer> v : candidates) {
            Clause failed = clauses.stream().filter(c -> !c.accepts(v)).findFirst().orElse(null);
            options.add(new ChoiceSet.Option("`" + dotted(v) + "`", failed == null, failed == null
                    ? dotted(v) + " satisfies every clause (" + String.join(", ", clauses.stream()
                    .map(c -> "`" + c.text() + "`").toList()) + ")."
                    : dotted(v) + " violates `" + failed.text() + "`."));
        }
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String stem = "A project's `pyproject.toml` declares the dependency `" + pkg + specifier + "`. Which of these "
                + "released versions of `" + pkg + "` satisfy the specifier (PEP 440)? Select all that apply.";
        List<String> allowed = choices.stream().filter(Choice::correct).map(Choice::text).toList();
        String solution = meaning + "\n\n" + String.join("\n", choices.stream().map(c -> "- " + c.text() + ": "
                + (c.correct() ? "allowed. " : "excluded. ") + c.explanation()).toList()) + "\n\nAnswer: **"
                + String.join(", ", allowed) + "**.";
        List<String> hints = List.of(form <= 1 ? "Rewrite `~=` as a lower bound plus a wildcard `==` on all but the "
                        + "last number given." : "Check each version against every comma-separated clause.",
                "Compare versions number by number, padding missing numbers with zeros.");
        double difficulty = (form <= 1 ? 0.4 : -0.2) + (form >= 3 ? 0.3 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.MULTIPLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.2, difficulty, choices.size()));
    }

    /** Five distinct versions close to the clause boundaries, at least one accepted and at least one rejected. */
    private static List<List<Integer>> candidates(Random random, List<Clause> clauses) {
        Set<List<Integer>> pool = new LinkedHashSet<>();
        for (Clause c : clauses) {
            List<Integer> v = pad(c.version(), 3);
            pool.add(v);
            pool.add(List.of(v.get(0), v.get(1), v.get(2) + 1));
            pool.add(List.of(v.get(0), v.get(1) + 1, 0));
            pool.add(List.of(v.get(0), v.get(1) + RandomDraw.between(random, 1, 5)));
            pool.add(List.of(v.get(0) + 1, 0));
            if (v.get(2) > 0) {
                pool.add(List.of(v.get(0), v.get(1), v.get(2) - 1));
            }
            if (v.get(1) > 0) {
                pool.add(List.of(v.get(0), v.get(1) - 1, RandomDraw.between(random, 0, 9)));
            }
            if (v.get(0) > 1) {
                pool.add(List.of(v.get(0) - 1, RandomDraw.between(random, 0, 20), 0));
            }
            pool.add(List.of(v.get(0), v.get(1) + 6, RandomDraw.between(random, 1, 9)));
            pool.add(List.of(v.get(0) + 2, RandomDraw.between(random, 0, 3)));
        }
        Set<List<Integer>> seen = new LinkedHashSet<>();
        List<List<Integer>> all = new ArrayList<>();
        for (List<Integer> v : pool) {
            if (seen.add(pad(v, 3))) {
                all.add(v);
            }
        }
        while (true) {
            List<List<Integer>> pick = RandomDraw.sample(random, all, 5);
            if (pick.stream().anyMatch(v -> accepted(clauses, v))
                    && pick.stream().anyMatch(v -> !accepted(clauses, v))) {
                return pick;
            }
        }
    }

    private static boolean accepted(List<Clause> clauses, List<Integer> v) {
        return clauses.stream().allMatch(c -> c.accepts(v));
    }

    static int compare(List<Integer> a, List<Integer> b) {
        int n = Math.max(a.size(), b.size());
        List<Integer> pa = pad(a, n);
        List<Integer> pb = pad(b, n);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(pa.get(i), pb.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static List<Integer> pad(List<Integer> v, int n) {
        List<Integer> out = new ArrayList<>(v);
        while (out.size() < n) {
            out.add(0);
        }
        return out;
    }

    static String dotted(List<Integer> v) {
        return String.join(".", v.stream().map(String::valueOf).toList());
    }
}
