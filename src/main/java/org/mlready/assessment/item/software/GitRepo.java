package org.mlready.assessment.item.software;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A tiny in-memory commit graph that follows the Git commands used by the generated scripts. */
final class GitRepo {

    record Commit(int id, String message, List<Integer> parents) {
    }

    enum MergeOutcome { UP_TO_DATE, FAST_FORWARD, MERGE_COMMIT }

    private final List<Commit> commits = new ArrayList<>();
    private final Map<String, Integer> branches = new LinkedHashMap<>();
    private String head = "main";

    String head() {
        return head;
    }

    List<String> branches() {
        return new ArrayList<>(branches.keySet());
    }

    boolean hasBranch(String name) {
        return branches.containsKey(name);
    }

    Commit tip(String branch) {
        return commits.get(branches.get(branch));
    }

    Commit commit(int id) {
        return commits.get(id);
    }

    Commit commit(String message) {
        return add(message, branches.containsKey(head) ? List.of(branches.get(head)) : List.of());
    }

    void createAndSwitch(String name) {
        branches.put(name, branches.get(head));
        head = name;
    }

    void switchTo(String name) {
        head = name;
    }

    void delete(String name) {
        branches.remove(name);
    }

    MergeOutcome outcome(String into, String other) {
        Set<Integer> mine = reachable(into);
        if (mine.contains(branches.get(other))) {
            return MergeOutcome.UP_TO_DATE;
        }
        return reachable(other).contains(branches.get(into)) ? MergeOutcome.FAST_FORWARD : MergeOutcome.MERGE_COMMIT;
    }

    MergeOutcome merge(String other, boolean noFastForward, String message) {
        MergeOutcome outcome = outcome(head, other);
        if (outcome == MergeOutcome.FAST_FORWARD && !noFastForward) {
            branches.put(head, branches.get(other));
        } else if (outcome != MergeOutcome.UP_TO_DATE) {
            add(message, List.of(branches.get(head), branches.get(other)));
            outcome = MergeOutcome.MERGE_COMMIT;
        }
        return outcome;
    }

    /** Replays the commits of {@code head} not in {@code onto} on top of {@code onto}; returns how many. */
    int rebase(String onto) {
        List<Integer> replay = new ArrayList<>(range(onto, head));
        replay.sort(null);
        branches.put(head, branches.get(onto));
        for (int id : replay) {
            add(commits.get(id).message(), List.of(branches.get(head)));
        }
        return replay.size();
    }

    Set<Integer> reachable(String branch) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(branches.get(branch)));
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(commits.get(id).parents());
            }
        }
        return seen;
    }

    /** The commits {@code git log from..to} lists: reachable from {@code to} but not from {@code from}. */
    Set<Integer> range(String from, String to) {
        Set<Integer> out = reachable(to);
        out.removeAll(reachable(from));
        return out;
    }

    boolean hasMergeCommit(Set<Integer> ids) {
        return ids.stream().anyMatch(id -> commits.get(id).parents().size() > 1);
    }

    private Commit add(String message, List<Integer> parents) {
        Commit commit = new Commit(commits.size(), message, parents);
        commits.add(commit);
        branches.put(head, commit.id());
        return commit;
    }
}
