package org.mlready.web;

import org.mlready.support.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Mastery over time on a real PostgreSQL, through the same Flyway migrations. */
class MasteryGrowthHttpOnPostgresTests extends MasteryGrowthHttpTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry);
    }
}
