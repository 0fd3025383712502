package org.mlready.assessment.item.software;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class GitFamilyTests {

    /**
     * An independent replay of the rendered commands: each branch is the set of commits it can reach (not a
     * parent graph), and merge commits are remembered by id.
     */
    private static final class HistorySets {
        final Map<String, Set<Integer>> branches = new HashMap<>();
        final Set<Integer> mergeCommits = new HashSet<>();
        String head = "main";
        int next;
        String outcome;

        HistorySets(List<String> commands) {
            branches.put("main", new HashSet<>());
            for (String command : commands) {
                run(command.trim());
            }
        }

        private int fresh() {
            return next++;
        }

        private void run(String command) {
            String[] words = command.split(" ");
            if (command.startsWith("git init")) {
                return;
            }
            if (command.startsWith("git commit")) {
                branches.get(head).add(fresh());
            } else if (command.startsWith("git switch -c")) {
                branches.put(words[3], new HashSet<>(branches.get(head)));
                head = words[3];
            } else if (command.startsWith("git switch")) {
                head = words[2];
            } else if (command.startsWith("git branch -D")) {
                branches.remove(words[3]);
            } else if (command.startsWith("git merge --squash")) {
                // staged only; the following git commit records one ordinary commit
                assertThat(branches.get(head).containsAll(branches.get(words[3]))).isFalse();
            } else if (command.startsWith("git merge")) {
                boolean noFf = command.contains("--no-ff");
                Set<Integer> mine = branches.get(head);
                Set<Integer> theirs = branches.get(words[words.length - 1]);
                if (mine.containsAll(theirs)) {
                    outcome = "up to date";
                } else if (theirs.containsAll(mine) && !noFf) {
                    outcome = "fast-forward";
                    branches.put(head, new HashSet<>(theirs));
                } else {
                    outcome = "merge";
                    int merge = fresh();
                    mine.addAll(theirs);
                    mine.add(merge);
                    mergeCommits.add(merge);
                }
            } else if (command.startsWith("git rebase")) {
                Set<Integer> onto = branches.get(words[2]);
                Set<Integer> mine = branches.get(head);
                Set<Integer> replay = new HashSet<>(mine);
                replay.removeAll(onto);
                replay.removeAll(mergeCommits);
                if (!mine.containsAll(onto)) {
                    Set<Integer> rebased = new HashSet<>(onto);
                    replay.forEach(c -> rebased.add(fresh()));
                    branches.put(head, rebased);
                }
            } else {
                throw new AssertionError("unexpected command " + command);
            }
        }
    }

    @Test
    void logCountsMatchASetReplayOfTheCommands() {
        GitLogCountFamily family = new GitLogCountFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            HistorySets sets = new HistorySets(StemReading.fences(item.stem(), "bash").get(0));
            String target = StemReading.find(item.stem(), "`git log --oneline ([^`]+)` print");
            Set<Integer> listed;
            if (target.contains("..")) {
                String[] ends = target.split("\\.\\.");
                listed = new HashSet<>(sets.branches.get(ends[1]));
                listed.removeAll(sets.branches.get(ends[0]));
            } else {
                listed = sets.branches.get(target);
            }
            assertThat(StemReading.numericKey(item)).as(item.stem()).isEqualTo(listed.size());
        }
    }

    @Test
    void mergeOutcomeMatchesASetReplayOfTheCommands() {
        GitMergeOutcomeFamily family = new GitMergeOutcomeFamily();
        Map<String, Integer> outcomes = new HashMap<>();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<String> commands = new java.util.ArrayList<>(StemReading.fences(item.stem(), "bash").get(0));
            String into = StemReading.find(item.stem(), "`git switch ([^`]+)` followed");
            String other = StemReading.find(item.stem(), "followed by `git merge ([^`]+)`");
            commands.add("git switch " + into);
            commands.add("git merge " + other);
            HistorySets sets = new HistorySets(commands);
            outcomes.merge(sets.outcome, 1, Integer::sum);
            String correct = StemReading.correctTexts(item).get(0);
            int count = Integer.parseInt(StemReading.find(correct, "lists (\\d+) commits"));
            assertThat(count).as(item.stem()).isEqualTo(sets.branches.get(into).size());
            String expectedStart = switch (sets.outcome) {
                case "up to date" -> "Git reports \"Already up to date\"";
                case "fast-forward" -> "Fast-forward";
                default -> "A new merge commit";
            };
            assertThat(correct).as(item.stem()).startsWith(expectedStart);
        }
        assertThat(outcomes.values()).allMatch(n -> n > 300);
    }
}
