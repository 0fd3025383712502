package org.mlready.practice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Chooses what to practise next in a topic: the least-mastered skill that has exercises (ties broken at random),
 * avoiding a question family the learner has just seen when the skill has others.
 */
final class PracticePicker {

    record Pick(String skillId, String familyId, long seed) {
    }

    private PracticePicker() {
    }

    static Pick pick(Map<String, List<String>> familiesBySkill, Map<String, Double> mastery, Set<String> recentFamilies,
                     Random random) {
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
        List<String> fresh = families.stream().filter(f -> !recentFamilies.contains(f)).toList();
        List<String> pool = fresh.isEmpty() ? families : fresh;
        return new Pick(skill, pool.get(random.nextInt(pool.size())), random.nextInt(Integer.MAX_VALUE));
    }
}
