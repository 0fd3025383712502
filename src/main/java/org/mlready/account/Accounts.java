package org.mlready.account;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Accounts {

    private static final String COLUMNS = "id, email, display_name, role, background, weekly_hours, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    Accounts(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    long insert(String email, String displayName, String passwordHash, Role role) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into accounts (email, display_name, password_hash, role, created_at) values (?, ?, ?, ?, ?)")
                .params(email, displayName, passwordHash, role.name(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Account> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from accounts where id = ?").param(id).query(Accounts::map).optional();
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from accounts where email = ?").param(email).query(Accounts::map).optional();
    }

    Optional<String> passwordHashOf(String email) {
        return jdbc.sql("select password_hash from accounts where email = ?").param(email).query(String.class).optional();
    }

    boolean existsByEmail(String email) {
        return jdbc.sql("select count(*) from accounts where email = ?").param(email).query(Integer.class).single() > 0;
    }

    void updateProfile(long id, String displayName, String background, int weeklyHours) {
        jdbc.sql("update accounts set display_name = ?, background = ?, weekly_hours = ? where id = ?")
                .params(displayName, background, weeklyHours, id).update();
    }

    void updateRole(long id, Role role) {
        jdbc.sql("update accounts set role = ? where id = ?").params(role.name(), id).update();
    }

    void updatePasswordHash(long id, String passwordHash) {
        jdbc.sql("update accounts set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    Optional<String> passwordHashOf(long id) {
        return jdbc.sql("select password_hash from accounts where id = ?").param(id).query(String.class).optional();
    }

    int countByRole(Role role) {
        return jdbc.sql("select count(*) from accounts where role = ?").param(role.name()).query(Integer.class).single();
    }

    /** Deletes the account; every table that refers to it deletes its rows with it (on delete cascade). */
    void delete(long id) {
        jdbc.sql("delete from accounts where id = ?").param(id).update();
    }

    List<Account> all() {
        return jdbc.sql("select " + COLUMNS + " from accounts order by id").query(Accounts::map).list();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        int hours = rs.getInt("weekly_hours");
        Integer weeklyHours = rs.wasNull() ? null : hours;
        Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        return new Account(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("background"), weeklyHours, created);
    }
}
