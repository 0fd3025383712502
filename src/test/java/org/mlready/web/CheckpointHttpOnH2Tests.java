package org.mlready.web;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Checkpoint quizzes on the default embedded H2 file database. */
class CheckpointHttpOnH2Tests extends CheckpointHttpTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("mlready.data-dir", () -> "./target/test-data/" + UUID.randomUUID());
    }
}
