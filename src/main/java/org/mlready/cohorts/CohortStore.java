package org.mlready.cohorts;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CohortStore {

    record Member(long accountId, Instant joinedAt) {
    }

    private static final String SELECT = "select c.id, c.owner_id, c.name, c.target_date, c.join_code, c.created_at, "
            + "(select count(*) from cohort_members m where m.cohort_id = c.id) as members from cohorts c ";

    private final JdbcClient jdbc;
    private final Clock clock;

    CohortStore(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    long create(long ownerId, String name, LocalDate targetDate, String joinCode) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into cohorts (owner_id, name, target_date, join_code, created_at) values (?, ?, ?, ?, ?)")
                .params(ownerId, name, targetDate, joinCode, now()).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Cohort> find(long id) {
        return jdbc.sql(SELECT + "where c.id = ?").param(id).query(CohortStore::cohort).optional();
    }

    Optional<Cohort> findByCode(String joinCode) {
        return jdbc.sql(SELECT + "where c.join_code = ?").param(joinCode).query(CohortStore::cohort).optional();
    }

    List<Cohort> ownedBy(long ownerId) {
        return jdbc.sql(SELECT + "where c.owner_id = ? order by c.created_at desc, c.id desc").param(ownerId)
                .query(CohortStore::cohort).list();
    }

    List<Cohort> all() {
        return jdbc.sql(SELECT + "order by c.created_at desc, c.id desc").query(CohortStore::cohort).list();
    }

    List<Cohort> joinedBy(long accountId) {
        return jdbc.sql(SELECT + "where c.id in (select cohort_id from cohort_members where account_id = ?) "
                + "order by c.name, c.id").param(accountId).query(CohortStore::cohort).list();
    }

    List<Member> members(long cohortId) {
        return jdbc.sql("select account_id, joined_at from cohort_members where cohort_id = ? order by joined_at, account_id")
                .param(cohortId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant())).list();
    }

    boolean isMember(long cohortId, long accountId) {
        return jdbc.sql("select count(*) from cohort_members where cohort_id = ? and account_id = ?")
                .params(cohortId, accountId).query(Integer.class).single() > 0;
    }

    void addMember(long cohortId, long accountId) {
        jdbc.sql("insert into cohort_members (cohort_id, account_id, joined_at) values (?, ?, ?)")
                .params(cohortId, accountId, now()).update();
    }

    boolean removeMember(long cohortId, long accountId) {
        return jdbc.sql("delete from cohort_members where cohort_id = ? and account_id = ?")
                .params(cohortId, accountId).update() > 0;
    }

    void setJoinCode(long cohortId, String joinCode) {
        jdbc.sql("update cohorts set join_code = ? where id = ?").params(joinCode, cohortId).update();
    }

    private static Cohort cohort(ResultSet rs, int row) throws SQLException {
        return new Cohort(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("name"),
                rs.getObject("target_date", LocalDate.class), rs.getString("join_code"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("members"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
