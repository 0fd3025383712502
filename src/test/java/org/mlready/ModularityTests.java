package org.mlready;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the feature modules' boundaries: no cycles, and no module reaching into another's internals. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(MlreadyApplication.class).verify();
    }
}
