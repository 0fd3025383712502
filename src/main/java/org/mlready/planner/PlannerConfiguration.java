package org.mlready.planner;

import org.mlready.curriculum.Curriculum;
import org.mlready.planner.schedule.PlanScheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlannerConfiguration {

    /** Pure and thread-safe, so one scheduler serves every request. */
    @Bean
    PlanScheduler planScheduler(Curriculum curriculum) {
        return new PlanScheduler(curriculum);
    }
}
