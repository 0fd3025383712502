package org.mlready.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The replay checked against knowledge tracing worked out by hand: each expected estimate is the closed-form Bayes
 * update over exact fractions (commons-math3), written out here rather than taken from {@link KnowledgeTracing}.
 */
class MasteryTimelineTests {

    private static final BigFraction INITIAL = new BigFraction(1, 5);
    private static final BigFraction LEARN = new BigFraction(3, 20);
    private static final BigFraction SLIP = new BigFraction(1, 10);
    private static final BigFraction GUESS = new BigFraction(1, 5);

    private static final MasteryTimeline.AreaSkills MATHS = new MasteryTimeline.AreaSkills("maths", "Maths", List.of("vectors", "calculus"));
    private static final MasteryTimeline.AreaSkills CODE = new MasteryTimeline.AreaSkills("code", "Code", List.of("python", "sql", "git"));
    private final MasteryTimeline timeline = new MasteryTimeline(KnowledgeTracing.DEFAULT, List.of(MATHS, CODE));

    /** P(known | answer) by Bayes' rule, then the chance of learning from the exercise. */
    private static BigFraction bayes(BigFraction prior, boolean correct, BigFraction guess) {
        BigFraction known = prior.multiply(correct ? BigFraction.ONE.subtract(SLIP) : SLIP);
        BigFraction unknown = BigFraction.ONE.subtract(prior).multiply(correct ? guess : BigFraction.ONE.subtract(guess));
        return learn(known.divide(known.add(unknown)));
    }

    private static BigFraction learn(BigFraction p) {
        return p.add(BigFraction.ONE.subtract(p).multiply(LEARN));
    }

    private static Instant at(String day, int hour) {
        return Instant.parse(day + "T" + String.format("%02d", hour) + ":00:00Z");
    }

    private static GradedAnswer answer(Instant at, String skill, boolean correct) {
        return new GradedAnswer(at, skill, correct, false, 0);
    }

    @Test
    void threeRightAnswersMasterASkillWithTheHandComputedEstimates() {
        BigFraction first = bayes(INITIAL, true, GUESS);
        assertThat(first).isEqualTo(new BigFraction(3, 5)); // 0.18 / 0.34 = 9/17, plus 8/17 * 3/20 = 3/5
        BigFraction second = bayes(first, true, GUESS);
        BigFraction third = bayes(second, true, GUESS);
        assertThat(second.doubleValue()).isLessThan(KnowledgeTracing.MASTERED);
        assertThat(third.doubleValue()).isGreaterThan(KnowledgeTracing.MASTERED);

        List<GradedAnswer> answers = List.of(answer(at("2026-03-02", 9), "vectors", true),
                answer(at("2026-03-03", 9), "vectors", true), answer(at("2026-03-04", 9), "vectors", true));
        MasteryHistory history = timeline.build(answers, List.of(), LocalDate.parse("2026-03-05"));

        assertThat(history.granularity()).isEqualTo(MasteryHistory.Granularity.DAY);
        assertThat(history.periods()).extracting(MasteryHistory.Period::start).containsExactly(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-05"));
        assertThat(history.periods()).extracting(MasteryHistory.Period::skillsMastered).containsExactly(0, 0, 1, 1);
        assertThat(history.periods()).extracting(MasteryHistory.Period::answers).containsExactly(1, 1, 1, 0);
        assertThat(history.finalMastery().get("vectors")).isCloseTo(third.doubleValue(), within(1e-12));
        double untouched = INITIAL.doubleValue();
        assertThat(history.periods().get(0).areaMastery().get("maths")).isCloseTo((first.doubleValue() + untouched) / 2, within(1e-12));
        assertThat(history.periods().get(3).areaMastery().get("maths")).isCloseTo((third.doubleValue() + untouched) / 2, within(1e-12));
        assertThat(history.periods().get(3).areaMastery().get("code")).isCloseTo(untouched, within(1e-12));
        assertThat(history.skills()).isEqualTo(5);
        assertThat(history.areas()).extracting(MasteryHistory.AreaInfo::practised).containsExactly(true, false);
    }

    @Test
    void wrongAnswersHintsAndTheItemsGuessChanceFollowThePracticeRules() {
        BigFraction fourOptions = new BigFraction(1, 4);
        BigFraction expectedPython = bayes(bayes(INITIAL, false, GUESS), true, fourOptions);
        BigFraction expectedSql = learn(INITIAL); // right only after every hint: practice, no evidence
        BigFraction expectedGit = bayes(INITIAL, false, GUESS); // a wrong answer stays evidence even with every hint

        List<GradedAnswer> answers = List.of(
                new GradedAnswer(at("2026-03-02", 9), "python", false, false, 0),
                new GradedAnswer(at("2026-03-02", 10), "python", true, false, 0.25),
                new GradedAnswer(at("2026-03-02", 11), "sql", true, true, 0),
                new GradedAnswer(at("2026-03-02", 12), "git", false, true, 0.1)); // a guess chance below the model's is ignored
        MasteryHistory history = timeline.build(answers, List.of(), LocalDate.parse("2026-03-02"));

        assertThat(expectedSql).isEqualTo(new BigFraction(8, 25));
        assertThat(history.finalMastery().get("python")).isCloseTo(expectedPython.doubleValue(), within(1e-12));
        assertThat(history.finalMastery().get("sql")).isCloseTo(expectedSql.doubleValue(), within(1e-12));
        assertThat(history.finalMastery().get("git")).isCloseTo(expectedGit.doubleValue(), within(1e-12));
        assertThat(history.periods()).singleElement().satisfies(p -> {
            assertThat(p.answers()).isEqualTo(4);
            assertThat(p.correct()).isEqualTo(2);
            assertThat(p.areaMastery().get("code")).isCloseTo(
                    expectedPython.add(expectedSql).add(expectedGit).divide(3).doubleValue(), within(1e-12));
        });
        assertThat(history.totalAnswers()).isEqualTo(4);
        assertThat(history.totalCorrect()).isEqualTo(2);
    }

    @Test
    void answersAreReplayedInTimeOrderWhateverOrderTheyArrive() {
        List<GradedAnswer> ordered = List.of(answer(at("2026-03-02", 9), "vectors", false),
                answer(at("2026-03-02", 10), "vectors", true), answer(at("2026-03-02", 11), "vectors", true));
        List<GradedAnswer> shuffled = List.of(ordered.get(2), ordered.get(0), ordered.get(1));
        BigFraction expected = bayes(bayes(bayes(INITIAL, false, GUESS), true, GUESS), true, GUESS);
        LocalDate today = LocalDate.parse("2026-03-02");

        assertThat(timeline.build(shuffled, List.of(), today).finalMastery().get("vectors"))
                .isCloseTo(expected.doubleValue(), within(1e-12));
        // the order matters: wrong last gives another estimate
        BigFraction wrongLast = bayes(bayes(bayes(INITIAL, true, GUESS), true, GUESS), false, GUESS);
        assertThat(wrongLast.doubleValue()).isNotCloseTo(expected.doubleValue(), within(1e-3));
    }

    @Test
    void longHistoriesArePerIsoWeekAndCountEveryAnswerOnce() {
        List<GradedAnswer> answers = new ArrayList<>();
        answers.add(answer(at("2026-01-07", 8), "python", true)); // a Wednesday: week of Monday 5 January
        answers.add(answer(at("2026-01-11", 23), "python", true)); // Sunday, same week
        answers.add(answer(at("2026-01-12", 0), "python", true)); // Monday: next week
        answers.add(answer(at("2026-02-20", 12), "sql", false));
        LocalDate today = LocalDate.parse("2026-03-04"); // 57 days after the first answer, inclusive

        MasteryHistory history = timeline.build(answers, List.of(), today);

        assertThat(history.granularity()).isEqualTo(MasteryHistory.Granularity.WEEK);
        assertThat(history.periods().get(0).start()).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(history.periods().get(0).end()).isEqualTo(LocalDate.parse("2026-01-11"));
        assertThat(history.periods().get(history.periods().size() - 1).start()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(history.periods()).hasSize(9);
        assertThat(history.periods()).extracting(MasteryHistory.Period::answers).containsExactly(2, 1, 0, 0, 0, 0, 1, 0, 0);
        assertThat(history.periods()).extracting(MasteryHistory.Period::skillsMastered).containsExactly(0, 1, 1, 1, 1, 1, 1, 1, 1);

        MasteryHistory shorter = timeline.build(answers, List.of(), LocalDate.parse("2026-03-03")); // 56 days
        assertThat(shorter.granularity()).isEqualTo(MasteryHistory.Granularity.DAY);
        assertThat(shorter.periods()).hasSize(56);
        assertThat(shorter.periods().stream().mapToInt(MasteryHistory.Period::answers).sum()).isEqualTo(4);
    }

    @Test
    void readinessChecksLandInThePeriodTheyFinishedTheLastOneWinning() {
        var early = new MasteryHistory.CheckPoint(7, at("2026-03-01", 9), 3, 21);
        var morning = new MasteryHistory.CheckPoint(8, at("2026-03-03", 9), 5, 21);
        var evening = new MasteryHistory.CheckPoint(9, at("2026-03-03", 20), 6, 21);
        List<GradedAnswer> answers = List.of(answer(at("2026-03-02", 9), "git", true));

        MasteryHistory history = timeline.build(answers, List.of(evening, early, morning), LocalDate.parse("2026-03-04"));

        assertThat(history.periods().get(0).start()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(history.periods()).extracting(MasteryHistory.Period::readinessTopicsMastered).containsExactly(3, null, 6, null);
        assertThat(history.readinessChecks()).extracting(MasteryHistory.CheckPoint::checkId).containsExactly(7L, 8L, 9L);
    }

    @Test
    void aLearnerWithNothingYetHasAnEmptyHistory() {
        MasteryHistory history = timeline.build(List.of(), List.of(), LocalDate.parse("2026-03-04"));
        assertThat(history.isEmpty()).isTrue();
        assertThat(history.periods()).isEmpty();
        assertThat(history.totalAnswers()).isZero();
        assertThat(history.areas()).extracting(MasteryHistory.AreaInfo::practised).containsOnly(false);
    }

    @Test
    void skillsOutsideTheCurriculumAreReplayedButNotCounted() {
        List<GradedAnswer> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(answer(at("2026-03-02", 9 + i), "retired-skill", true));
        }
        MasteryHistory history = timeline.build(answers, List.of(), LocalDate.parse("2026-03-02"));
        assertThat(history.finalMastery().get("retired-skill")).isGreaterThan(KnowledgeTracing.MASTERED);
        assertThat(history.periods().get(0).skillsMastered()).isZero();
    }
}
