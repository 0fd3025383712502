package org.mlready.web;

import org.mlready.support.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Account self-service on a real PostgreSQL, through the same Flyway migrations. */
class AccountSelfServiceHttpOnPostgresTests extends AccountSelfServiceHttpTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry);
    }
}
