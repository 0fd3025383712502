package org.mlready.planner;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per learner: the inputs of their current plan, and the secret token of its calendar feed. */
@Repository
class PlanStore {

    record StoredPlan(long accountId, PlanInputs inputs, String calendarToken, Instant createdAt, Instant updatedAt) {
    }

    private static final String COLUMNS = "account_id, background, hours_per_week, start_date, target_date, mastered_topic_ids, "
            + "mastered_skill_ids, completed_resource_ids, calendar_token, created_at, updated_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    PlanStore(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    Optional<StoredPlan> find(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from learning_plans where account_id = ?").param(accountId)
                .query(PlanStore::row).optional();
    }

    Optional<StoredPlan> findByCalendarToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from learning_plans where calendar_token = ?").param(token)
                .query(PlanStore::row).optional();
    }

    /** Stores new inputs, keeping the calendar token (and so the subscribed URL) of an existing plan. */
    void save(long accountId, PlanInputs inputs, String newToken) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                        update learning_plans set background = ?, hours_per_week = ?, start_date = ?, target_date = ?,
                               mastered_topic_ids = ?, mastered_skill_ids = ?, completed_resource_ids = ?, updated_at = ?
                        where account_id = ?""")
                .params(inputs.background(), inputs.hoursPerWeek(), inputs.startDate(), inputs.targetDate().orElse(null),
                        join(inputs.masteredTopicIds()), join(inputs.masteredSkillIds()), join(inputs.completedResourceIds()),
                        now, accountId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into learning_plans (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(accountId, inputs.background(), inputs.hoursPerWeek(), inputs.startDate(),
                            inputs.targetDate().orElse(null), join(inputs.masteredTopicIds()),
                            join(inputs.masteredSkillIds()), join(inputs.completedResourceIds()), newToken, now, now)
                    .update();
        }
    }

    private static StoredPlan row(ResultSet rs, int rowNumber) throws SQLException {
        PlanInputs inputs = new PlanInputs(rs.getString("background"), rs.getInt("hours_per_week"),
                rs.getObject("start_date", LocalDate.class), Optional.ofNullable(rs.getObject("target_date", LocalDate.class)),
                split(rs.getString("mastered_topic_ids")), split(rs.getString("mastered_skill_ids")),
                split(rs.getString("completed_resource_ids")));
        return new StoredPlan(rs.getLong("account_id"), inputs, rs.getString("calendar_token"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static String join(Set<String> ids) {
        return String.join(",", new TreeSet<>(ids));
    }

    private static Set<String> split(String ids) {
        if (ids == null || ids.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
