package org.mlready.assessment.item.software;

import java.util.ArrayList;
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

/** How many commits {@code git log --oneline} lists for a branch or a range after a generated script of commands. */
public final class GitLogCountFamily extends GeneratedItemFamily {

    public GitLogCountFamily() {
        super("git-log-count", "git-collaboration", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        GitHistory history = new GitHistory(random, RandomDraw.between(random, 4, 9));
        GitRepo repo = history.repo;
        List<String> branches = repo.branches();
        boolean askRange = branches.size() > 1 && random.nextInt(3) > 0;
        String target;
        String command;
        Set<Integer> listed;
        String derivation;
        if (askRange) {
            List<String> pair = RandomDraw.sample(random, branches, 2);
            String from = pair.get(0);
            String to = pair.get(1);
            target = from + ".." + to;
            command = "git log --oneline " + target;
            listed = repo.range(from, to);
            Set<Integer> toSet = repo.reachable(to);
            derivation = "`" + target + "` means: commits reachable from `" + to + "` but not from `" + from + "`.\n\n"
                    + "- Reachable from `" + to + "` (" + toSet.size() + "): " + history.messagesOf(toSet) + ".\n"
                    + "- Of these, not reachable from `" + from + "`: " + history.messagesOf(listed) + ".";
        } else {
            target = RandomDraw.pick(random, branches);
            command = "git log --oneline " + target;
            listed = repo.reachable(target);
            derivation = "`git log` lists every commit reachable from the tip of `" + target + "` by following "
                    + "parent links (both parents of a merge commit): " + history.messagesOf(listed) + ".";
        }
        int answer = listed.size();
        String stem = "Starting in an empty folder, a developer runs these commands (every commit changes some "
                + "file and no merge has conflicts):\n\n" + history.bashBlock() + "\n\nHow many commits does `"
                + command + "` print afterwards? Answer with a whole number.";
        String solution = "Follow the history command by command:\n\n" + history.walkthrough() + "\n" + derivation
                + "\n\nAnswer: **" + answer + "**.";
        List<String> hints = new ArrayList<>();
        hints.add("Draw the commit graph as you go: each commit points to its parent, and a branch is just a "
                + "pointer to one commit.");
        hints.add(askRange ? "`A..B` lists what is reachable from `B` and not from `A`."
                : "Count everything reachable from the branch tip, following both parents of merge commits.");
        hints.add("A fast-forward merge adds no commit, `--no-ff` adds a merge commit, a squash merge adds one "
                + "ordinary commit, and a rebase replaces commits with new copies.");
        long merges = history.lines.stream().filter(l -> l.startsWith("git merge") || l.startsWith("git rebase"))
                .count();
        double difficulty = -0.4 + (askRange ? 0.5 : 0) + 0.15 * merges;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.2, Math.min(1.8, difficulty)));
    }
}
