package org.mlready.web;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Spaced review on the default embedded H2 file database. */
class ReviewHttpOnH2Tests extends ReviewHttpTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("mlready.data-dir", () -> "./target/test-data/" + UUID.randomUUID());
    }
}
