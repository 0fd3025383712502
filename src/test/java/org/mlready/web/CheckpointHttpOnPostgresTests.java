package org.mlready.web;

import org.mlready.support.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Checkpoint quizzes on a real PostgreSQL, through the same Flyway migrations. */
class CheckpointHttpOnPostgresTests extends CheckpointHttpTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry);
    }
}
