package org.mlready.progress;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only: a learner's finished readiness checks with the number of topics each decided were mastered, from the
 * tables the assessment module writes. Assessment builds on progress, so progress cannot ask its service; this
 * query only reads the outcome columns the migration V5 documents for history and growth over retakes.
 */
@Repository
class ReadinessOutcomes {

    private final JdbcClient jdbc;

    ReadinessOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MasteryHistory.CheckPoint> completed(long accountId) {
        return jdbc.sql("select c.id, c.completed_at, "
                        + "coalesce(sum(case when r.status = 'MASTERED' then 1 else 0 end), 0), count(r.topic_id) "
                        + "from readiness_checks c left join readiness_topic_results r on r.check_id = c.id "
                        + "where c.account_id = ? and c.status = 'COMPLETED' and c.completed_at is not null "
                        + "group by c.id, c.completed_at order by c.completed_at, c.id")
                .param(accountId)
                .query((rs, n) -> new MasteryHistory.CheckPoint(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
