package org.mlready.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mlready.assessment.item.check.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Checkpoint quizzes and their answers (tables checkpoint_quizzes and checkpoint_answers). */
@Repository
class CheckpointStore {

    /** A quiz; {@code topicIds} sorted. Score fields are null until it is completed. */
    record QuizRow(long id, long accountId, List<String> topicIds, long randomSeed, int questionCount, Instant startedAt,
                   Instant completedAt, Integer correctCount, Integer scorePercent, Boolean passed) {

        boolean completed() {
            return completedAt != null;
        }
    }

    record AnswerRow(int position, String familyId, long seed, String skillId, String topicId, String response,
                     Verdict verdict, Instant answeredAt) {
    }

    private static final String QUIZ_COLUMNS = "id, account_id, topic_ids, random_seed, question_count, started_at, "
            + "completed_at, correct_count, score_percent, passed";

    private final JdbcClient jdbc;
    private final Clock clock;

    CheckpointStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long create(long accountId, String topicKey, long randomSeed, int questionCount) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into checkpoint_quizzes (account_id, topic_ids, random_seed, question_count, started_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(accountId, topicKey, randomSeed, questionCount, now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<QuizRow> find(long quizId) {
        return jdbc.sql("select " + QUIZ_COLUMNS + " from checkpoint_quizzes where id = ?").param(quizId)
                .query(CheckpointStore::quiz).optional();
    }

    /** The learner's quizzes on exactly these topics, newest first. */
    List<QuizRow> forTopics(long accountId, String topicKey) {
        return jdbc.sql("select " + QUIZ_COLUMNS + " from checkpoint_quizzes where account_id = ? and topic_ids = ? "
                        + "order by started_at desc, id desc")
                .params(accountId, topicKey).query(CheckpointStore::quiz).list();
    }

    List<AnswerRow> answers(long quizId) {
        return jdbc.sql("select position, family_id, seed, skill_id, topic_id, response, verdict, answered_at "
                        + "from checkpoint_answers where quiz_id = ? order by position")
                .param(quizId)
                .query((rs, n) -> new AnswerRow(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Verdict.valueOf(rs.getString(7)),
                        rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Fails with a duplicate key when the position is already answered. */
    void addAnswer(long quizId, int position, String familyId, long seed, String skillId, String topicId, String response,
                   Verdict verdict) {
        jdbc.sql("insert into checkpoint_answers (quiz_id, position, family_id, seed, skill_id, topic_id, response, verdict, "
                        + "answered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(quizId, position, familyId, seed, skillId, topicId, response, verdict.name(), now())
                .update();
    }

    void complete(long quizId, int correct, int scorePercent, boolean passed) {
        jdbc.sql("update checkpoint_quizzes set completed_at = ?, correct_count = ?, score_percent = ?, passed = ? "
                        + "where id = ? and completed_at is null")
                .params(now(), correct, scorePercent, passed, quizId).update();
    }

    private static QuizRow quiz(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        OffsetDateTime completed = rs.getObject(7, OffsetDateTime.class);
        return new QuizRow(rs.getLong(1), rs.getLong(2), Arrays.asList(rs.getString(3).split(",")), rs.getLong(4),
                rs.getInt(5), rs.getObject(6, OffsetDateTime.class).toInstant(), completed == null ? null : completed.toInstant(),
                rs.getObject(8, Integer.class), rs.getObject(9, Integer.class), rs.getObject(10, Boolean.class));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
