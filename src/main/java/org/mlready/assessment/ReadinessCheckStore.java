package org.mlready.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.mlready.assessment.cat.Answer;
import org.mlready.assessment.cat.RecordedAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ReadinessCheckStore {

    /** {@code calibrationRunId} null: the authors' item parameters. */
    record CheckRow(long id, long accountId, String background, long randomSeed, String status, String stopReason,
                    Instant startedAt, Instant completedAt, Long calibrationRunId) {
        boolean completed() {
            return "COMPLETED".equals(status);
        }
    }

    record TopicRow(String topicId, String status, double probability) {
    }

    private static final String CHECK_COLUMNS = "id, account_id, background, random_seed, status, stop_reason, started_at, completed_at, calibration_run_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    ReadinessCheckStore(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    long create(long accountId, String background, long randomSeed, Long calibrationRunId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into readiness_checks (account_id, background, random_seed, status, started_at, calibration_run_id) "
                        + "values (?, ?, ?, 'IN_PROGRESS', ?, ?)")
                .params(accountId, background, randomSeed, now(), calibrationRunId).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<CheckRow> find(long checkId) {
        return jdbc.sql("select " + CHECK_COLUMNS + " from readiness_checks where id = ?").param(checkId)
                .query(ReadinessCheckStore::mapCheck).optional();
    }

    Optional<CheckRow> inProgress(long accountId) {
        return jdbc.sql("select " + CHECK_COLUMNS + " from readiness_checks where account_id = ? and status = 'IN_PROGRESS' "
                        + "order by id desc limit 1").param(accountId).query(ReadinessCheckStore::mapCheck).optional();
    }

    Optional<CheckRow> latestCompleted(long accountId) {
        return jdbc.sql("select " + CHECK_COLUMNS + " from readiness_checks where account_id = ? and status = 'COMPLETED' "
                        + "order by completed_at desc, id desc limit 1").param(accountId)
                .query(ReadinessCheckStore::mapCheck).optional();
    }

    /** Every check of the learner, newest first, with its answer count and verdict counts, in one query. */
    List<HistoryRow> historyWithCounts(long accountId) {
        return jdbc.sql("select c.id, c.status, c.started_at, c.completed_at, "
                        + "(select count(*) from readiness_answers a where a.check_id = c.id) as answered, "
                        + "(select count(*) from readiness_topic_results t where t.check_id = c.id and t.status = 'MASTERED') as mastered, "
                        + "(select count(*) from readiness_topic_results t where t.check_id = c.id and t.status = 'NOT_YET') as not_yet, "
                        + "(select count(*) from readiness_topic_results t where t.check_id = c.id and t.status = 'UNCERTAIN') as uncertain "
                        + "from readiness_checks c where c.account_id = ? order by c.id desc")
                .param(accountId).query((rs, n) -> {
                    OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
                    return new HistoryRow(rs.getLong("id"), rs.getString("status"),
                            rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                            completed == null ? null : completed.toInstant(), rs.getInt("answered"), rs.getInt("mastered"),
                            rs.getInt("not_yet"), rs.getInt("uncertain"));
                }).list();
    }

    record HistoryRow(long id, String status, java.time.Instant startedAt, java.time.Instant completedAt, int answered,
                      int mastered, int notYet, int uncertain) {
    }

    List<RecordedAnswer> answers(long checkId) {
        return jdbc.sql("select item_id, answer from readiness_answers where check_id = ? order by position").param(checkId)
                .query((rs, n) -> new RecordedAnswer(rs.getString(1), Answer.valueOf(rs.getString(2)))).list();
    }

    List<String> responses(long checkId) {
        return jdbc.sql("select response from readiness_answers where check_id = ? order by position").param(checkId)
                .query(String.class).list();
    }

    void addAnswer(long checkId, int position, String itemId, Answer answer, String response) {
        jdbc.sql("insert into readiness_answers (check_id, position, item_id, answer, response, answered_at) values (?, ?, ?, ?, ?, ?)")
                .params(checkId, position, itemId, answer.name(), response, now()).update();
    }

    void complete(long checkId, String stopReason, List<TopicRow> topics) {
        jdbc.sql("update readiness_checks set status = 'COMPLETED', stop_reason = ?, completed_at = ? where id = ?")
                .params(stopReason, now(), checkId).update();
        for (TopicRow topic : topics) {
            jdbc.sql("insert into readiness_topic_results (check_id, topic_id, status, probability) values (?, ?, ?, ?)")
                    .params(checkId, topic.topicId(), topic.status(), topic.probability()).update();
        }
    }

    List<TopicRow> topicResults(long checkId) {
        return jdbc.sql("select topic_id, status, probability from readiness_topic_results where check_id = ?").param(checkId)
                .query((rs, n) -> new TopicRow(rs.getString(1), rs.getString(2), rs.getDouble(3))).list();
    }

    private static CheckRow mapCheck(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new CheckRow(rs.getLong("id"), rs.getLong("account_id"), rs.getString("background"), rs.getLong("random_seed"),
                rs.getString("status"), rs.getString("stop_reason"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                completed == null ? null : completed.toInstant(), rs.getObject("calibration_run_id", Long.class));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
