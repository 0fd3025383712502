package org.mlready.web;

import org.mlready.support.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Spaced review on a real PostgreSQL, through the same Flyway migrations. */
class ReviewHttpOnPostgresTests extends ReviewHttpTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry);
    }
}
