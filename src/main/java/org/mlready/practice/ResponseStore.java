package org.mlready.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.mlready.assessment.item.check.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The stored answers. A learner's practice history is read once per web request and shared by everything in that
 * request (the dashboard shows both the review schedule and the mastery history, each a replay of it); storing an
 * answer drops the shared copy, so a request that answers and then shows the schedule sees its own answer.
 */
@Repository
class ResponseStore {

    record StoredResponse(String familyId, long seed, String skillId, String response, Verdict verdict, int hintsUsed) {
    }

    /** One stored answer as the learner's answer log shows it; {@code context} is PRACTICE, READINESS or CHECKPOINT. */
    record LoggedAnswer(Instant answeredAt, String context, String skillId, String familyId, long seed, String response,
                        Verdict verdict, int hintsUsed) {
    }

    /**
     * A readable practice answer (it updated mastery), as the review schedule and the mastery replay need it;
     * {@code hintsOffered} and {@code guessChance} are those of its question when they were stored with the answer
     * (null for answers stored before they were).
     */
    record PracticeAnswer(String skillId, String familyId, long seed, boolean correct, int hintsUsed, Instant answeredAt,
                          Integer hintsOffered, Double guessChance) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ResponseStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insert(long accountId, String familyId, long seed, String skillId, String response, Verdict verdict, int hintsUsed,
                int hintsOffered, double guessChance) {
        insert("PRACTICE", accountId, familyId, seed, skillId, response, verdict, hintsUsed, hintsOffered, guessChance);
    }

    /** A checkpoint quiz answer: counted in item statistics, never replayed into mastery or reviews. */
    void insertCheckpoint(long accountId, String familyId, long seed, String skillId, String response, Verdict verdict,
                          int hintsOffered, double guessChance) {
        insert("CHECKPOINT", accountId, familyId, seed, skillId, response, verdict, 0, hintsOffered, guessChance);
    }

    private void insert(String context, long accountId, String familyId, long seed, String skillId, String response,
                        Verdict verdict, int hintsUsed, int hintsOffered, double guessChance) {
        jdbc.sql("insert into item_responses (account_id, family_id, seed, skill_id, context, response, verdict, hints_used, "
                        + "answered_at, hints_offered, guess_chance) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(accountId, familyId, seed, skillId, context, response, verdict.name(), hintsUsed, OffsetDateTime.now(clock),
                        hintsOffered, guessChance)
                .update();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(historyKey(accountId), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** A page of the learner's answers, newest first. */
    List<LoggedAnswer> answerLog(long accountId, int offset, int limit) {
        return jdbc.sql("select answered_at, context, skill_id, family_id, seed, response, verdict, hints_used "
                        + "from item_responses where account_id = ? order by answered_at desc, id desc limit ? offset ?")
                .params(accountId, limit, offset)
                .query((rs, n) -> new LoggedAnswer(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), Verdict.valueOf(rs.getString(7)),
                        rs.getInt(8)))
                .list();
    }

    int answerCount(long accountId) {
        return jdbc.sql("select count(*) from item_responses where account_id = ?").param(accountId).query(Integer.class).single();
    }

    /** Every question family the learner has answered right at least once, in practice or a readiness check. */
    Set<String> correctlyAnsweredFamilies(long accountId) {
        return new HashSet<>(jdbc.sql("select distinct family_id from item_responses where account_id = ? and verdict = 'CORRECT'")
                .param(accountId).query(String.class).list());
    }

    List<StoredResponse> recent(long accountId, int limit) {
        return jdbc.sql("select family_id, seed, skill_id, response, verdict, hints_used from item_responses "
                        + "where account_id = ? order by id desc limit ?")
                .params(accountId, limit)
                .query((rs, n) -> new StoredResponse(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Verdict.valueOf(rs.getString(5)), rs.getInt(6)))
                .list();
    }

    /** The learner's readable practice answers (review answers are practice answers), oldest first. */
    @SuppressWarnings("unchecked")
    List<PracticeAnswer> practiceHistory(long accountId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return loadPracticeHistory(accountId);
        }
        Object shared = request.getAttribute(historyKey(accountId), RequestAttributes.SCOPE_REQUEST);
        if (shared != null) {
            return (List<PracticeAnswer>) shared;
        }
        List<PracticeAnswer> history = loadPracticeHistory(accountId);
        request.setAttribute(historyKey(accountId), history, RequestAttributes.SCOPE_REQUEST);
        return history;
    }

    private static String historyKey(long accountId) {
        return ResponseStore.class.getName() + ".practiceHistory." + accountId;
    }

    private List<PracticeAnswer> loadPracticeHistory(long accountId) {
        return List.copyOf(jdbc.sql("select skill_id, family_id, seed, verdict, hints_used, answered_at, hints_offered, guess_chance from item_responses "
                        + "where account_id = ? and context = 'PRACTICE' and verdict <> 'UNREADABLE' order by answered_at, id")
                .param(accountId)
                .query((rs, n) -> new PracticeAnswer(rs.getString(1), rs.getString(2), rs.getLong(3),
                        Verdict.CORRECT.name().equals(rs.getString(4)), rs.getInt(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getObject(7, Integer.class),
                        rs.getObject(8, Double.class)))
                .list());
    }
}
