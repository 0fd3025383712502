package org.mlready.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.mlready.assessment.calibration.CalibrationResult;
import org.mlready.assessment.calibration.FamilyEstimate;
import org.mlready.assessment.calibration.Observation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ItemCalibrationStore {

    record RunRow(long id, Instant createdAt, int responses, int learnerTopics, int iterations, boolean converged) {
    }

    record FamilyRow(String familyId, double a, double b, double c, int responses, int correct) {
    }

    /**
     * The data rule: a learner's first readable response to a family (in any context; UNREADABLE answers are never
     * evidence), kept if it was a readiness answer or a practice answer given without hints.
     */
    private static final String FIRST_QUALIFYING_RESPONSES = """
            select account_id, family_id, verdict from (
              select account_id, family_id, verdict, context, hints_used,
                     row_number() over (partition by account_id, family_id order by answered_at, id) as nth
              from item_responses where verdict <> 'UNREADABLE'
            ) r
            where nth = 1 and (context = 'READINESS' or (context = 'PRACTICE' and hints_used = 0))
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JdbcTemplate streaming;

    ItemCalibrationStore(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2000);
    }

    void observations(Consumer<Observation> sink) {
        streaming.query(FIRST_QUALIFYING_RESPONSES, rs -> {
            sink.accept(new Observation(rs.getLong(1), rs.getString(2), "CORRECT".equals(rs.getString(3))));
        });
    }

    long save(Long createdBy, CalibrationResult result) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into item_calibration_runs (created_by, created_at, responses, learner_topics, iterations, converged) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(createdBy, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), result.responses(), result.learnerTopics(),
                        result.iterations(), result.converged())
                .update(keys, "id");
        long runId = keys.getKey().longValue();
        for (FamilyEstimate estimate : result.calibrated()) {
            jdbc.sql("insert into item_calibrations (run_id, family_id, a, b, c, responses, correct) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(runId, estimate.familyId(), estimate.parameters().a(), estimate.parameters().b(),
                            estimate.parameters().c(), estimate.responses(), estimate.correct())
                    .update();
        }
        return runId;
    }

    Optional<Long> latestRunId() {
        return jdbc.sql("select id from item_calibration_runs order by id desc limit 1").query(Long.class).optional();
    }

    Optional<RunRow> run(long runId) {
        return jdbc.sql("select id, created_at, responses, learner_topics, iterations, converged from item_calibration_runs where id = ?")
                .param(runId)
                .query((rs, n) -> new RunRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getBoolean(6)))
                .optional();
    }

    Map<String, FamilyRow> families(long runId) {
        Map<String, FamilyRow> rows = new LinkedHashMap<>();
        List<FamilyRow> list = jdbc.sql("select family_id, a, b, c, responses, correct from item_calibrations where run_id = ? order by family_id")
                .param(runId)
                .query((rs, n) -> new FamilyRow(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getInt(5), rs.getInt(6)))
                .list();
        list.forEach(r -> rows.put(r.familyId(), r));
        return rows;
    }
}
