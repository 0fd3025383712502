package org.mlready.practice;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The time source for stored answers and review due dates (UTC days), replaceable in tests. */
@Configuration
class ReviewConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
