package org.mlready.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every answer a person gave (practice, review and readiness) and their mastery per skill, for "Download my data". */
@Configuration(proxyBeanMethods = false)
class PracticeDataExport {

    @Bean
    PersonalDataSection practiceData(JdbcClient jdbc) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("answers", "select family_id, seed, skill_id, context, response, verdict, hints_used, answered_at from item_responses where account_id = ? order by answered_at, id");
        queries.put("skillMastery", "select skill_id, probability, attempts, correct, updated_at from skill_mastery where account_id = ? order by skill_id");
        return PersonalDataSection.ofQueries("practice", jdbc, queries);
    }
}
