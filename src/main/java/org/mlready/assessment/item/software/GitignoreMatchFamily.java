package org.mlready.assessment.item.software;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Which paths of a data-science repository a generated {@code .gitignore} ignores: directory patterns, anchoring,
 * globs, {@code **}, negation, and the rule that a file inside an excluded directory cannot be re-included.
 */
public final class GitignoreMatchFamily extends GeneratedItemFamily {

    public GitignoreMatchFamily() {
        super("gitignore-match", "git-workflows-ds", 2000);
    }

    private static final List<String> PATHS = List.of("data/raw/train.csv", "data/raw/test.csv",
            "data/processed/features.parquet", "data/README.md", "models/model.pt", "models/best.ckpt",
            "models/README.md", "notebooks/eda.ipynb", "notebooks/.ipynb_checkpoints/eda-checkpoint.ipynb",
            "src/train.py", "src/__pycache__/train.cpython-311.pyc", "src/utils/__pycache__/io.cpython-311.pyc",
            "logs/run1/events.out", ".env", "outputs/plots/loss.png", "outputs/metrics.json", "train.log",
            "src/debug.log", "mlruns/0/meta.yaml", "docs/figures/architecture.png");
    private static final List<String> IGNORES = List.of("data/", "/data/raw/", "data/raw/", "*.csv", "data/*",
            "models/*", "models/", "*.pt", "*.ckpt", ".ipynb_checkpoints/", "**/__pycache__/", "__pycache__/",
            "*.pyc", "*.log", "/train.log", "logs/", ".env", "mlruns/", "outputs/", "*.png", "/outputs/*",
            "src/*.log");
    private static final List<String> NEGATIONS = List.of("!data/README.md", "!models/README.md",
            "!data/raw/test.csv", "!outputs/plots/loss.png", "!src/debug.log", "!docs/figures/*.png",
            "!outputs/metrics.json");

    /** One line of the file, parsed once. */
    record Rule(String line, boolean negated, boolean directoryOnly, Pattern pattern) {
        static Rule parse(String line) {
            boolean negated = line.startsWith("!");
            String body = negated ? line.substring(1) : line;
            boolean directoryOnly = body.endsWith("/");
            if (directoryOnly) {
                body = body.substring(0, body.length() - 1);
            }
            boolean anchored = body.contains("/");
            if (body.startsWith("/")) {
                body = body.substring(1);
            }
            StringBuilder regex = new StringBuilder(anchored ? "" : "(?:.*/)?");
            if (body.startsWith("**/")) {
                regex.append("(?:.*/)?");
                body = body.substring(3);
            }
            for (char c : body.toCharArray()) {
                if (c == '*') {
                    regex.append("[^/]*");
                } else if (c == '?') {
                    regex.append("[^/]");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return new Rule(line, negated, directoryOnly, Pattern.compile(regex.toString()));
        }

        boolean matches(String path, boolean directory) {
            return (directory || !directoryOnly) && pattern.matcher(path).matches();
        }
    }

    /** Why a path ends up ignored or not: the deciding rule and the directory it applied to, if any. */
    record Verdict(boolean ignored, String reason) {
    }

    static Verdict decide(List<Rule> rules, String path) {
        String[] parts = path.split("/");
        String prefix = "";
        for (int i = 0; i < parts.length - 1; i++) {
            prefix = prefix.isEmpty() ? parts[i] : prefix + "/" + parts[i];
            Rule last = lastMatch(rules, prefix, true);
            if (last != null && !last.negated()) {
                return new Verdict(true, "its directory `" + prefix + "/` is excluded by `" + last.line() + "`, and "
                        + "Git never looks inside an excluded directory, so no later `!` rule can re-include it");
            }
        }
        Rule last = lastMatch(rules, path, false);
        if (last == null) {
            return new Verdict(false, "no pattern matches it or any of its directories");
        }
        return last.negated()
                ? new Verdict(false, "the last matching pattern is `" + last.line() + "`, which re-includes it, and "
                + "none of its directories is excluded")
                : new Verdict(true, "the last matching pattern is `" + last.line() + "`");
    }

    private static Rule lastMatch(List<Rule> rules, String path, boolean directory) {
        Rule last = null;
        for (Rule rule : rules) {
            if (rule.matches(path, directory)) {
                last = rule;
            }
        }
        return last;
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        while (true) {
            List<String> lines = new ArrayList<>(RandomDraw.sample(random, IGNORES, RandomDraw.between(random, 3, 5)));
            for (String negation : RandomDraw.sample(random, NEGATIONS, RandomDraw.between(random, 1, 2))) {
                lines.add(RandomDraw.between(random, 1, lines.size()), negation);
            }
            List<Rule> rules = lines.stream().map(Rule::parse).toList();
            List<String> paths = RandomDraw.sample(random, PATHS, 5);
            List<Verdict> verdicts = paths.stream().map(p -> decide(rules, p)).toList();
            long ignored = verdicts.stream().filter(Verdict::ignored).count();
            boolean negationMatters = paths.stream().anyMatch(p -> rules.stream()
                    .anyMatch(r -> r.negated() && r.matches(p, false)));
            if (ignored == 0 || ignored == 5 || !negationMatters && random.nextInt(3) > 0) {
                continue;
            }
            List<ChoiceSet.Option> options = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Verdict v = verdicts.get(i);
                options.add(new ChoiceSet.Option("`" + paths.get(i) + "`", v.ignored(),
                        (v.ignored() ? "Ignored: " : "Not ignored: ") + v.reason() + "."));
            }
            List<Choice> choices = ChoiceSet.shuffled(random, options);
            String stem = "The `.gitignore` at the root of an ML project contains:\n\n```text\n"
                    + String.join("\n", lines) + "\n```\n\nNone of the files below has been committed yet. Which of "
                    + "them does Git ignore (so `git status` does not list them and `git add .` skips them)? Select "
                    + "all that apply.";
            String solution = "Git checks a path's directories from the top down; if a directory is excluded it "
                    + "stops there. Otherwise the **last** matching line decides: a plain line ignores, a `!` line "
                    + "re-includes. A pattern without a slash (except a trailing one) matches at any depth; a pattern "
                    + "with a slash at the start or in the middle is relative to the repository root; a trailing "
                    + "`/` matches directories only.\n\n"
                    + String.join("\n", choices.stream().map(c -> "- " + c.text() + ": " + c.explanation()).toList())
                    + "\n\nAnswer: **" + String.join(", ", choices.stream().filter(Choice::correct)
                    .map(Choice::text).toList()) + "**.";
            List<String> hints = List.of("For each path, first check whether one of its directories is excluded.",
                    "When several lines match, the last one wins; a `!` line cannot rescue a file whose directory "
                            + "is excluded.");
            double difficulty = 0.2 + (negationMatters ? 0.4 : 0) + 0.1 * (lines.size() - 5);
            return new ItemInstance(id(), skillId(), seed, stem, ResponseType.MULTIPLE_CHOICE, ChoiceSet.key(choices),
                    solution, hints, choices, ItemIrt.choice(1.3, difficulty, choices.size()));
        }
    }
}
