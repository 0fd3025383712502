package org.mlready.practice.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mlready.practice.checkpoint.CheckpointSelection.Family;
import org.mlready.practice.checkpoint.CheckpointSelection.Question;
import org.mlready.practice.checkpoint.CheckpointSelection.TopicSkills;

class CheckpointSelectionTests {

    private static final Family GENERATED_A = new Family("gen-a", 500);
    private static final Family GENERATED_B = new Family("gen-b", 40);
    private static final Family AUTHORED = new Family("authored", 1);

    /** A topic whose skills are named topic-1, topic-2, ... each with the given families. */
    private static TopicSkills topic(String id, int skills, List<Family> families) {
        Map<String, List<Family>> bySkill = new LinkedHashMap<>();
        for (int s = 1; s <= skills; s++) {
            bySkill.put(id + "-" + s, families);
        }
        return new TopicSkills(id, bySkill);
    }

    private static Map<String, Long> perTopic(List<Question> questions) {
        return questions.stream().collect(Collectors.groupingBy(Question::topicId, Collectors.counting()));
    }

    @Test
    void asksTwoPerTopicBetweenSixAndTen() {
        assertThat(CheckpointSelection.targetCount(1)).isEqualTo(6);
        assertThat(CheckpointSelection.targetCount(3)).isEqualTo(6);
        assertThat(CheckpointSelection.targetCount(4)).isEqualTo(8);
        assertThat(CheckpointSelection.targetCount(5)).isEqualTo(10);
        assertThat(CheckpointSelection.targetCount(9)).isEqualTo(10);

        List<Question> four = CheckpointSelection.select(List.of(topic("a", 3, List.of(GENERATED_A)),
                topic("b", 2, List.of(GENERATED_A)), topic("c", 1, List.of(GENERATED_A)), topic("d", 4, List.of(GENERATED_A))), 7);
        assertThat(four).hasSize(8);
        assertThat(perTopic(four)).containsExactlyInAnyOrderEntriesOf(Map.of("a", 2L, "b", 2L, "c", 2L, "d", 2L));
        assertThat(four).extracting(Question::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void takesTopicsInTurnAndEachTopicsSkillsInTurn() {
        List<Question> questions = CheckpointSelection.select(List.of(topic("a", 3, List.of(GENERATED_A)),
                topic("b", 2, List.of(GENERATED_B))), 11);
        assertThat(questions).extracting(Question::topicId).containsExactly("a", "b", "a", "b", "a", "b");
        assertThat(questions).extracting(Question::skillId).containsExactly("a-1", "b-1", "a-2", "b-2", "a-3", "b-1");
    }

    @Test
    void oneTopicIsStillASixQuestionQuizOverAllItsSkills() {
        List<Question> questions = CheckpointSelection.select(List.of(topic("solo", 4, List.of(GENERATED_A))), 3);
        assertThat(questions).hasSize(6);
        assertThat(questions).extracting(Question::skillId).containsExactly("solo-1", "solo-2", "solo-3", "solo-4", "solo-1", "solo-2");
    }

    @Test
    void manyTopicsAreCappedAtTenQuestionsOnePerTopicFirst() {
        List<TopicSkills> topics = new java.util.ArrayList<>();
        for (int t = 0; t < 12; t++) {
            topics.add(topic("t" + t, 2, List.of(GENERATED_A)));
        }
        List<Question> questions = CheckpointSelection.select(topics, 5);
        assertThat(questions).hasSize(10);
        assertThat(perTopic(questions).values()).containsOnly(1L);
    }

    @Test
    void prefersGeneratedFamiliesAndSkipsSkillsAndTopicsWithoutQuestions() {
        Map<String, List<Family>> skills = new LinkedHashMap<>();
        skills.put("empty-skill", List.of());
        skills.put("mixed", List.of(AUTHORED, GENERATED_A, GENERATED_B));
        List<Question> questions = CheckpointSelection.select(List.of(new TopicSkills("x", skills),
                new TopicSkills("nothing", Map.of("bare", List.of()))), 99);
        assertThat(questions).hasSize(6);
        assertThat(questions).extracting(Question::topicId).containsOnly("x");
        assertThat(questions).extracting(Question::skillId).containsOnly("mixed");
        assertThat(questions).extracting(Question::familyId).doesNotContain("authored").contains("gen-a", "gen-b");
        assertThat(CheckpointSelection.select(List.of(new TopicSkills("nothing", Map.of("bare", List.of()))), 1)).isEmpty();
    }

    @Test
    void authoredOnlySkillsDoNotRepeatAQuestionWhileAnotherIsLeft() {
        List<Family> authored = List.of(new Family("q1", 1), new Family("q2", 1), new Family("q3", 1));
        List<Question> questions = CheckpointSelection.select(List.of(topic("a", 1, authored)), 4);
        assertThat(questions.subList(0, 3)).extracting(Question::familyId).containsExactlyInAnyOrder("q1", "q2", "q3");
    }

    @Test
    void theSameSeedGivesTheSameQuizAndANewSeedNewQuestions() {
        List<TopicSkills> topics = List.of(topic("a", 2, List.of(GENERATED_A, GENERATED_B)), topic("b", 3, List.of(GENERATED_A)));
        assertThat(CheckpointSelection.select(topics, 42)).isEqualTo(CheckpointSelection.select(topics, 42));
        Map<Long, Integer> distinctQuizzes = new HashMap<>();
        for (long seed = 0; seed < 50; seed++) {
            distinctQuizzes.merge((long) CheckpointSelection.select(topics, seed).hashCode(), 1, Integer::sum);
        }
        assertThat(distinctQuizzes).hasSize(50);
        assertThat(CheckpointSelection.select(topics, 1)).extracting(Question::seed).allMatch(s -> s >= 0);
    }
}
