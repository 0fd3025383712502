package org.mlready.assessment;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Item statistics and calibration on a fresh embedded H2 file database. */
class ItemCalibrationHttpOnH2Tests extends ItemCalibrationHttpTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("mlready.data-dir", () -> "./target/test-data/" + UUID.randomUUID());
    }
}
