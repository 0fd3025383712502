package org.mlready.assessment;

import org.mlready.support.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Item statistics and calibration on a fresh PostgreSQL database, through the same Flyway migrations. */
class ItemCalibrationHttpOnPostgresTests extends ItemCalibrationHttpTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry);
    }
}
