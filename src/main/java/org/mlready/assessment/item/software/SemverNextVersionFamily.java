package org.mlready.assessment.item.software;

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

/** The next Semantic Versioning release after a generated list of Conventional Commits, including 0.x releases. */
public final class SemverNextVersionFamily extends GeneratedItemFamily {

    public SemverNextVersionFamily() {
        super("semver-next-version", "docs-project-structure", 3000);
    }

    private static final List<String> FIXES = List.of("handle empty input in `load_csv`", "correct off-by-one in "
            + "`window`", "close file handles in `export`", "avoid division by zero in `normalize`",
            "keep column order in `merge_frames`");
    private static final List<String> FEATURES = List.of("add `--dry-run` option to the CLI", "support Parquet in "
            + "`load_table`", "add `top_k` argument to `predict`", "new `describe_dataset` helper",
            "add progress bar to `train`");
    private static final List<String> BREAKING = List.of("remove deprecated `fit_legacy`", "rename `load` to "
            + "`load_dataset`", "`predict` now returns a DataFrame instead of a list", "drop support for Python 3.8",
            "make `seed` a required argument of `split`");
    private static final List<String> OTHER = List.of("docs: fix typos in README", "test: add cases for `split`",
            "chore: update CI config", "refactor: extract `_validate` helper");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int major = random.nextInt(3) == 0 ? 0 : RandomDraw.between(random, 1, 5);
        int minor = RandomDraw.between(random, 0, 15);
        int patch = RandomDraw.between(random, 1, 12);
        int level = random.nextInt(3);
        List<String> commits = new ArrayList<>();
        commits.add(level == 2 ? "feat!: " + RandomDraw.pick(random, BREAKING)
                : level == 1 ? "feat: " + RandomDraw.pick(random, FEATURES) : "fix: " + RandomDraw.pick(random, FIXES));
        for (int i = 0, n = RandomDraw.between(random, 1, 4); i < n; i++) {
            int kind = random.nextInt(3);
            if (kind == 0 && level >= 1) {
                commits.add("fix: " + RandomDraw.pick(random, FIXES));
            } else if (kind == 1 && level == 2) {
                commits.add("feat: " + RandomDraw.pick(random, FEATURES));
            } else {
                commits.add(RandomDraw.pick(random, OTHER));
            }
        }
        commits = new ArrayList<>(new java.util.LinkedHashSet<>(commits));
        RandomDraw.shuffle(random, commits);
        String current = major + "." + minor + "." + patch;
        String patchBump = major + "." + minor + "." + (patch + 1);
        String minorBump = major + "." + (minor + 1) + ".0";
        String majorBump = (major + 1) + ".0.0";
        String noReset = major + "." + (minor + 1) + "." + patch;
        boolean zero = major == 0;
        // for 0.x this project bumps minor on breaking changes and patch otherwise
        String correct = zero ? (level == 2 ? minorBump : patchBump)
                : level == 2 ? majorBump : level == 1 ? minorBump : patchBump;
        String biggest = level == 2 ? "a breaking change (`!`)" : level == 1 ? "a new feature (`feat`)"
                : "only bug fixes (`fix`)";
        List<ChoiceSet.Option> options = new ArrayList<>();
        for (String v : List.of(patchBump, minorBump, majorBump, noReset)) {
            options.add(new ChoiceSet.Option("`" + v + "`", v.equals(correct), explain(v, correct, patchBump,
                    minorBump, majorBump, zero, biggest)));
        }
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String rule = zero ? " While the major version is 0 the project follows the common convention that a breaking "
                + "change bumps the **minor** version and a new feature or a fix bumps the **patch** version." : "";
        String stem = "A Python library follows Semantic Versioning and Conventional Commits (`fix:` a bug fix, "
                + "`feat:` a new feature, `!` after the type marks a breaking change; `docs`, `test`, `chore` and "
                + "`refactor` do not change the public API)." + rule + " The last release is `" + current
                + "`, and these commits have been merged since:\n\n```text\n" + String.join("\n", commits)
                + "\n```\n\nWhich version should the next release get?";
        String solution = "The release is decided by the most significant change since `" + current + "`: here "
                + biggest + ". " + (zero ? "With major version 0 and the stated convention, " + (level == 2
                ? "a breaking change bumps the minor version and resets the patch" : "features and fixes bump the patch")
                : level == 2 ? "A breaking change bumps the major version and resets minor and patch to 0"
                : level == 1 ? "A backwards-compatible feature bumps the minor version and resets the patch to 0"
                : "Backwards-compatible bug fixes bump only the patch version") + ": `" + current + "` becomes `"
                + correct + "`.\n\nAnswer: **`" + correct + "`**.";
        List<String> hints = List.of("Only the most significant change counts; `docs`, `test`, `chore` and "
                + "`refactor` commits do not affect the version.", "When a number is bumped, every number to its "
                + "right is reset to 0.");
        double difficulty = -0.8 + (zero ? 0.7 : 0) + (commits.size() > 3 ? 0.2 : 0) + (level == 0 ? 0 : 0.2);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.1, difficulty, choices.size()));
    }

    private static String explain(String v, String correct, String patchBump, String minorBump, String majorBump,
                                  boolean zero, String biggest) {
        if (v.equals(correct)) {
            return "Correct: the most significant change is " + biggest + (zero ? ", and the 0.x convention maps it "
                    + "to this bump." : ", which maps to exactly this bump.");
        }
        if (v.equals(patchBump)) {
            return "A patch bump only signals bug fixes; the changes here need a bigger bump.";
        }
        if (v.equals(minorBump)) {
            return zero ? "Under the stated 0.x convention a minor bump signals a breaking change, which is not in "
                    + "the list." : correct.equals(majorBump) ? "A minor bump promises backwards compatibility, but "
                    + "there is a breaking change." : "A minor bump signals a new feature; only fixes were merged.";
        }
        if (v.equals(majorBump)) {
            return zero ? "Going to 1.0.0 declares a stable public API; the 0.x convention here uses the minor "
                    + "version for breaking changes instead." : "A major bump is for breaking changes; none of the "
                    + "commits is marked with `!`.";
        }
        return "When the minor version is bumped the patch version resets to 0; it is never carried over.";
    }
}
