package org.mlready.practice;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.mlready.assessment.item.check.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ResponseStore {

    record StoredResponse(String familyId, long seed, String skillId, String response, Verdict verdict, int hintsUsed) {
    }

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long accountId, String familyId, long seed, String skillId, String response, Verdict verdict, int hintsUsed) {
        jdbc.sql("insert into item_responses (account_id, family_id, seed, skill_id, context, response, verdict, hints_used, answered_at) "
                        + "values (?, ?, ?, ?, 'PRACTICE', ?, ?, ?, ?)")
                .params(accountId, familyId, seed, skillId, response, verdict.name(), hintsUsed, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    List<StoredResponse> recent(long accountId, int limit) {
        return jdbc.sql("select family_id, seed, skill_id, response, verdict, hints_used from item_responses "
                        + "where account_id = ? order by id desc limit ?")
                .params(accountId, limit)
                .query((rs, n) -> new StoredResponse(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Verdict.valueOf(rs.getString(5)), rs.getInt(6)))
                .list();
    }
}
