package org.mlready.planner;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's learning plan (without the secret calendar token), for "Download my data". */
@Configuration(proxyBeanMethods = false)
class PlanDataExport {

    @Bean
    PersonalDataSection planData(JdbcClient jdbc) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("plan", "select background, hours_per_week, start_date, target_date, mastered_topic_ids, mastered_skill_ids, completed_resource_ids, created_at, updated_at from learning_plans where account_id = ?");
        return PersonalDataSection.ofQueries("plan", jdbc, queries);
    }
}
