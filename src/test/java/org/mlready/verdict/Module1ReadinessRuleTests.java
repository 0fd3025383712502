package org.mlready.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.Topic;
import org.mlready.support.TestCurriculum;
import org.mlready.verdict.LearnerEvidence.CheckEvidence;
import org.mlready.verdict.LearnerEvidence.HandsOnEvidence;
import org.mlready.verdict.LearnerEvidence.LabEvidence;
import org.mlready.verdict.LearnerEvidence.SkillPractice;
import org.mlready.verdict.Module1Verdict.Source;
import org.mlready.verdict.Module1Verdict.TopicStatus;
import org.mlready.verdict.Module1Verdict.TopicVerdict;

/** The Module 1 rule on the real curriculum, at each of its bars. */
class Module1ReadinessRuleTests {

    static final Curriculum CURRICULUM = TestCurriculum.load();
    static final Module1ReadinessRule RULE = new Module1ReadinessRule(CURRICULUM);
    static final String HANDS_ON = "technical-skills-validation";
    static final LocalDate CHECKED = LocalDate.of(2026, 11, 20);
    static final LocalDate PASSED = LocalDate.of(2026, 11, 21);
    static final List<String> LABS = List.of("regression", "eda", "classification", "visualisation");

    static HandsOnEvidence labs(int passed) {
        return new HandsOnEvidence(HANDS_ON, java.util.stream.IntStream.range(0, LABS.size()).mapToObj(i -> new LabEvidence(
                LABS.get(i), "Lab " + LABS.get(i), "/labs/" + LABS.get(i), i < passed ? PASSED : null)).toList());
    }

    static LearnerEvidence evidence(Set<String> studied, CheckEvidence check, Map<String, SkillPractice> practice, int labsPassed) {
        return new LearnerEvidence(studied, check, practice, labs(labsPassed));
    }

    static CheckEvidence check(Map<String, Double> p) {
        return new CheckEvidence(7, CHECKED, p);
    }

    static Map<String, Double> everyTopicAt(double p) {
        return CURRICULUM.topics().stream().collect(Collectors.toMap(Topic::id, t -> p));
    }

    static Map<String, SkillPractice> practised(String topicId, double mastery, int answers) {
        return CURRICULUM.topic(topicId).orElseThrow().skills().stream()
                .collect(Collectors.toMap(Skill::id, s -> new SkillPractice(mastery, answers)));
    }

    static TopicVerdict topic(Module1Verdict verdict, String id) {
        return verdict.areas().stream().flatMap(a -> a.topics().stream()).filter(t -> t.topicId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aLearnerWithNoEvidenceMissesAllTwentyOneTopicsInPrerequisiteOrder() {
        Module1Verdict verdict = RULE.decide(evidence(Set.of(), null, Map.of(), 0));
        assertThat(verdict.status()).isEqualTo(Module1Verdict.Overall.NOT_YET);
        assertThat(verdict.demonstrated()).isZero();
        assertThat(verdict.total()).isEqualTo(21);
        assertThat(verdict.areas()).hasSize(CURRICULUM.studyAreas().size());
        assertThat(verdict.missing()).extracting(TopicVerdict::topicId).containsExactlyElementsOf(CURRICULUM.graph().order());
        for (int i = 0; i < verdict.missing().size(); i++) {
            String id = verdict.missing().get(i).topicId();
            List<String> before = verdict.missing().subList(0, i).stream().map(TopicVerdict::topicId).toList();
            assertThat(before).as("prerequisites of " + id + " come first").containsAll(CURRICULUM.graph().allPrerequisitesOf(id));
        }
        assertThat(verdict.headline()).isEqualTo("Not yet ready for Module 1: ML Fundamentals. 0 of 21 topics demonstrated, 21 to go.");
        TopicVerdict algebra = topic(verdict, "linear-algebra");
        assertThat(algebra.status()).isEqualTo(TopicStatus.NOT_DEMONSTRATED);
        assertThat(algebra.evidence()).isEmpty();
        assertThat(algebra.next()).extracting(Module1Verdict.NextAction::href)
                .containsExactly("/topics/linear-algebra/practice", "/readiness");
        assertThat(algebra.next().get(1).label()).isEqualTo("Take the readiness check");
        assertThat(topic(verdict, HANDS_ON).next()).extracting(Module1Verdict.NextAction::href)
                .containsExactly("/labs/regression", "/labs/eda", "/labs/classification", "/labs/visualisation");
    }

    @Test
    void theLatestCheckShowsATopicFromPMasteredPointNineUp() {
        Map<String, Double> p = new HashMap<>();
        p.put("linear-algebra", 0.9);
        p.put("calculus-optimization", Math.nextDown(0.9));
        p.put("python-programming", 0.94);
        Module1Verdict verdict = RULE.decide(evidence(Set.of(), check(p), Map.of(), 0));
        TopicVerdict atBar = topic(verdict, "linear-algebra");
        assertThat(atBar.status()).isEqualTo(TopicStatus.DEMONSTRATED);
        assertThat(atBar.evidence()).containsExactly(new Module1Verdict.Evidence(Source.READINESS_CHECK, true,
                "readiness check of 2026-11-20: P(mastered) 0.90"));
        assertThat(atBar.next()).isEmpty();
        assertThat(topic(verdict, "python-programming").evidence().get(0).text())
                .isEqualTo("readiness check of 2026-11-20: P(mastered) 0.94");
        TopicVerdict below = topic(verdict, "calculus-optimization");
        assertThat(below.status()).isEqualTo(TopicStatus.NOT_DEMONSTRATED);
        assertThat(below.evidence()).containsExactly(new Module1Verdict.Evidence(Source.READINESS_CHECK, false,
                "readiness check of 2026-11-20: P(mastered) 0.89, below 0.90"));
        assertThat(below.next()).extracting(Module1Verdict.NextAction::label).contains("Retake the readiness check");
        assertThat(verdict.demonstrated()).isEqualTo(2);
    }

    @Test
    void practiceShowsATopicWhenEverySkillReachesTheMasteryAndAnswerBars() {
        String topic = "linear-algebra";
        int skills = CURRICULUM.topic(topic).orElseThrow().skills().size();
        assertThat(skills).isGreaterThan(1);
        var atBars = practised(topic, 0.95, 4);
        TopicVerdict shown = topic(RULE.decide(evidence(Set.of(), null, atBars, 0)), topic);
        assertThat(shown.status()).isEqualTo(TopicStatus.DEMONSTRATED);
        assertThat(shown.evidence()).containsExactly(new Module1Verdict.Evidence(Source.PRACTICE, true,
                "practice: " + 4 * skills + " answers, mastery 0.95 or more on " + skills + "/" + skills + " skills"));

        String first = CURRICULUM.topic(topic).orElseThrow().skills().get(0).id();
        var lowMastery = new HashMap<>(atBars);
        lowMastery.put(first, new SkillPractice(Math.nextDown(0.95), 20));
        var fewAnswers = new HashMap<>(atBars);
        fewAnswers.put(first, new SkillPractice(0.99, 3));
        var unpractised = new HashMap<>(atBars);
        unpractised.remove(first);
        for (var practice : List.of(lowMastery, fewAnswers, unpractised)) {
            TopicVerdict missing = topic(RULE.decide(evidence(Set.of(), null, practice, 0)), topic);
            assertThat(missing.status()).as(practice.toString()).isEqualTo(TopicStatus.NOT_DEMONSTRATED);
            assertThat(missing.evidence()).singleElement().satisfies(e -> {
                assertThat(e.shows()).isFalse();
                assertThat(e.text()).endsWith((skills - 1) + "/" + skills + " skills at mastery 0.95 with 4 or more answers");
            });
            assertThat(missing.next().get(0)).isEqualTo(new Module1Verdict.NextAction("Practise Linear Algebra Fundamentals until every skill is mastered ("
                    + (skills - 1) + "/" + skills + " so far)", "/topics/linear-algebra/practice"));
        }
    }

    @Test
    void eitherSourceSufficesAndBothAreShown() {
        String topic = "linear-algebra";
        TopicVerdict both = topic(RULE.decide(evidence(Set.of(), check(Map.of(topic, 0.3)), practised(topic, 0.97, 5), 0)), topic);
        assertThat(both.status()).isEqualTo(TopicStatus.DEMONSTRATED);
        assertThat(both.evidence()).extracting(Module1Verdict.Evidence::source, Module1Verdict.Evidence::shows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Source.READINESS_CHECK, false),
                        org.assertj.core.groups.Tuple.tuple(Source.PRACTICE, true));
    }

    @Test
    void aTopicOnlyMarkedStudiedIsStudiedNotYetDemonstrated() {
        Module1Verdict verdict = RULE.decide(evidence(Set.of("linear-algebra", "python-programming"),
                check(Map.of("python-programming", 0.95)), Map.of(), 0));
        assertThat(topic(verdict, "linear-algebra").status()).isEqualTo(TopicStatus.STUDIED_NOT_DEMONSTRATED);
        assertThat(topic(verdict, "linear-algebra").status().label()).isEqualTo("Studied, not yet demonstrated");
        assertThat(topic(verdict, "python-programming").status()).isEqualTo(TopicStatus.DEMONSTRATED);
        assertThat(verdict.missing()).extracting(TopicVerdict::topicId).contains("linear-algebra").doesNotContain("python-programming");
    }

    @Test
    void theHandsOnTopicNeedsEveryLabWhateverTheCheckAndPracticeSay() {
        Map<String, SkillPractice> practice = practised(HANDS_ON, 0.99, 10);
        for (int passed = 0; passed < LABS.size(); passed++) {
            TopicVerdict handsOn = topic(RULE.decide(evidence(Set.of(HANDS_ON), check(everyTopicAt(1.0)), practice, passed)), HANDS_ON);
            assertThat(handsOn.status()).as(passed + " labs passed").isEqualTo(TopicStatus.STUDIED_NOT_DEMONSTRATED);
            assertThat(handsOn.evidence()).allMatch(e -> e.source() == Source.LAB).hasSize(LABS.size());
            assertThat(handsOn.next()).hasSize(LABS.size() - passed);
        }
        TopicVerdict passed = topic(RULE.decide(evidence(Set.of(), null, Map.of(), LABS.size())), HANDS_ON);
        assertThat(passed.status()).isEqualTo(TopicStatus.DEMONSTRATED);
        assertThat(passed.evidence()).extracting(Module1Verdict.Evidence::text)
                .containsExactly("lab: Lab regression passed 2026-11-21", "lab: Lab eda passed 2026-11-21",
                        "lab: Lab classification passed 2026-11-21", "lab: Lab visualisation passed 2026-11-21");
        assertThat(passed.next()).isEmpty();
        TopicVerdict noLabs = topic(RULE.decide(new LearnerEvidence(Set.of(), null, Map.of(), new HandsOnEvidence(HANDS_ON, List.of()))), HANDS_ON);
        assertThat(noLabs.status()).as("no labs, nothing to pass: not demonstrated").isEqualTo(TopicStatus.NOT_DEMONSTRATED);
    }

    @Test
    void readyExactlyWhenEveryTopicIsDemonstrated() {
        Module1Verdict ready = RULE.decide(evidence(Set.of(), check(everyTopicAt(0.9)), Map.of(), LABS.size()));
        assertThat(ready.status()).isEqualTo(Module1Verdict.Overall.READY);
        assertThat(ready.missing()).isEmpty();
        assertThat(ready.demonstrated()).isEqualTo(21);
        assertThat(ready.headline()).isEqualTo("Ready for Module 1: ML Fundamentals. All 21 topics are demonstrated.");

        Module1Verdict oneLabShort = RULE.decide(evidence(Set.of(), check(everyTopicAt(1.0)), Map.of(), LABS.size() - 1));
        assertThat(oneLabShort.status()).isEqualTo(Module1Verdict.Overall.NOT_YET);
        assertThat(oneLabShort.missing()).extracting(TopicVerdict::topicId).containsExactly(HANDS_ON);

        Map<String, Double> oneTopicShort = new HashMap<>(everyTopicAt(1.0));
        String somewhere = CURRICULUM.graph().order().stream().filter(id -> !id.equals(HANDS_ON)).findFirst().orElseThrow();
        oneTopicShort.put(somewhere, Math.nextDown(0.9));
        Module1Verdict short1 = RULE.decide(evidence(Set.of(), check(oneTopicShort), Map.of(), LABS.size()));
        assertThat(short1.status()).isEqualTo(Module1Verdict.Overall.NOT_YET);
        assertThat(short1.missing()).extracting(TopicVerdict::topicId).containsExactly(somewhere);
        assertThat(short1.demonstrated()).isEqualTo(20);
    }

    @Test
    void probabilitiesAreCutNotRoundedToTwoDecimals() {
        assertThat(Module1ReadinessRule.cut(0.9)).isEqualTo("0.90");
        assertThat(Module1ReadinessRule.cut(Math.nextDown(0.9))).isEqualTo("0.89");
        assertThat(Module1ReadinessRule.cut(0.95)).isEqualTo("0.95");
        assertThat(Module1ReadinessRule.cut(0.949999)).isEqualTo("0.94");
        assertThat(Module1ReadinessRule.cut(0.999)).isEqualTo("0.99");
        assertThat(Module1ReadinessRule.cut(1.0)).isEqualTo("1.00");
        assertThat(Module1ReadinessRule.cut(0.0)).isEqualTo("0.00");
    }

    static LearnerEvidence withSqlLab(Map<String, SkillPractice> practice, LocalDate passedOn) {
        var sql = new LearnerEvidence.SkillLabEvidence(new LabEvidence("sql", "SQL tasks", "/labs/sql", passedOn),
                Set.of("relational-sql", "warehousing-etl"));
        return new LearnerEvidence(Set.of(), null, practice, labs(0), List.of(sql));
    }

    @Test
    void thePassedSqlLabShowsTwoOfTheThreeDatabaseSkillsAndPracticeTheThird() {
        TopicVerdict labOnly = topic(RULE.decide(withSqlLab(Map.of(), PASSED)), "databases-sql");
        assertThat(labOnly.status()).isEqualTo(TopicStatus.NOT_DEMONSTRATED);
        assertThat(labOnly.evidence()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(Source.LAB);
            assertThat(e.shows()).isFalse();
            assertThat(e.text()).isEqualTo("lab: SQL tasks passed 2026-11-21, showing 2/3 skills");
        });
        assertThat(labOnly.next().get(0).label()).isEqualTo("Practise Database Systems and SQL until every skill is mastered (2/3 so far)");

        Map<String, SkillPractice> nosql = Map.of("nosql-modelling", new SkillPractice(0.97, 5));
        TopicVerdict both = topic(RULE.decide(withSqlLab(nosql, PASSED)), "databases-sql");
        assertThat(both.status()).isEqualTo(TopicStatus.DEMONSTRATED);
        assertThat(both.next()).isEmpty();
        assertThat(both.evidence()).filteredOn(e -> e.source() == Source.PRACTICE).singleElement().satisfies(e -> {
            assertThat(e.shows()).isTrue();
            assertThat(e.text()).isEqualTo("practice: 5 answers, mastery 0.97 or more on 3/3 skills (2 of them shown by a lab)");
        });

        TopicVerdict notPassed = topic(RULE.decide(withSqlLab(nosql, null)), "databases-sql");
        assertThat(notPassed.status()).isEqualTo(TopicStatus.NOT_DEMONSTRATED);
        assertThat(notPassed.evidence()).filteredOn(e -> e.source() == Source.LAB).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo("lab: SQL tasks not passed yet (it would show 2/3 skills)"));
        assertThat(notPassed.next()).extracting(Module1Verdict.NextAction::href).contains("/labs/sql");
        assertThat(topic(RULE.decide(withSqlLab(Map.of(), PASSED)), "linear-algebra").evidence())
                .as("the lab says nothing about other topics").isEmpty();
    }
}
