package org.mlready.assessment.cat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One learner's adaptive test. Its whole state is the seed and the list of answers, so a test rebuilt with
 * {@link ReadinessCat#resume(long, List)} continues exactly where it left off. Not thread-safe.
 */
public final class AdaptiveTest {

    private static final int DRIVERS = 3;
    private static final double MIN_DRIVER_CHANGE = 0.005;

    private final ReadinessCat engine;
    private final long seed;
    private final ReadinessEstimator estimator;
    private final List<RecordedAnswer> answers = new ArrayList<>();
    private final boolean[] used;
    private final int[] answersPerTopic;
    private final Set<String> visitedAreas = new LinkedHashSet<>();
    private final List<double[]> pMasteredHistory = new ArrayList<>();
    private ReadinessCat.Step step;

    AdaptiveTest(ReadinessCat engine, long seed) {
        this.engine = engine;
        this.seed = seed;
        this.estimator = engine.newEstimator();
        this.used = new boolean[engine.pool().size()];
        this.answersPerTopic = new int[engine.prior().size()];
        pMasteredHistory.add(pMastered());
    }

    public long seed() {
        return seed;
    }

    /** The answers so far, in order (the state to persist). */
    public List<RecordedAnswer> answers() {
        return Collections.unmodifiableList(answers);
    }

    /** The item to ask now, or empty once the test has stopped. Calling it again without an answer gives the same item. */
    public Optional<PoolItem> next() {
        return decide().item();
    }

    public boolean finished() {
        return decide().stop().isPresent();
    }

    public Optional<StopReason> stopReason() {
        return decide().stop();
    }

    /**
     * Records an answer to an item of the pool that has not been answered yet (normally the one {@link #next()}
     * offered).
     *
     * @throws IllegalStateException    if the test has stopped
     * @throws IllegalArgumentException if the item is unknown or already answered
     */
    public void record(String itemId, Answer answer) {
        if (finished()) {
            throw new IllegalStateException("the test has stopped: " + stopReason().orElseThrow());
        }
        int index = engine.pool().indexOf(itemId);
        if (index < 0) {
            throw new IllegalArgumentException("no item '" + itemId + "' in the pool");
        }
        if (used[index]) {
            throw new IllegalArgumentException("item '" + itemId + "' was already answered");
        }
        PoolItem item = engine.pool().items().get(index);
        used[index] = true;
        answersPerTopic[engine.topicOf(index)]++;
        visitedAreas.add(item.areaId());
        answers.add(new RecordedAnswer(itemId, answer));
        estimator.add(item, answer);
        pMasteredHistory.add(pMastered());
        step = null;
    }

    /** Current per-topic posteriors (prior order = curriculum order). */
    public List<TopicPosterior> posteriors() {
        return estimator.posterior();
    }

    /** The verdicts so far (final once {@link #finished()}). */
    public TestResult result() {
        List<TopicPosterior> posteriors = estimator.posterior();
        ReadinessPrior prior = engine.prior();
        List<TopicResult> topics = new ArrayList<>();
        for (int t = 0; t < prior.size(); t++) {
            TopicPosterior p = posteriors.get(t);
            topics.add(new TopicResult(p.topicId(), prior.areaIds().get(t), engine.settings().statusOf(p.pMastered()),
                    p.pMastered(), p.eap(), p.sd(), answersPerTopic[t], drivers(t)));
        }
        return new TestResult(topics, answers.size(), stopReason());
    }

    /** Answers ranked by how far each moved topic t's probability of mastery when it was recorded. */
    private List<ItemInfluence> drivers(int t) {
        List<ItemInfluence> all = new ArrayList<>();
        for (int j = 0; j < answers.size(); j++) {
            double change = pMasteredHistory.get(j + 1)[t] - pMasteredHistory.get(j)[t];
            if (Math.abs(change) >= MIN_DRIVER_CHANGE) {
                all.add(new ItemInfluence(answers.get(j).itemId(), answers.get(j).answer(), change));
            }
        }
        all.sort(Comparator.comparingDouble((ItemInfluence i) -> -Math.abs(i.change())));
        return all.subList(0, Math.min(DRIVERS, all.size()));
    }

    private double[] pMastered() {
        List<TopicPosterior> posteriors = estimator.posterior();
        double[] p = new double[posteriors.size()];
        for (int t = 0; t < p.length; t++) {
            p[t] = posteriors.get(t).pMastered();
        }
        return p;
    }

    private ReadinessCat.Step decide() {
        if (step == null) {
            step = engine.decide(estimator.posterior(), estimator.jointCovarianceView(), answersPerTopic, used, visitedAreas, answers.size(), seed);
        }
        return step;
    }
}
