package org.mlready.cohorts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only queries, for a whole cohort at once, over tables other modules own and write: item_responses (practice),
 * readiness_checks / readiness_answers / readiness_topic_results (assessment), completed_resources, studied_topics,
 * skill_confidence (progress) and lab_attempts / lab_plots (labs). No module publishes these figures for a group of
 * learners, and asking each module per member would cost a query per member and figure; nothing here writes.
 */
@Repository
class LearnerActivity {

    /** Readable practice answers on one skill in a window. */
    record SkillAnswers(long accountId, String skillId, int answers, int correct, Instant first, Instant last) {
    }

    record TopicResult(String topicId, String status, double probability) {
    }

    /** A learner's latest finished readiness check with its outcome per topic. */
    record CompletedCheck(long accountId, long checkId, Instant completedAt, List<TopicResult> topics) {
    }

    record OpenCheck(long accountId, long checkId, Instant startedAt, int answered) {
    }

    /** Completed checkpoint quizzes that failed, on topics the learner has not passed a checkpoint on since. */
    record FailedCheckpoint(long accountId, String topicIds, int scorePercent, Instant completedAt) {
    }

    private final JdbcClient jdbc;

    LearnerActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SkillAnswers> practiceSince(Collection<Long> accountIds, Instant since) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select account_id, skill_id, count(*), sum(case when verdict = 'CORRECT' then 1 else 0 end), "
                        + "min(answered_at), max(answered_at) from item_responses where account_id in (:ids) "
                        + "and context = 'PRACTICE' and verdict <> 'UNREADABLE' and answered_at >= :since "
                        + "group by account_id, skill_id")
                .param("ids", accountIds).param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query((rs, n) -> new SkillAnswers(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class))))
                .list();
    }

    /** Failed checkpoint quizzes (practice module's tables) on topic sets never passed, oldest first. */
    List<FailedCheckpoint> failedCheckpoints(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select q.account_id, q.topic_ids, q.score_percent, q.completed_at from checkpoint_quizzes q "
                        + "where q.account_id in (:ids) and q.completed_at is not null and q.passed = false and not exists "
                        + "(select 1 from checkpoint_passes p where p.account_id = q.account_id and p.topic_ids = q.topic_ids) "
                        + "order by q.completed_at, q.id")
                .param("ids", accountIds)
                .query((rs, n) -> new FailedCheckpoint(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        instant(rs.getObject(4, OffsetDateTime.class))))
                .list();
    }

    Map<Long, CompletedCheck> latestCompletedChecks(Collection<Long> accountIds) {
        Map<Long, CompletedCheck> checks = new HashMap<>();
        if (accountIds.isEmpty()) {
            return checks;
        }
        jdbc.sql("select c.account_id, c.id, c.completed_at, r.topic_id, r.status, r.probability "
                        + "from readiness_checks c join readiness_topic_results r on r.check_id = c.id "
                        + "where c.account_id in (:ids) and c.id = (select max(l.id) from readiness_checks l "
                        + "where l.account_id = c.account_id and l.status = 'COMPLETED') order by r.topic_id")
                .param("ids", accountIds)
                .query(rs -> {
                    long accountId = rs.getLong(1);
                    long checkId = rs.getLong(2);
                    Instant completedAt = instant(rs.getObject(3, OffsetDateTime.class));
                    CompletedCheck check = checks.computeIfAbsent(accountId,
                            id -> new CompletedCheck(id, checkId, completedAt, new ArrayList<>()));
                    check.topics().add(new TopicResult(rs.getString(4), rs.getString(5), rs.getDouble(6)));
                });
        return checks;
    }

    Map<Long, OpenCheck> openChecks(Collection<Long> accountIds) {
        Map<Long, OpenCheck> checks = new HashMap<>();
        if (accountIds.isEmpty()) {
            return checks;
        }
        jdbc.sql("select c.account_id, c.id, c.started_at, (select count(*) from readiness_answers a where a.check_id = c.id) "
                        + "from readiness_checks c where c.account_id in (:ids) and c.status = 'IN_PROGRESS'")
                .param("ids", accountIds)
                .query(rs -> {
                    checks.put(rs.getLong(1), new OpenCheck(rs.getLong(1), rs.getLong(2),
                            instant(rs.getObject(3, OffsetDateTime.class)), rs.getInt(4)));
                });
        return checks;
    }

    /** The time of each learner's latest recorded activity of any kind; learners with none are absent. */
    Map<Long, Instant> lastActivity(Collection<Long> accountIds) {
        Map<Long, Instant> last = new HashMap<>();
        if (accountIds.isEmpty()) {
            return last;
        }
        jdbc.sql("select account_id, max(at) from ("
                        + "select account_id, answered_at as at from item_responses where account_id in (:ids) "
                        + "union all select account_id, completed_at from completed_resources where account_id in (:ids) "
                        + "union all select account_id, studied_at from studied_topics where account_id in (:ids) "
                        + "union all select account_id, rated_at from skill_confidence where account_id in (:ids) "
                        + "union all select account_id, submitted_at from lab_attempts where account_id in (:ids) "
                        + "union all select account_id, submitted_at from lab_plots where account_id in (:ids)"
                        + ") activity group by account_id")
                .param("ids", accountIds)
                .query(rs -> {
                    last.put(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)));
                });
        return last;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
