package org.mlready.assessment.cat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The adaptive readiness test engine: an item pool, a prior over topic abilities and the settings. Immutable and
 * thread-safe; it precomputes every item's response probabilities on the grid and hands out {@link AdaptiveTest}
 * sessions.
 */
public final class ReadinessCat {

    private final ItemPool pool;
    private final ReadinessPrior prior;
    private final CatSettings settings;
    private final double[][] correctOnGrid;
    private final double[][] informationOnGrid;
    private final double[] aboveCut;
    private final int[] topicOfItem;
    private final List<String> areas;

    public ReadinessCat(ItemPool pool, ReadinessPrior prior, CatSettings settings) {
        this.pool = pool;
        this.prior = prior;
        this.settings = settings;
        QuadratureGrid grid = settings.grid();
        this.aboveCut = grid.aboveCutFractions(settings.cut());
        int size = pool.size();
        this.correctOnGrid = new double[size][grid.size()];
        this.informationOnGrid = new double[size][grid.size()];
        this.topicOfItem = new int[size];
        Set<String> areaSet = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            PoolItem item = pool.items().get(i);
            topicOfItem[i] = prior.indexOf(item.topicId());
            if (topicOfItem[i] < 0) {
                throw new IllegalArgumentException("pool item " + item.id() + " has topic " + item.topicId()
                        + " that the prior does not know");
            }
            areaSet.add(item.areaId());
            for (int k = 0; k < grid.size(); k++) {
                correctOnGrid[i][k] = Irt.correct(item.irt(), grid.point(k));
                informationOnGrid[i][k] = Irt.information(item.irt(), grid.point(k));
            }
        }
        this.areas = List.copyOf(areaSet);
    }

    public ItemPool pool() {
        return pool;
    }

    public ReadinessPrior prior() {
        return prior;
    }

    public CatSettings settings() {
        return settings;
    }

    /** A new test; the seed drives the randomesque choices (store it with the answers to resume the test). */
    public AdaptiveTest start(long seed) {
        return new AdaptiveTest(this, seed);
    }

    /** A test rebuilt from its seed and answers: it continues exactly as the original would have. */
    public AdaptiveTest resume(long seed, List<RecordedAnswer> answers) {
        AdaptiveTest test = new AdaptiveTest(this, seed);
        for (RecordedAnswer answer : answers) {
            test.record(answer.itemId(), answer.answer());
        }
        return test;
    }

    /** A fresh estimator over this engine's prior and grid (for scoring fixed forms). */
    public ReadinessEstimator newEstimator() {
        return new ReadinessEstimator(prior, settings.grid(), settings.cut());
    }

    List<String> areas() {
        return areas;
    }

    int topicOf(int itemIndex) {
        return topicOfItem[itemIndex];
    }

    /** The decision for the next step: the item to ask, or why the test stops. */
    record Step(Optional<PoolItem> item, Optional<StopReason> stop) {
    }

    Step decide(List<TopicPosterior> posteriors, double[][] jointCovariance, int[] answersPerTopic, boolean[] used, Set<String> visitedAreas,
                int answered, long seed) {
        if (answered >= settings.maxLength()) {
            return new Step(Optional.empty(), Optional.of(StopReason.MAX_LENGTH));
        }
        int n = prior.size();
        boolean[] undecided = new boolean[n];
        boolean anyUndecided = false;
        for (int t = 0; t < n; t++) {
            undecided[t] = settings.statusOf(posteriors.get(t).pMastered()) == MasteryStatus.UNCERTAIN
                    || answersPerTopic[t] < settings.minItemsPerTopic();
            anyUndecided |= undecided[t];
        }
        Set<String> unvisited = new HashSet<>(areas);
        unvisited.removeAll(visitedAreas);
        if (unvisited.isEmpty() && !anyUndecided && answered >= settings.minLength()) {
            return new Step(Optional.empty(), Optional.of(StopReason.ALL_DECIDED));
        }
        boolean spread = settings.criterion() == SelectionCriterion.MASTERY_INFORMATION_SPREAD;
        boolean joint = settings.criterion() == SelectionCriterion.JOINT_MASTERY_INFORMATION;
        JointMasteryInformation jointScore = joint ? new JointMasteryInformation(posteriors, jointCovariance,
                settings.cut(), settings.grid(), aboveCut) : null;
        double[] neighbourWeight = new double[n];
        if (spread) {
            for (int t = 0; t < n; t++) {
                for (int s = 0; s < n; s++) {
                    if (s != t && undecided[s]) {
                        double c = jointCovariance[s][t];
                        neighbourWeight[t] += c * c / (jointCovariance[s][s] * jointCovariance[t][t]);
                    }
                }
            }
        }
        List<Integer> candidates = new ArrayList<>();
        List<PoolItem> items = pool.items();
        for (int pass = 0; pass < 3 && candidates.isEmpty(); pass++) {
            for (int i = 0; i < items.size(); i++) {
                if (used[i]) {
                    continue;
                }
                boolean eligible = switch (pass) {
                    case 0 -> unvisited.isEmpty() ? undecided[topicOfItem[i]] || ((spread || joint) && anyUndecided)
                            : unvisited.contains(items.get(i).areaId());
                    case 1 -> undecided[topicOfItem[i]];
                    default -> answered < settings.minLength();
                };
                if (eligible) {
                    candidates.add(i);
                }
            }
        }
        if (candidates.isEmpty()) {
            return new Step(Optional.empty(), Optional.of(StopReason.POOL_EXHAUSTED));
        }
        // best instance per family, then uniformly among the top k families
        Map<String, double[]> bestPerFamily = new java.util.HashMap<>();
        for (int i : candidates) {
            int t = topicOfItem[i];
            double s = joint ? jointScore.score(t, correctOnGrid[i]) : score(i, posteriors.get(t));
            if (spread) {
                if (!undecided[t]) {
                    s = 0;
                }
                TopicPosterior p = posteriors.get(t);
                double fisher = Irt.information(items.get(i).irt(), p.eap());
                s += neighbourWeight[t] * 0.5 * Math.log1p(jointCovariance[t][t] * fisher);
            }
            String family = items.get(i).familyId();
            double[] best = bestPerFamily.get(family);
            if (best == null || s > best[0] || (s == best[0] && i < best[1])) {
                bestPerFamily.put(family, new double[] {s, i});
            }
        }
        List<double[]> ranked = new ArrayList<>(bestPerFamily.values());
        ranked.sort(Comparator.<double[]>comparingDouble(e -> -e[0]).thenComparingDouble(e -> e[1]));
        Random random = new Random(seed ^ (0x9E3779B97F4A7C15L * (answered + 1)));
        while (ranked.size() > 1) {
            int k = Math.min(settings.randomesque(), ranked.size());
            int pick = random.nextInt(k);
            PoolItem chosen = items.get((int) ranked.get(pick)[1]);
            double admit = settings.exposureParameter(chosen.familyId());
            if (admit >= 1 || random.nextDouble() < admit) {
                return new Step(Optional.of(chosen), Optional.empty());
            }
            ranked.remove(pick); // Sympson-Hetter: passed over this time
        }
        return new Step(Optional.of(items.get((int) ranked.get(0)[1])), Optional.empty());
    }

    /** The selection score of an item given its topic's current posterior. */
    double score(int itemIndex, TopicPosterior posterior) {
        double[] w = posterior.weightsView();
        if (settings.criterion() == SelectionCriterion.FISHER_AT_EAP) {
            return Irt.information(pool.items().get(itemIndex).irt(), posterior.eap());
        }
        return masteryInformation(w, correctOnGrid[itemIndex], aboveCut);
    }

    /**
     * Mutual information (nats) between a binary response with success probabilities {@code pCorrect} on the grid
     * and the mastery indicator, under the posterior weights {@code w}.
     */
    static double masteryInformation(double[] w, double[] pCorrect, double[] aboveCut) {
        double pm = 0;
        double p1 = 0;
        double p1m = 0;
        for (int k = 0; k < w.length; k++) {
            double wk = w[k];
            double wp = wk * pCorrect[k];
            pm += wk * aboveCut[k];
            p1 += wp;
            p1m += wp * aboveCut[k];
        }
        double conditional = 0;
        if (pm > 1e-12) {
            conditional += pm * entropy(p1m / pm);
        }
        if (1 - pm > 1e-12) {
            conditional += (1 - pm) * entropy((p1 - p1m) / (1 - pm));
        }
        return Math.max(0, entropy(p1) - conditional);
    }

    static double entropy(double p) {
        if (p <= 0 || p >= 1) {
            return 0;
        }
        return -p * Math.log(p) - (1 - p) * Math.log(1 - p);
    }
}
