package org.mlready.labs.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlready.labs.metrics.ClassificationScore;
import org.mlready.labs.metrics.ConfusionMatrix;

class LeaderboardTests {

    private static ClassificationScore auc(double value) {
        return new ClassificationScore(10, value, 0, 0, new ConfusionMatrix(0, 0, 0, 0), List.of());
    }

    private static Leaderboard.Submission submission(String learner, int minute, double publicAuc, double privateAuc) {
        return new Leaderboard.Submission(learner, Instant.parse("2026-01-01T10:00:00Z").plusSeconds(60L * minute),
                new ClassificationResult(auc(publicAuc), auc(privateAuc)));
    }

    private final Leaderboard board = new Leaderboard(
            new Baseline("baseline", new ClassificationResult(auc(0.90), auc(0.91))));

    private final List<Leaderboard.Submission> submissions = List.of(
            submission("ada", 1, 0.93, 0.95),
            submission("ada", 2, 0.97, 0.89), // overfit to the public half
            submission("bob", 3, 0.95, 0.94),
            submission("cy", 4, 0.95, 0.92),
            submission("cy", 5, 0.95, 0.99), // ties its earlier public score: the earlier one stays selected
            submission("dee", 6, 0.80, 0.85));

    @Test
    void ranksEachLearnersBestPublicSubmissionWithSharedRanksForTies() {
        assertThat(board.publicStandings(submissions)).extracting(Leaderboard.Standing::rank,
                Leaderboard.Standing::learner, Leaderboard.Standing::beatsBaseline, Leaderboard.Standing::submissions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "ada", true, 2),
                        org.assertj.core.groups.Tuple.tuple(2, "bob", true, 1),
                        org.assertj.core.groups.Tuple.tuple(2, "cy", true, 2),
                        org.assertj.core.groups.Tuple.tuple(4, "dee", false, 1));
    }

    @Test
    void privateBoardScoresTheSameSelectedSubmissionsOnTheHiddenHalf() {
        assertThat(board.privateStandings(submissions)).extracting(Leaderboard.Standing::learner,
                Leaderboard.Standing::rocAuc, Leaderboard.Standing::beatsBaseline)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bob", 0.94, true),
                        org.assertj.core.groups.Tuple.tuple("cy", 0.92, true),
                        org.assertj.core.groups.Tuple.tuple("ada", 0.89, false),
                        org.assertj.core.groups.Tuple.tuple("dee", 0.85, false));
    }
}
