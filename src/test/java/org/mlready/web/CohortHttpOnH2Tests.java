package org.mlready.web;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Cohorts on the default embedded H2 file database. */
class CohortHttpOnH2Tests extends CohortHttpTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("mlready.data-dir", () -> "./target/test-data/" + UUID.randomUUID());
    }
}
