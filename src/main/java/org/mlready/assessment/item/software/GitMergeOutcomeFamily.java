package org.mlready.assessment.item.software;

import java.util.ArrayList;
import java.util.HashSet;
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
import org.mlready.assessment.item.software.GitRepo.MergeOutcome;

/** What a final {@code git merge} does after a generated history (up to date, fast-forward or merge commit). */
public final class GitMergeOutcomeFamily extends GeneratedItemFamily {

    public GitMergeOutcomeFamily() {
        super("git-merge-outcome", "git-collaboration", 1500);
    }

    private record Scenario(GitHistory history, String into, String other) {
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        MergeOutcome wanted = MergeOutcome.values()[random.nextInt(3)];
        Scenario scenario = scenario(random, wanted);
        GitRepo repo = scenario.history().repo;
        String a = scenario.into();
        String b = scenario.other();
        MergeOutcome outcome = repo.outcome(a, b);
        Set<Integer> ra = repo.reachable(a);
        Set<Integer> rb = repo.reachable(b);
        Set<Integer> union = new HashSet<>(ra);
        union.addAll(rb);
        Set<Integer> onlyA = repo.range(b, a);
        Set<Integer> onlyB = repo.range(a, b);
        String log = "`git log --oneline " + a + "` then lists ";
        String whyNotUpToDate = "`" + b + "` has commits that `" + a + "` lacks (" + scenario.history().messagesOf(onlyB)
                + "), so there is something to merge.";
        String whyNotFastForward = onlyA.isEmpty() ? "" : "`" + a + "` has commits that `" + b + "` lacks ("
                + scenario.history().messagesOf(onlyA) + "), so its tip cannot simply move forward to `" + b + "`.";
        List<ChoiceSet.Option> options = new ArrayList<>();
        options.add(new ChoiceSet.Option("Git reports \"Already up to date\"; `" + a + "` does not move and "
                + log + ra.size() + " commits", outcome == MergeOutcome.UP_TO_DATE,
                outcome == MergeOutcome.UP_TO_DATE ? "Every commit of `" + b + "` is already reachable from `" + a
                        + "`, so nothing happens and the log still shows its " + ra.size() + " commits."
                        : whyNotUpToDate));
        options.add(new ChoiceSet.Option("Fast-forward: `" + a + "` moves to the tip of `" + b + "` and " + log
                + rb.size() + " commits", outcome == MergeOutcome.FAST_FORWARD,
                outcome == MergeOutcome.FAST_FORWARD ? "The tip of `" + a + "` is an ancestor of `" + b + "`, so `"
                        + a + "` just moves forward and lists exactly the " + rb.size() + " commits of `" + b + "`."
                        : outcome == MergeOutcome.UP_TO_DATE ? "Nothing moves: `" + b + "` is already contained in `"
                        + a + "`." : whyNotFastForward));
        options.add(new ChoiceSet.Option("A new merge commit is created and " + log + (union.size() + 1)
                + " commits", outcome == MergeOutcome.MERGE_COMMIT,
                outcome == MergeOutcome.MERGE_COMMIT ? whyNotFastForward + " Git records a merge commit; the log "
                        + "shows the " + union.size() + " commits of both histories plus the merge commit: "
                        + (union.size() + 1) + "."
                        : outcome == MergeOutcome.FAST_FORWARD ? "Without `--no-ff`, Git fast-forwards whenever it "
                        + "can, so no merge commit is created." : "There is nothing to merge, so no commit is made."));
        options.add(new ChoiceSet.Option("A new merge commit is created and " + log + union.size() + " commits",
                false, outcome == MergeOutcome.MERGE_COMMIT ? "A merge commit is right, but this count forgets the "
                + "merge commit itself, which is reachable from `" + a + "` too."
                : outcome == MergeOutcome.FAST_FORWARD ? "No merge commit is made here: `" + a
                + "` can fast-forward. (Had one been made, it would also be counted.)"
                : "No merge commit is made: `" + b + "` is already contained in `" + a + "`."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String stem = "Starting in an empty folder, a developer runs these commands (every commit changes some "
                + "file and no merge has conflicts):\n\n" + scenario.history().bashBlock() + "\n\nThey then run `git "
                + "switch " + a + "` followed by `git merge " + b + "`. What happens, and how many commits does `git "
                + "log --oneline " + a + "` list afterwards?";
        String verdict = outcome == MergeOutcome.UP_TO_DATE
                ? "Every commit reachable from `" + b + "` is already reachable from `" + a + "`: the merge reports "
                + "\"Already up to date\" and `" + a + "` keeps its " + ra.size() + " commits."
                : outcome == MergeOutcome.FAST_FORWARD
                ? "`" + a + "` has no commits that `" + b + "` lacks, and `" + b + "` has " + onlyB.size()
                + " that `" + a + "` lacks: a fast-forward, and `" + a + "` then lists the " + rb.size()
                + " commits reachable from `" + b + "`."
                : "Both sides have commits the other lacks (" + onlyA.size() + " only on `" + a + "`, " + onlyB.size()
                + " only on `" + b + "`): a merge commit joins them, and the log lists " + union.size()
                + " + 1 = " + (union.size() + 1) + " commits.";
        String solution = "Trace the history:\n\n" + scenario.history().walkthrough() + "\nReachable from `" + a
                + "`: " + scenario.history().messagesOf(ra) + ".\n\nReachable from `" + b + "`: "
                + scenario.history().messagesOf(rb) + ".\n\n" + verdict + "\n\nAnswer: **"
                + choices.stream().filter(Choice::correct).findFirst().orElseThrow().text() + "**.";
        List<String> hints = List.of("Compare the two sets of commits: which commits can be reached from `" + a
                        + "`, and which from `" + b + "`?",
                "If one set contains the other, no merge commit is needed.");
        double difficulty = (outcome == MergeOutcome.MERGE_COMMIT ? 0.5 : 0.1)
                + 0.08 * (scenario.history().lines.size() - 6);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.2, Math.min(1.6, difficulty), choices.size()));
    }

    /** A history with two live branches whose merge has the wanted outcome, if one turns up within a few tries. */
    private static Scenario scenario(Random random, MergeOutcome wanted) {
        Scenario fallback = null;
        for (int attempt = 0; attempt < 30 || fallback == null; attempt++) {
            GitHistory history = new GitHistory(random, RandomDraw.between(random, 3, 8));
            List<String> branches = history.repo.branches();
            if (branches.size() < 2) {
                continue;
            }
            List<String> pair = RandomDraw.sample(random, branches, 2);
            Scenario scenario = new Scenario(history, pair.get(0), pair.get(1));
            if (history.repo.outcome(pair.get(0), pair.get(1)) == wanted) {
                return scenario;
            }
            fallback = scenario;
        }
        return fallback;
    }
}
