package org.mlready.assessment.cat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlready.curriculum.Area;

/** Selection (no repeats, content balancing, exposure randomisation), stopping and replay of the adaptive test. */
class AdaptiveTestTests {

    private static final ItemPool POOL = CatFixtures.syntheticPool();
    private static final ReadinessPrior PRIOR = ReadinessPrior.population(CatFixtures.curriculum());

    /** A learner with fixed abilities answering by a seeded coin. */
    private static Answer answer(PoolItem item, double[] theta, Random random) {
        double p = Irt.correct(item.irt(), theta[PRIOR.indexOf(item.topicId())]);
        return random.nextDouble() < p ? Answer.CORRECT : random.nextInt(5) == 0 ? Answer.DONT_KNOW : Answer.INCORRECT;
    }

    private static AdaptiveTest runToEnd(AdaptiveTest test, double[] theta, Random random) {
        for (PoolItem item = test.next().orElse(null); item != null; item = test.next().orElse(null)) {
            test.record(item.id(), answer(item, theta, random));
        }
        return test;
    }

    @Test
    void neverRepeatsAnItemAndStopsAtTheMaximumLength() {
        ReadinessCat engine = new ReadinessCat(POOL, PRIOR, CatSettings.defaults().withLengths(0, 30)
                .withThresholds(0.999, 0.001));
        for (int learner = 0; learner < 10; learner++) {
            AdaptiveTest test = runToEnd(engine.start(learner), PRIOR.sample(new Random(learner)), new Random(100 + learner));
            List<String> ids = test.answers().stream().map(RecordedAnswer::itemId).toList();
            assertThat(ids).doesNotHaveDuplicates().hasSize(30);
            assertThat(test.stopReason()).contains(StopReason.MAX_LENGTH);
            assertThat(test.next()).isEmpty();
            assertThatThrownBy(() -> test.record(POOL.items().get(0).id(), Answer.CORRECT))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void recordRejectsUnknownAndRepeatedItems() {
        AdaptiveTest test = new ReadinessCat(POOL, PRIOR, CatSettings.defaults()).start(1);
        PoolItem first = test.next().orElseThrow();
        test.record(first.id(), Answer.CORRECT);
        assertThatThrownBy(() -> test.record(first.id(), Answer.CORRECT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> test.record("no-such-item", Answer.CORRECT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstQuestionsVisitEveryAreaBeforeAnyAreaIsRevisited() {
        List<String> areas = CatFixtures.curriculum().studyAreas().stream().map(Area::id).toList();
        ReadinessCat engine = new ReadinessCat(POOL, PRIOR, CatSettings.defaults());
        for (int learner = 0; learner < 10; learner++) {
            AdaptiveTest test = runToEnd(engine.start(learner), PRIOR.sample(new Random(learner)), new Random(learner));
            List<String> visited = test.answers().stream()
                    .map(a -> POOL.item(a.itemId()).orElseThrow().areaId()).toList();
            assertThat(visited.size()).isGreaterThanOrEqualTo(areas.size());
            assertThat(visited.subList(0, areas.size())).containsExactlyInAnyOrderElementsOf(areas);
        }
    }

    @Test
    void randomesqueSpreadsTheFirstItemOverSeveralFamiliesButIsDeterministicPerSeed() {
        ReadinessCat engine = new ReadinessCat(POOL, PRIOR, CatSettings.defaults().withRandomesque(5));
        Set<String> families = new HashSet<>();
        for (long seed = 0; seed < 60; seed++) {
            PoolItem first = engine.start(seed).next().orElseThrow();
            assertThat(engine.start(seed).next()).contains(first);
            families.add(first.familyId());
        }
        assertThat(families).hasSize(5);
        ReadinessCat greedy = new ReadinessCat(POOL, PRIOR, CatSettings.defaults().withRandomesque(1));
        Set<String> greedyFirst = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            greedyFirst.add(greedy.start(seed).next().orElseThrow().familyId());
        }
        assertThat(greedyFirst).hasSize(1);
    }

    @Test
    void sympsonHetterHoldsBackAFamilyWithASmallExposureParameter() {
        ReadinessCat greedy = new ReadinessCat(POOL, PRIOR, CatSettings.defaults().withRandomesque(1));
        String favourite = greedy.start(0).next().orElseThrow().familyId();
        ReadinessCat controlled = new ReadinessCat(POOL, PRIOR, CatSettings.defaults().withRandomesque(1)
                .withExposureControl(Map.of(favourite, 0.05)));
        int shown = 0;
        for (long seed = 0; seed < 200; seed++) {
            if (controlled.start(seed).next().orElseThrow().familyId().equals(favourite)) {
                shown++;
            }
        }
        assertThat(shown).isBetween(1, 30);
    }

    @Test
    void selectionPrefersItemsThatSeparateMasteryFromNonMastery() {
        QuadratureGrid grid = QuadratureGrid.standard();
        double[] above = grid.aboveCutFractions(0);
        double[] centred = new double[grid.size()];
        double[] sure = new double[grid.size()];
        double total = 0;
        for (int k = 0; k < grid.size(); k++) {
            centred[k] = Math.exp(-0.5 * grid.point(k) * grid.point(k));
            total += centred[k];
        }
        for (int k = 0; k < grid.size(); k++) {
            centred[k] /= total;
        }
        sure[grid.size() - 5] = 1; // all mass well above the cut
        double[] atCut = new double[grid.size()];
        double[] farAbove = new double[grid.size()];
        for (int k = 0; k < grid.size(); k++) {
            atCut[k] = Irt.correct(org.mlready.assessment.item.IrtParameters.of(1.2, 0), grid.point(k));
            farAbove[k] = Irt.correct(org.mlready.assessment.item.IrtParameters.of(1.2, 2.5), grid.point(k));
        }
        assertThat(ReadinessCat.masteryInformation(centred, atCut, above))
                .isGreaterThan(ReadinessCat.masteryInformation(centred, farAbove, above));
        assertThat(ReadinessCat.masteryInformation(sure, atCut, above)).isLessThan(1e-12);
    }

    @Test
    void stopsOnceEveryTopicIsDecidedAndEveryAreaVisited() {
        int n = PRIOR.size();
        double[][] cov = new double[n][n];
        double[] mean = new double[n];
        for (int t = 0; t < n; t++) {
            cov[t][t] = 0.25;
            mean[t] = t % 2 == 0 ? 2.5 : -2.5; // every topic already decided by the prior
        }
        ReadinessPrior confident = ReadinessPrior.of(PRIOR.topicIds(), PRIOR.areaIds(), mean, cov);
        int areas = CatFixtures.curriculum().studyAreas().size();
        AdaptiveTest test = runToEnd(new ReadinessCat(POOL, confident, CatSettings.defaults()).start(3),
                confident.mean(), new Random(3));
        assertThat(test.answers()).hasSize(areas);
        assertThat(test.stopReason()).contains(StopReason.ALL_DECIDED);
        TestResult result = test.result();
        assertThat(result.finished()).isTrue();
        assertThat(result.topics()).allSatisfy(t -> assertThat(t.status()).isNotEqualTo(MasteryStatus.UNCERTAIN));

        AdaptiveTest longer = runToEnd(new ReadinessCat(POOL, confident, CatSettings.defaults().withLengths(15, 40)).start(3),
                confident.mean(), new Random(3));
        assertThat(longer.answers()).hasSize(15);

        AdaptiveTest perTopic = runToEnd(new ReadinessCat(POOL, confident, CatSettings.defaults().withMinItemsPerTopic(1)
                .withLengths(0, 60)).start(3), confident.mean(), new Random(3));
        assertThat(perTopic.result().topics()).allSatisfy(t -> assertThat(t.itemsAnswered()).isGreaterThanOrEqualTo(1));
        assertThat(perTopic.stopReason()).contains(StopReason.ALL_DECIDED);
    }

    @Test
    void statusFollowsTheThresholds() {
        CatSettings settings = CatSettings.defaults().withThresholds(0.9, 0.1);
        assertThat(settings.statusOf(0.95)).isEqualTo(MasteryStatus.MASTERED);
        assertThat(settings.statusOf(0.9)).isEqualTo(MasteryStatus.MASTERED);
        assertThat(settings.statusOf(0.5)).isEqualTo(MasteryStatus.UNCERTAIN);
        assertThat(settings.statusOf(0.1)).isEqualTo(MasteryStatus.NOT_YET);
        assertThatThrownBy(() -> settings.withThresholds(0.4, 0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResumedTestContinuesExactlyLikeTheOriginal() {
        ReadinessCat engine = new ReadinessCat(POOL, PRIOR, CatSettings.defaults());
        for (int learner = 0; learner < 5; learner++) {
            double[] theta = PRIOR.sample(new Random(50 + learner));
            Random answers = new Random(learner);
            AdaptiveTest original = engine.start(777 + learner);
            for (int i = 0; i < 12; i++) {
                PoolItem item = original.next().orElseThrow();
                original.record(item.id(), answer(item, theta, answers));
            }
            AdaptiveTest resumed = engine.resume(777 + learner, new ArrayList<>(original.answers()));
            assertThat(resumed.next()).isEqualTo(original.next());
            Random a = new Random(9);
            Random b = new Random(9);
            runToEnd(original, theta, a);
            runToEnd(resumed, theta, b);
            assertThat(resumed.answers()).isEqualTo(original.answers());
            assertThat(resumed.result()).isEqualTo(original.result());
        }
    }

    @Test
    void resultNamesTheAnswersThatMovedEachTopic() {
        ReadinessCat engine = new ReadinessCat(POOL, PRIOR, CatSettings.defaults());
        AdaptiveTest test = runToEnd(engine.start(5), PRIOR.sample(new Random(5)), new Random(5));
        TestResult result = test.result();
        assertThat(result.topics()).hasSize(21);
        for (TopicResult topic : result.topics()) {
            assertThat(topic.drivers()).hasSizeLessThanOrEqualTo(3);
            for (int i = 1; i < topic.drivers().size(); i++) {
                assertThat(Math.abs(topic.drivers().get(i).change()))
                        .isLessThanOrEqualTo(Math.abs(topic.drivers().get(i - 1).change()));
            }
            if (topic.itemsAnswered() > 0) {
                assertThat(topic.drivers()).isNotEmpty();
            }
            assertThat(topic.status()).isEqualTo(engine.settings().statusOf(topic.pMastered()));
        }
    }
}
