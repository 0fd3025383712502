package org.mlready.progress;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MasteryStore {

    record Row(double probability, int attempts, int correct) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MasteryStore(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    Optional<Row> find(long accountId, String skillId) {
        return jdbc.sql("select probability, attempts, correct from skill_mastery where account_id = ? and skill_id = ?")
                .params(accountId, skillId)
                .query((rs, n) -> new Row(rs.getDouble(1), rs.getInt(2), rs.getInt(3))).optional();
    }

    Map<String, Row> all(long accountId) {
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select skill_id, probability, attempts, correct from skill_mastery where account_id = ?").param(accountId)
                .query(rs -> {
                    rows.put(rs.getString(1), new Row(rs.getDouble(2), rs.getInt(3), rs.getInt(4)));
                });
        return rows;
    }

    void save(long accountId, String skillId, Row row) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int updated = jdbc.sql("update skill_mastery set probability = ?, attempts = ?, correct = ?, updated_at = ? "
                        + "where account_id = ? and skill_id = ?")
                .params(row.probability(), row.attempts(), row.correct(), now, accountId, skillId).update();
        if (updated == 0) {
            jdbc.sql("insert into skill_mastery (account_id, skill_id, probability, attempts, correct, updated_at) values (?, ?, ?, ?, ?, ?)")
                    .params(accountId, skillId, row.probability(), row.attempts(), row.correct(), now).update();
        }
    }
}
