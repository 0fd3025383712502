package org.mlready.assessment.item.mlops;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A three-way merge of a training config edited on two branches. Edited lines are never adjacent, so each line is
 * merged on its own: a line changed on one side takes that side's value, a line changed identically on both is
 * clean, and a line changed differently on both conflicts.
 */
public final class ConfigMergeFamily extends GeneratedItemFamily {

    private record Setting(String key, List<String> values) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("learning_rate", List.of("0.1", "0.03", "0.01", "0.003", "0.001", "0.0003", "0.0001")),
            new Setting("batch_size", List.of("16", "32", "64", "128", "256", "512")),
            new Setting("epochs", List.of("5", "10", "20", "30", "50", "100")),
            new Setting("dropout", List.of("0.0", "0.1", "0.2", "0.3", "0.4", "0.5")),
            new Setting("weight_decay", List.of("0.0", "0.0001", "0.001", "0.01", "0.05")),
            new Setting("warmup_steps", List.of("0", "100", "200", "500", "1000", "2000")),
            new Setting("max_seq_len", List.of("128", "256", "384", "512", "1024")),
            new Setting("num_workers", List.of("0", "2", "4", "8", "16")),
            new Setting("patience", List.of("2", "3", "5", "8", "10", "20")));

    /** How one line was edited: 0 untouched, 1 ours only, 2 theirs only, 3 both the same, 4 both differently. */
    private static final int UNTOUCHED = 0;
    private static final int OURS = 1;
    private static final int THEIRS = 2;
    private static final int SAME = 3;
    private static final int CONFLICT = 4;

    public ConfigMergeFamily() {
        super("config-three-way-merge", "collaborative-ml-dev", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int size = RandomDraw.between(random, 6, 8);
        List<Setting> settings = RandomDraw.sample(random, SETTINGS, size);
        int[] edit = new int[size];
        int edited = 0;
        for (int i = 0; i < size; i++) {
            boolean previousEdited = i > 0 && edit[i - 1] != UNTOUCHED;
            if (!previousEdited && random.nextInt(100) < 55) {
                edit[i] = 1 + random.nextInt(4);
                edited++;
            }
        }
        if (edited == 0) {
            edit[size / 2] = 1 + random.nextInt(4);
        }
        String[] base = new String[size];
        String[] ours = new String[size];
        String[] theirs = new String[size];
        for (int i = 0; i < size; i++) {
            List<String> values = RandomDraw.sample(random, settings.get(i).values(), 3);
            base[i] = values.get(0);
            ours[i] = edit[i] == OURS || edit[i] == SAME || edit[i] == CONFLICT ? values.get(1) : base[i];
            theirs[i] = edit[i] == THEIRS || edit[i] == SAME ? values.get(1)
                    : edit[i] == CONFLICT ? values.get(2) : base[i];
        }
        String files = block("base (common ancestor)", settings, base) + block("ours (`main`)", settings, ours)
                + block("theirs (`tune-regularisation`)", settings, theirs);
        String intro = "You run `git merge tune-regularisation` on `main`. The three versions of `train.yaml` are:\n\n"
                + files + "Git merges line by line against the common ancestor (here no two edited lines are next "
                + "to each other).\n\n";
        List<Integer> nonConflicting = new ArrayList<>();
        List<Integer> changedClean = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (edit[i] != CONFLICT) {
                nonConflicting.add(i);
                if (edit[i] != UNTOUCHED) {
                    changedClean.add(i);
                }
            }
        }
        boolean askValue = random.nextBoolean() && !nonConflicting.isEmpty();
        StringBuilder solution = new StringBuilder("Compare each side with the base, line by line:\n\n");
        for (int i = 0; i < size; i++) {
            solution.append("- `").append(settings.get(i).key()).append("`: ")
                    .append(describe(edit[i], base[i], ours[i], theirs[i])).append('\n');
        }
        if (askValue) {
            int line = changedClean.isEmpty() || random.nextInt(4) == 0 ? RandomDraw.pick(random, nonConflicting)
                    : RandomDraw.pick(random, changedClean);
            String merged = edit[line] == THEIRS ? theirs[line] : ours[line];
            String stem = intro + "What is the value of `" + settings.get(line).key() + "` in the merged file?";
            solution.append("\nSo `").append(settings.get(line).key()).append("` becomes ").append(merged)
                    .append(".\n\nAnswer: **").append(merged).append("**.");
            return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                    AnswerKeys.exact(Double.parseDouble(merged)), solution.toString(),
                    List.of("Compare each branch's line with the base, not the two branches with each other.",
                            "A change made on only one side is taken as it is."), List.of(),
                    ItemIrt.free(1.1, edit[line] == UNTOUCHED || edit[line] == OURS ? -0.6 : -0.2));
        }
        List<ChoiceSet.Option> options = new ArrayList<>();
        boolean anyConflict = false;
        for (int i = 0; i < size; i++) {
            if (edit[i] != UNTOUCHED) {
                boolean conflict = edit[i] == CONFLICT;
                anyConflict |= conflict;
                options.add(new ChoiceSet.Option("`" + settings.get(i).key() + "`", conflict,
                        describe(edit[i], base[i], ours[i], theirs[i])));
            }
        }
        if (options.size() < 3) {
            int untouched = nonConflicting.stream().filter(i -> edit[i] == UNTOUCHED).findFirst().orElseThrow();
            options.add(new ChoiceSet.Option("`" + settings.get(untouched).key() + "`", false,
                    "Neither branch changed it, so it keeps the base value " + base[untouched] + "."));
        }
        while (options.size() > 4) {
            int drop = -1;
            for (int i = 0; i < options.size() && drop < 0; i++) {
                if (!options.get(i).correct()) {
                    drop = i;
                }
            }
            options.remove(drop < 0 ? options.size() - 1 : drop);
        }
        options.add(new ChoiceSet.Option("None: the merge completes without conflicts", !anyConflict,
                anyConflict ? "At least one line was changed differently on both sides."
                        : "Every edited line was changed on one side only or identically on both."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String stem = intro + "Which settings end up between conflict markers? Select every one that does, or "
                + "select only the \"None\" option if the merge is clean.";
        solution.append("\nOnly lines changed differently on both sides conflict.\n\nAnswer: **")
                .append(anyConflict ? String.join(", ", options.stream().filter(ChoiceSet.Option::correct)
                        .map(ChoiceSet.Option::text).toList()) : "None, the merge is clean").append("**.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.MULTIPLE_CHOICE, ChoiceSet.key(choices),
                solution.toString(), List.of("A conflict needs both branches to change the same line.",
                "Two branches making the identical change do not conflict."), choices,
                ItemIrt.choice(1.2, 0.2, choices.size()));
    }

    private static String block(String title, List<Setting> settings, String[] values) {
        StringBuilder out = new StringBuilder(title).append(":\n\n```yaml\n");
        for (int i = 0; i < settings.size(); i++) {
            out.append(settings.get(i).key()).append(": ").append(values[i]).append('\n');
        }
        return out.append("```\n\n").toString();
    }

    private static String describe(int edit, String base, String ours, String theirs) {
        if (edit == UNTOUCHED) {
            return "unchanged on both sides, stays " + base + ".";
        }
        if (edit == OURS) {
            return "changed only on ours (" + base + " to " + ours + "), so the merge takes " + ours + ".";
        }
        if (edit == THEIRS) {
            return "changed only on theirs (" + base + " to " + theirs + "), so the merge takes " + theirs + ".";
        }
        if (edit == SAME) {
            return "changed to " + ours + " on both sides, the same edit, so no conflict.";
        }
        return "changed on both sides to different values (" + ours + " and " + theirs + "): a conflict.";
    }
}
