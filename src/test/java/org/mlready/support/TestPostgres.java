package org.mlready.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A real PostgreSQL for tests: the server named by MLREADY_TEST_POSTGRES_URL (e.g.
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres) when set, otherwise an embedded PostgreSQL started once
 * per JVM. Every caller gets a fresh database of its own.
 */
public final class TestPostgres {

    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    public record Database(String url, String user, String password) {
    }

    /** Points a Spring test context at a fresh database of its own (for a {@code @DynamicPropertySource} method). */
    public static void useFreshDatabase(org.springframework.test.context.DynamicPropertyRegistry registry) {
        Database database = freshDatabase();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    public static synchronized Database freshDatabase() {
        String name = "mlready_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String external = System.getenv("MLREADY_TEST_POSTGRES_URL");
        try {
            if (external != null && !external.isBlank()) {
                try (Connection admin = DriverManager.getConnection(external)) {
                    admin.createStatement().execute("create database " + name);
                }
                String url = external.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
                return new Database(url, null, null);
            }
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().start();
            }
            try (Connection admin = embedded.getPostgresDatabase().getConnection()) {
                admin.createStatement().execute("create database " + name);
            }
            return new Database(embedded.getJdbcUrl("postgres", name), "postgres", "postgres");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot provide a PostgreSQL database for tests", e);
        }
    }
}
