package org.mlready.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.check.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Logs readiness answers beside practice answers, so item statistics see every response to an item. */
@Repository
class ResponseLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    ResponseLog(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    void record(long accountId, ItemInstance item, String response, Verdict verdict) {
        jdbc.sql("insert into item_responses (account_id, family_id, seed, skill_id, context, response, verdict, hints_used, answered_at) "
                        + "values (?, ?, ?, ?, 'READINESS', ?, ?, 0, ?)")
                .params(accountId, item.familyId(), item.seed(), item.skillId(), response, verdict.name(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }
}
