package org.mlready.assessment.item.software;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mlready.assessment.item.RandomDraw;

/**
 * A random but realistic sequence of Git commands (commits, feature branches, merges, squash merges, rebases) with
 * the repository it produces and a note per command for worked solutions. Branches are created from {@code main}
 * only, squash merges go into {@code main} and delete the branch, and only linear work is rebased, so every script
 * means what a learner would expect without conflicts or surprises.
 */
final class GitHistory {

    private static final List<String> BRANCH_NAMES = List.of("feature", "bugfix", "refactor", "docs", "experiment",
            "tokenizer", "loader", "metrics");
    private static final List<String> MESSAGES = List.of("add loader", "fix typo", "add tests", "tune lr",
            "clean data", "add cli", "log metrics", "fix nan", "add docs", "rename vars", "add cache", "split module",
            "bump deps", "add plots", "speed up io", "fix seed", "add schema", "drop dead code", "add retries",
            "fix encoding", "add config", "fix imports", "add readme", "trim logs", "add batching", "fix shape");

    final GitRepo repo = new GitRepo();
    final List<String> lines = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    private final Random random;
    private final List<String> messages;
    private int nextMessage;

    GitHistory(Random random, int steps) {
        this.random = random;
        this.messages = RandomDraw.sample(random, MESSAGES, MESSAGES.size());
        lines.add("git init -b main");
        notes.add("empty repository on `main`");
        for (int i = 0, initial = RandomDraw.between(random, 1, 2); i < initial; i++) {
            commit();
        }
        createBranch();
        commit();
        for (int i = 0; i < steps; i++) {
            step();
        }
    }

    private void step() {
        String head = repo.head();
        List<String> others = new ArrayList<>(repo.branches());
        others.remove(head);
        int kind = random.nextInt(10);
        if (kind < 4 || others.isEmpty()) {
            commit();
        } else if (kind < 6) {
            switchTo(RandomDraw.pick(random, others));
        } else if (head.equals("main")) {
            List<String> ahead = others.stream().filter(b -> !repo.range("main", b).isEmpty()).toList();
            if (kind == 6 && repo.branches().size() < 4) {
                createBranch();
            } else if (ahead.isEmpty()) {
                commit();
            } else if (kind == 9) {
                squash(RandomDraw.pick(random, ahead));
            } else {
                merge(RandomDraw.pick(random, ahead), kind == 8);
            }
        } else if (kind < 8 && !repo.range(head, "main").isEmpty()) {
            merge("main", false);
        } else if (!repo.range(head, "main").isEmpty() && !repo.hasMergeCommit(repo.range("main", head))) {
            rebase();
        } else {
            commit();
        }
    }

    private String nextMessage() {
        return messages.get(nextMessage++ % messages.size());
    }

    private void commit() {
        String message = nextMessage();
        lines.add("git commit -m \"" + message + "\"");
        GitRepo.Commit c = repo.commit(message);
        notes.add("new commit \"" + message + "\" on `" + repo.head() + "`"
                + (c.parents().isEmpty() ? " (the root commit)" : ""));
    }

    private void createBranch() {
        if (!repo.head().equals("main")) {
            switchTo("main");
        }
        String name = RandomDraw.pick(random, BRANCH_NAMES.stream().filter(b -> !repo.hasBranch(b)).toList());
        lines.add("git switch -c " + name);
        repo.createAndSwitch(name);
        notes.add("`" + name + "` created at the tip of `main`, now checked out");
    }

    private void switchTo(String branch) {
        lines.add("git switch " + branch);
        repo.switchTo(branch);
        notes.add("`" + branch + "` checked out, no commit created");
    }

    private void merge(String other, boolean noFastForward) {
        String head = repo.head();
        lines.add("git merge " + (noFastForward ? "--no-ff " : "") + other);
        GitRepo.MergeOutcome outcome = repo.merge(other, noFastForward, "Merge branch '" + other + "'");
        if (outcome == GitRepo.MergeOutcome.FAST_FORWARD) {
            notes.add("fast-forward: `" + head + "` moves to the tip of `" + other + "`, no new commit");
        } else {
            notes.add("new merge commit on `" + head + "` with two parents (the old tip of `" + head
                    + "` and the tip of `" + other + "`)" + (noFastForward ? "; `--no-ff` forbids a fast-forward" : ""));
        }
    }

    private void squash(String other) {
        String message = "squash " + other;
        lines.add("git merge --squash " + other);
        lines.add("git commit -m \"" + message + "\"");
        lines.add("git branch -D " + other);
        repo.commit(message);
        repo.delete(other);
        notes.add("the changes of `" + other + "` staged without recording a merge");
        notes.add("one ordinary commit \"" + message + "\" on `main` (one parent: `" + other
                + "`'s commits do not become reachable from `main`)");
        notes.add("`" + other + "` deleted; its commits are no longer reachable from any branch");
    }

    private void rebase() {
        String head = repo.head();
        lines.add("git rebase main");
        int replayed = repo.rebase("main");
        notes.add(replayed + " commit" + (replayed == 1 ? "" : "s") + " of `" + head + "` not on `main` replayed "
                + "on top of `main` as new commit" + (replayed == 1 ? "" : "s") + " with the same messages; the "
                + "old ones are no longer reachable from `" + head + "`");
    }

    String bashBlock() {
        return "```bash\n" + String.join("\n", lines) + "\n```";
    }

    /** The commands with what each did, as a Markdown table for the worked solution. */
    String walkthrough() {
        StringBuilder out = new StringBuilder("| command | effect |\n| --- | --- |\n");
        for (int i = 0; i < lines.size(); i++) {
            out.append("| `").append(lines.get(i)).append("` | ").append(notes.get(i)).append(" |\n");
        }
        return out.toString();
    }

    String messagesOf(java.util.Collection<Integer> ids) {
        List<String> names = new ArrayList<>();
        ids.stream().sorted().forEach(id -> names.add("\"" + repo.commit(id).message() + "\""));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
