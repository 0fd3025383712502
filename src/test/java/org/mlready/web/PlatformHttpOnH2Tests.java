package org.mlready.web;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The platform on its default embedded H2 file database. */
class PlatformHttpOnH2Tests extends PlatformHttpTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("mlready.data-dir", () -> "./target/test-data/" + UUID.randomUUID());
    }
}
