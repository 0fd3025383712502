package org.mlready.assessment.item.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ChoiceSet.Option;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Two runs' manifests that should have given the same result: which of the differing settings can change the
 * trained model (seed, versions, data, determinism, hyperparameters) and which are bookkeeping.
 */
public final class RunManifestDiffFamily extends GeneratedItemFamily {

    private record Setting(String name, boolean affectsResults, List<String> values, String why) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("seed", true, List.of("0", "1", "42", "1234", "2024"),
                    "The seed drives initialisation, shuffling and dropout."),
            new Setting("torch version", true, List.of("2.1.2", "2.2.1", "2.3.0", "2.4.1"),
                    "Library versions change kernels, defaults and numerics."),
            new Setting("data snapshot", true, List.of("a3f9c1e", "b72d004", "c0e18aa", "d91b3f7"),
                    "A different snapshot is different training data."),
            new Setting("deterministic algorithms", true, List.of("true", "false"),
                    "Non-deterministic GPU kernels sum in varying orders, so results drift."),
            new Setting("learning rate", true, List.of("1e-4", "3e-4", "1e-3"),
                    "A hyperparameter of the optimisation itself."),
            new Setting("GPU model", true, List.of("A100", "H100", "L4", "V100"),
                    "Different hardware runs different kernels with different rounding."),
            new Setting("run name", false, List.of("baseline-a", "baseline-b", "rerun", "sweep-07"),
                    "A label for the experiment tracker; training never reads it."),
            new Setting("output directory", false, List.of("runs/01", "runs/02", "/scratch/out", "ckpt/latest"),
                    "Where files are written, not how they are computed."),
            new Setting("log every n steps", false, List.of("10", "50", "100"),
                    "Logging frequency only changes what is printed."),
            new Setting("started at", false, List.of("2024-03-02 09:14", "2024-03-05 17:40", "2024-04-11 08:02"),
                    "The start time is a record, not an input, as long as nothing is seeded from the clock."));

    public RunManifestDiffFamily() {
        super("run-manifest-diff", "reproducibility", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        List<Setting> shown;
        List<List<String>> rows = new ArrayList<>();
        List<Option> options = new ArrayList<>();
        long correctCount;
        do {
            shown = RandomDraw.sample(random, SETTINGS, 7);
            shown.sort((x, y) -> Integer.compare(SETTINGS.indexOf(x), SETTINGS.indexOf(y)));
            rows.clear();
            options.clear();
            for (Setting setting : shown) {
                int a = random.nextInt(setting.values().size());
                boolean differs = random.nextInt(5) < 2;
                int b = differs ? (a + 1 + random.nextInt(setting.values().size() - 1)) % setting.values().size() : a;
                rows.add(List.of(setting.name(), setting.values().get(a), setting.values().get(b)));
                options.add(new Option("`" + setting.name() + "`", differs && setting.affectsResults(), differs
                        ? "Differs (" + setting.values().get(a) + " vs " + setting.values().get(b) + "). "
                        + setting.why() : "Identical in both runs, so it cannot explain the difference."));
            }
            correctCount = options.stream().filter(Option::correct).count();
        } while (correctCount == 0 || correctCount > 4);
        // Keep five options: every correct one plus distractors, drawn in table order.
        List<Option> kept = new ArrayList<>();
        List<Option> distractors = new ArrayList<>();
        for (Option option : options) {
            (option.correct() ? kept : distractors).add(option);
        }
        kept.addAll(RandomDraw.sample(random, distractors, Math.min(distractors.size(), 5 - kept.size())));
        List<Choice> choices = ChoiceSet.shuffled(random, kept);
        String stem = "Two training runs of the same commit were meant to give the same result but report different "
                + "validation losses. Their manifests:\n\n" + MarkdownTable.render(List.of("setting", "run A", "run B"),
                rows) + "\nWhich of the listed settings differ between the runs **in a way that can change the "
                + "trained model**? Select all that apply.";
        List<String> answer = new ArrayList<>();
        for (Option option : options) {
            if (option.correct()) {
                answer.add(option.text());
            }
        }
        StringBuilder steps = new StringBuilder("Compare the two columns row by row, then ask whether training reads "
                + "the setting:\n\n");
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            boolean differs = !row.get(1).equals(row.get(2));
            steps.append("- `").append(row.get(0)).append("`: ").append(differs ? "differs; " + (shown.get(i)
                    .affectsResults() ? "can change results. " : "bookkeeping only. ") + shown.get(i).why()
                    : "identical.").append("\n");
        }
        String solution = steps + "\nAnswer: **" + String.join(", ", answer) + "**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.MULTIPLE_CHOICE, ChoiceSet.key(choices),
                solution, List.of("A setting that is identical in both runs cannot explain a difference.",
                "Ask whether the training computation reads the setting, or only records it."),
                choices, ItemIrt.choice(1.1, 0.2 + 0.2 * (answer.size() - 1), kept.size()));
    }
}
