package org.mlready.practice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Chooses what to practise next in a topic: the least-mastered skill that has exercises (ties broken at random),
 * avoiding a question family the learner has just seen, and an authored question they already answered right, when
 * the skill has others (a generator always has a new question).
 */
final class PracticePicker {

    record Pick(String skillId, String familyId, long seed) {
    }

    private PracticePicker() {
    }

    static Pick pick(Map<String, List<String>> familiesBySkill, Map<String, Double> mastery, Set<String> recentFamilies,
                     Random random) {
        return pick(familiesBySkill, mastery, recentFamilies, Set.of(), random);
    }

    /** @param solved single-question families the learner already answered right */
    static Pick pick(Map<String, List<String>> familiesBySkill, Map<String, Double> mastery, Set<String> recentFamilies,
                     Set<String> solved, Random random) {
        if (familiesBySkill.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("no exercises for these skills");
        }
        List<String> skills = familiesBySkill.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        double lowest = skills.stream().mapToDouble(s -> mastery.getOrDefault(s, 0.0)).min().orElseThrow();
        List<String> weakest = skills.stream().filter(s -> mastery.getOrDefault(s, 0.0) <= lowest + 0.05)
                .sorted(Comparator.naturalOrder()).toList();
        String skill = weakest.get(random.nextInt(weakest.size()));
        List<String> families = familiesBySkill.get(skill);
        List<String> pool = firstNonEmpty(
                families.stream().filter(f -> !recentFamilies.contains(f) && !solved.contains(f)).toList(),
                families.stream().filter(f -> !solved.contains(f)).toList(),
                families.stream().filter(f -> !recentFamilies.contains(f)).toList(),
                families);
        return new Pick(skill, pool.get(random.nextInt(pool.size())), random.nextInt(Integer.MAX_VALUE));
    }

    @SafeVarargs
    private static List<String> firstNonEmpty(List<String>... candidates) {
        for (List<String> candidate : candidates) {
            if (!candidate.isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("a skill with exercises always has a pool");
    }
}
