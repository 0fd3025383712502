package org.mlready.analytics;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates over item_responses and readiness_answers; per-learner rows are streamed, never held together. */
@Repository
class ItemStatisticsQueries {

    record ResponseCounts(int readiness, int readinessCorrect, int practice, int practiceCorrect, int checkpoint,
                          int checkpointCorrect) {
    }

    record ReadinessCounts(int answers, int dontKnow, int checks) {
    }

    /** One learner's first scored response to a family (readiness or practice). */
    interface FirstResponseSink {
        void accept(long accountId, String familyId, boolean correct);
    }

    private static final String FAMILY_OF_ITEM = "regexp_replace(item_id, '#[^#]*$', '')";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    ItemStatisticsQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2000);
    }

    Map<String, ResponseCounts> responseCounts() {
        Map<String, int[]> raw = new HashMap<>();
        jdbc.sql("select family_id, context, count(*), sum(case when verdict = 'CORRECT' then 1 else 0 end) from item_responses "
                        + "where verdict <> 'UNREADABLE' and context in ('READINESS', 'PRACTICE', 'CHECKPOINT') group by family_id, context")
                .query(rs -> {
                    int[] counts = raw.computeIfAbsent(rs.getString(1), f -> new int[6]);
                    int offset = "READINESS".equals(rs.getString(2)) ? 0 : "PRACTICE".equals(rs.getString(2)) ? 2 : 4;
                    counts[offset] = rs.getInt(3);
                    counts[offset + 1] = rs.getInt(4);
                });
        Map<String, ResponseCounts> counts = new HashMap<>();
        raw.forEach((family, c) -> counts.put(family, new ResponseCounts(c[0], c[1], c[2], c[3], c[4], c[5])));
        return counts;
    }

    Map<String, ReadinessCounts> readinessCounts() {
        Map<String, ReadinessCounts> counts = new HashMap<>();
        jdbc.sql("select " + FAMILY_OF_ITEM + ", count(*), sum(case when answer = 'DONT_KNOW' then 1 else 0 end), "
                        + "count(distinct check_id) from readiness_answers group by " + FAMILY_OF_ITEM)
                .query(rs -> {
                    counts.put(rs.getString(1), new ReadinessCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                });
        return counts;
    }

    /** Readiness checks with at least one answer. */
    int checksWithAnswers() {
        return jdbc.sql("select count(distinct check_id) from readiness_answers").query(Integer.class).single();
    }

    /** First readable readiness, practice or checkpoint response per (learner, family), ordered by learner. */
    void firstResponsesByLearner(FirstResponseSink sink) {
        streaming.query("""
                select account_id, family_id, verdict from (
                  select account_id, family_id, verdict,
                         row_number() over (partition by account_id, family_id order by answered_at, id) as nth
                  from item_responses where verdict <> 'UNREADABLE' and context in ('READINESS', 'PRACTICE', 'CHECKPOINT')
                ) r where nth = 1 order by account_id
                """, rs -> {
            sink.accept(rs.getLong(1), rs.getString(2), "CORRECT".equals(rs.getString(3)));
        });
    }
}
