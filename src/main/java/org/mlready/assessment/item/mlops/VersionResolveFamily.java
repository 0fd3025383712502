package org.mlready.assessment.item.mlops;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Two teammates' requirement specifiers for one package (PEP 440: {@code >=}, {@code <}, {@code ==X.Y.*},
 * {@code ~=X.Y.Z}, {@code !=}) and the version pip picks from the published ones: the newest satisfying all of
 * them, or none.
 */
public final class VersionResolveFamily extends GeneratedItemFamily {

    private static final List<String> PACKAGES = List.of("scikit-learn", "pandas", "numpy", "torch", "xgboost",
            "transformers", "lightgbm", "mlflow");

    /** A release X.Y.Z. */
    private record Version(int major, int minor, int patch) implements Comparable<Version> {
        @Override
        public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major)
                    : minor != o.minor ? Integer.compare(minor, o.minor) : Integer.compare(patch, o.patch);
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + patch;
        }
    }

    /** One specifier such as {@code >=1.3} with its text. */
    private record Spec(String text, String operator, Version version) {

        boolean allows(Version v) {
            int c = v.compareTo(version);
            if (operator.equals(">=")) {
                return c >= 0;
            }
            if (operator.equals("<")) {
                return c < 0;
            }
            if (operator.equals("!=")) {
                return c != 0;
            }
            if (operator.equals("==*")) {
                return v.major() == version.major() && v.minor() == version.minor();
            }
            // ~=X.Y.Z: at least X.Y.Z and the same X.Y
            return c >= 0 && v.major() == version.major() && v.minor() == version.minor();
        }
    }

    public VersionResolveFamily() {
        super("pip-version-resolve", "collaborative-ml-dev", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String pkg = RandomDraw.pick(random, PACKAGES);
        int major = RandomDraw.between(random, 1, 2);
        int firstMinor = RandomDraw.between(random, 0, 6);
        List<Version> releases = new ArrayList<>();
        for (int minor = firstMinor; minor < firstMinor + 5; minor++) {
            int patches = RandomDraw.between(random, 1, 3);
            for (int patch = 0; patch < patches; patch++) {
                releases.add(new Version(major, minor, patch));
            }
        }
        int centre = random.nextInt(releases.size());
        List<Spec> alice = requirement(random, releases, centre);
        List<Spec> bob = requirement(random, releases, centre);
        List<Spec> all = new ArrayList<>(alice);
        all.addAll(bob);

        Version chosen = newest(releases, all);
        Version newestAlice = newest(releases, alice);
        Version newestBob = newest(releases, bob);
        Version newestAny = releases.get(releases.size() - 1);
        List<Version> candidates = new ArrayList<>();
        for (Version v : new Version[] {chosen, newestAlice, newestBob, newestAny}) {
            if (v != null && !candidates.contains(v)) {
                candidates.add(v);
            }
        }
        List<Version> others = new ArrayList<>(releases);
        others.removeAll(candidates);
        while (candidates.size() < 3) {
            candidates.add(others.remove(random.nextInt(others.size())));
        }
        List<ChoiceSet.Option> options = new ArrayList<>();
        for (Version v : candidates) {
            options.add(new ChoiceSet.Option(v.toString(), v.equals(chosen), explain(v, chosen, all)));
        }
        options.add(new ChoiceSet.Option("No published version satisfies both; the install fails", chosen == null,
                chosen == null ? "Every published version breaks at least one specifier."
                        : chosen + " satisfies every specifier."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);

        List<String> releaseTexts = releases.stream().map(Version::toString).toList();
        String stem = "The published releases of `" + pkg + "` are " + String.join(", ", releaseTexts) + ".\n\n"
                + "Two teammates' requirement files pin it differently:\n\n```text\n# requirements-alice.txt\n" + pkg
                + text(alice) + "\n# requirements-bob.txt\n" + pkg + text(bob) + "\n```\n\n"
                + "Both files are installed together (`pip install -r requirements-alice.txt -r requirements-bob.txt`) "
                + "and pip picks the newest release that satisfies every specifier. Which version is installed?";
        StringBuilder solution = new StringBuilder("All specifiers must hold at once: `")
                .append(String.join("`, `", all.stream().map(Spec::text).toList())).append("`.");
        solution.append(" (`~=X.Y.Z` means at least X.Y.Z within X.Y; `==X.Y.*` means any X.Y release.)\n\n");
        List<String> allowed = releases.stream().filter(v -> all.stream().allMatch(s -> s.allows(v)))
                .map(Version::toString).toList();
        solution.append(allowed.isEmpty() ? "Checking each release, none satisfies all of them."
                : "Releases satisfying all of them: " + String.join(", ", allowed) + "; the newest is " + chosen + ".");
        solution.append("\n\nAnswer: **").append(chosen == null ? "none, the install fails" : chosen.toString())
                .append("**.");
        List<String> hints = List.of("Turn each specifier into a range of releases and intersect them.",
                "`~=` allows patch upgrades only, within the same minor release when three numbers are given.");
        double difficulty = -0.2 + 0.15 * (all.size() - 2) + (chosen == null ? 0.2 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution.toString(), hints, choices, ItemIrt.choice(1.2, difficulty, choices.size()));
    }

    /** A requirement around a release near {@code centre}, so the two teammates' ranges often overlap. */
    private static List<Spec> requirement(Random random, List<Version> releases, int centre) {
        int index = Math.max(0, Math.min(releases.size() - 1, centre + RandomDraw.between(random, -2, 2)));
        Version pivot = releases.get(index);
        int kind = random.nextInt(5);
        List<Spec> specs = new ArrayList<>();
        String minorText = pivot.major() + "." + pivot.minor();
        Version minorStart = new Version(pivot.major(), pivot.minor(), 0);
        if (kind == 0) {
            specs.add(new Spec(">=" + minorText, ">=", minorStart));
            Version upper = new Version(pivot.major(), pivot.minor() + RandomDraw.between(random, 1, 3), 0);
            specs.add(new Spec("<" + upper.major() + "." + upper.minor(), "<", upper));
        } else if (kind == 1) {
            specs.add(new Spec("~=" + pivot, "~=", pivot));
        } else if (kind == 2) {
            specs.add(new Spec("==" + minorText + ".*", "==*", minorStart));
        } else if (kind == 3) {
            specs.add(new Spec(">=" + pivot, ">=", pivot));
            Version excluded = RandomDraw.pick(random, releases);
            specs.add(new Spec("!=" + excluded, "!=", excluded));
        } else {
            Version upper = releases.get(Math.max(1, index));
            specs.add(new Spec("<" + upper, "<", upper));
        }
        return specs;
    }

    private static Version newest(List<Version> releases, List<Spec> specs) {
        Version best = null;
        for (Version v : releases) {
            if (specs.stream().allMatch(s -> s.allows(v)) && (best == null || v.compareTo(best) > 0)) {
                best = v;
            }
        }
        return best;
    }

    private static String text(List<Spec> specs) {
        return String.join(",", specs.stream().map(Spec::text).toList());
    }

    private static String explain(Version v, Version chosen, List<Spec> all) {
        List<String> broken = all.stream().filter(s -> !s.allows(v)).map(s -> "`" + s.text() + "`").toList();
        if (!broken.isEmpty()) {
            return v + " breaks " + String.join(" and ", broken) + ".";
        }
        if (v.equals(chosen)) {
            return v + " satisfies every specifier and no newer release does.";
        }
        return v + " is allowed, but the newer " + chosen + " is allowed too and pip prefers it.";
    }
}
