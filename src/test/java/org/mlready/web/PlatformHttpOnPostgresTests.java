package org.mlready.web;

import org.mlready.support.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The platform on a real PostgreSQL, through the same Flyway migrations. */
class PlatformHttpOnPostgresTests extends PlatformHttpTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.Database database = TestPostgres.freshDatabase();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }
}
