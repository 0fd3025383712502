package org.mlready.practice.checkpoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.mlready.assessment.item.SeededRandom;

/**
 * Chooses a checkpoint quiz's questions from its random seed: about two per topic (at least {@link #MIN_QUESTIONS},
 * at most {@link #MAX_QUESTIONS}), taking the topics in turn and, within a topic, its skills in turn. For each
 * question a generated family (more than one distinct question) is preferred, so a retake with a new seed asks new
 * questions; a family is not repeated within a quiz while the skill has another. The same seed and bank always give
 * the same questions.
 */
public final class CheckpointSelection {

    public static final int QUESTIONS_PER_TOPIC = 2;
    public static final int MIN_QUESTIONS = 6;
    public static final int MAX_QUESTIONS = 10;

    /** A question family the bank offers for a skill, with how many distinct questions it can ask. */
    public record Family(String id, long distinctQuestions) {

        boolean generated() {
            return distinctQuestions > 1;
        }
    }

    /** A quiz topic and its skills, in curriculum order, each with the families that can test it. */
    public record TopicSkills(String topicId, Map<String, List<Family>> familiesBySkill) {

        public TopicSkills {
            Objects.requireNonNull(topicId, "topicId");
            familiesBySkill = new LinkedHashMap<>(familiesBySkill);
        }

        List<String> testableSkills() {
            return familiesBySkill.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        }
    }

    /** One chosen question: the family and the seed of its instance. */
    public record Question(int position, String topicId, String skillId, String familyId, long seed) {
    }

    private CheckpointSelection() {
    }

    /** How many questions a quiz over this many topics asks (before capping by the questions available). */
    public static int targetCount(int topics) {
        return Math.max(MIN_QUESTIONS, Math.min(MAX_QUESTIONS, QUESTIONS_PER_TOPIC * topics));
    }

    /**
     * The quiz's questions, in the order they are asked. Topics without any testable skill get none; the result is
     * empty only when no topic has one.
     */
    public static List<Question> select(List<TopicSkills> topics, long seed) {
        List<TopicSkills> testable = topics.stream().filter(t -> !t.testableSkills().isEmpty()).toList();
        if (testable.isEmpty()) {
            return List.of();
        }
        int count = targetCount(topics.size());
        Random random = SeededRandom.of(seed);
        int[] nextSkill = new int[testable.size()];
        Map<String, Set<String>> usedFamilies = new LinkedHashMap<>();
        List<Question> questions = new ArrayList<>();
        while (questions.size() < count) {
            for (int t = 0; t < testable.size() && questions.size() < count; t++) {
                TopicSkills topic = testable.get(t);
                List<String> skills = topic.testableSkills();
                String skill = skills.get(nextSkill[t]++ % skills.size());
                Set<String> used = usedFamilies.computeIfAbsent(skill, s -> new HashSet<>());
                String family = pick(topic.familiesBySkill().get(skill), used, random);
                used.add(family);
                questions.add(new Question(questions.size(), topic.topicId(), skill, family, random.nextInt(Integer.MAX_VALUE)));
            }
        }
        return List.copyOf(questions);
    }

    private static String pick(List<Family> families, Set<String> used, Random random) {
        List<Family> generated = families.stream().filter(Family::generated).toList();
        List<Family> preferred = generated.isEmpty() ? families : generated;
        List<Family> fresh = preferred.stream().filter(f -> !used.contains(f.id())).toList();
        List<Family> pool = fresh.isEmpty() ? preferred : fresh;
        return pool.get(random.nextInt(pool.size())).id();
    }
}
