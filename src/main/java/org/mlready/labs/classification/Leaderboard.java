package org.mlready.labs.classification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Kaggle-style standings by ROC AUC. Each learner is represented by one submission, the one with the best public
 * AUC (the earliest on a tie); the public board ranks it by public AUC while the lab runs, the private board by
 * private AUC once it closes, so tuning against the public half is not rewarded. Equal AUCs share a rank (1, 2, 2, 4).
 */
public final class Leaderboard {

    /** A scored submission as stored by the caller. */
    public record Submission(String learner, Instant submittedAt, ClassificationResult result) {
    }

    /** One line of a board. */
    public record Standing(int rank, String learner, double rocAuc, boolean beatsBaseline, int submissions,
            Instant submittedAt) {
    }

    private final Baseline baseline;

    public Leaderboard(Baseline baseline) {
        this.baseline = baseline;
    }

    public List<Standing> publicStandings(List<Submission> submissions) {
        return rank(submissions, s -> s.result().publicScore().rocAuc(),
                baseline.result().publicScore().rocAuc());
    }

    public List<Standing> privateStandings(List<Submission> submissions) {
        return rank(submissions, s -> s.result().privateScore().rocAuc(),
                baseline.result().privateScore().rocAuc());
    }

    private static List<Standing> rank(List<Submission> submissions, ToDoubleFunction<Submission> auc,
            double baselineAuc) {
        Comparator<Submission> byPublicAuc = Comparator
                .comparingDouble((Submission s) -> -s.result().publicScore().rocAuc())
                .thenComparing(Submission::submittedAt);
        Map<String, Submission> selected = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Submission submission : submissions) {
            counts.merge(submission.learner(), 1, Integer::sum);
            selected.merge(submission.learner(), submission, (a, b) -> byPublicAuc.compare(a, b) <= 0 ? a : b);
        }
        List<Submission> ordered = new ArrayList<>(selected.values());
        ordered.sort(Comparator.comparingDouble((Submission s) -> -auc.applyAsDouble(s))
                .thenComparing(Submission::submittedAt));
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Submission s = ordered.get(i);
            double score = auc.applyAsDouble(s);
            int rank = i > 0 && score == standings.get(i - 1).rocAuc() ? standings.get(i - 1).rank() : i + 1;
            standings.add(new Standing(rank, s.learner(), score, score > baselineAuc, counts.get(s.learner()),
                    s.submittedAt()));
        }
        return List.copyOf(standings);
    }
}
