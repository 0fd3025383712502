package org.mlready.labs;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mlready.labs.classification.ClassificationResult;
import org.mlready.labs.metrics.ClassificationScore;
import org.mlready.progress.LearnerProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every graded lab submission, per learner; best and latest scores; passing all hands-on labs validates the topic. */
@Service
class LabAttempts {

    static final int MAX_DETAILS = 20_000;

    /** One stored attempt; the classification scores are null for other labs. */
    record Attempt(long id, long accountId, Lab lab, Instant submittedAt, boolean passed, double score, String details,
                   Double publicAuc, Double privateAuc, Double publicF1, Double publicAccuracy, Double privateF1,
                   Double privateAccuracy) {

        public int percent() {
            return (int) Math.round(score * 100);
        }

        public String when() {
            return LabAttempts.when(submittedAt);
        }

        public List<String> detailLines() {
            return details.isBlank() ? List.of() : List.of(details.split("\n"));
        }
    }

    /** A learner's standing in one lab. */
    record Summary(Lab lab, int attempts, Attempt best, Attempt latest, boolean passed) {

        public boolean attempted() {
            return attempts > 0;
        }
    }

    private static final String COLUMNS = "id, account_id, lab_id, submitted_at, passed, score, details, public_auc, "
            + "private_auc, public_f1, public_accuracy, private_f1, private_accuracy";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LearnerProgress progress;

    LabAttempts(JdbcClient jdbc, LearnerProgress progress, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.progress = progress;
    }

    @Transactional
    Attempt record(long accountId, Lab lab, boolean passed, double score, String details) {
        return record(accountId, lab, passed, score, details, null);
    }

    @Transactional
    Attempt record(long accountId, Lab lab, boolean passed, double score, String details, ClassificationResult result) {
        String text = details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) : details;
        ClassificationScore pub = result == null ? null : result.publicScore();
        ClassificationScore priv = result == null ? null : result.privateScore();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into lab_attempts (account_id, lab_id, submitted_at, passed, score, details, public_auc, "
                        + "private_auc, public_f1, public_accuracy, private_f1, private_accuracy) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(accountId, lab.slug(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), passed, score, text,
                        pub == null ? null : pub.rocAuc(), priv == null ? null : priv.rocAuc(),
                        pub == null ? null : pub.f1(), pub == null ? null : pub.accuracy(),
                        priv == null ? null : priv.f1(), priv == null ? null : priv.accuracy())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        if (passed && allHandsOnPassed(accountId)) {
            progress.markTopic(accountId, Lab.VALIDATION_TOPIC, true);
        }
        return find(id);
    }

    Attempt find(long id) {
        return jdbc.sql("select " + COLUMNS + " from lab_attempts where id = ?").param(id)
                .query(LabAttempts::map).single();
    }

    /** Newest first. */
    List<Attempt> history(long accountId, Lab lab) {
        return jdbc.sql("select " + COLUMNS + " from lab_attempts where account_id = ? and lab_id = ? "
                        + "order by submitted_at desc, id desc").params(accountId, lab.slug())
                .query(LabAttempts::map).list();
    }

    Summary summary(long accountId, Lab lab) {
        return summarise(lab, history(accountId, lab));
    }

    Map<Lab, Summary> summaries(long accountId) {
        Map<Lab, Summary> all = new EnumMap<>(Lab.class);
        List<Attempt> attempts = jdbc.sql("select " + COLUMNS + " from lab_attempts where account_id = ? "
                + "order by submitted_at desc, id desc").param(accountId).query(LabAttempts::map).list();
        for (Lab lab : Lab.values()) {
            all.put(lab, summarise(lab, attempts.stream().filter(a -> a.lab() == lab).toList()));
        }
        return all;
    }

    boolean allHandsOnPassed(long accountId) {
        List<String> passed = jdbc.sql("select distinct lab_id from lab_attempts where account_id = ? and passed")
                .param(accountId).query(String.class).list();
        return Arrays.stream(Lab.values()).filter(Lab::handsOn).allMatch(lab -> passed.contains(lab.slug()));
    }

    /** The time of each lab's first passing attempt; labs never passed are absent. */
    Map<Lab, Instant> firstPasses(long accountId) {
        Map<Lab, Instant> first = new EnumMap<>(Lab.class);
        jdbc.sql("select lab_id, min(submitted_at) as first_pass from lab_attempts where account_id = ? and passed "
                        + "group by lab_id").param(accountId)
                .query((rs, n) -> Map.entry(rs.getString("lab_id"), rs.getObject("first_pass", OffsetDateTime.class).toInstant()))
                .list().forEach(pass -> Lab.bySlug(pass.getKey()).ifPresent(lab -> first.put(lab, pass.getValue())));
        return first;
    }

    /** Every scored classification submission, oldest first, for the leaderboards. */
    List<Attempt> classificationSubmissions() {
        return jdbc.sql("select " + COLUMNS + " from lab_attempts where lab_id = ? and public_auc is not null "
                + "order by submitted_at, id").param(Lab.CLASSIFICATION.slug()).query(LabAttempts::map).list();
    }

    static String when(Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneOffset.UTC).format(instant);
    }

    private static Summary summarise(Lab lab, List<Attempt> newestFirst) {
        Attempt best = null;
        for (Attempt attempt : newestFirst) {
            // Ties go to the earlier attempt, which comes later in this list.
            if (best == null || attempt.score() >= best.score()) {
                best = attempt;
            }
        }
        return new Summary(lab, newestFirst.size(), best, newestFirst.isEmpty() ? null : newestFirst.get(0),
                newestFirst.stream().anyMatch(Attempt::passed));
    }

    private static Attempt map(ResultSet rs, int row) throws SQLException {
        return new Attempt(rs.getLong("id"), rs.getLong("account_id"),
                Lab.bySlug(rs.getString("lab_id")).orElseThrow(), rs.getObject("submitted_at", OffsetDateTime.class)
                .toInstant(), rs.getBoolean("passed"), rs.getDouble("score"), rs.getString("details"),
                nullable(rs, "public_auc"), nullable(rs, "private_auc"), nullable(rs, "public_f1"),
                nullable(rs, "public_accuracy"), nullable(rs, "private_f1"), nullable(rs, "private_accuracy"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
