package org.mlready.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's readiness checks with every answer and topic verdict, for "Download my data". */
@Configuration(proxyBeanMethods = false)
class ReadinessDataExport {

    @Bean
    PersonalDataSection readinessChecksData(JdbcClient jdbc) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("checks", "select id, background, status, stop_reason, started_at, completed_at from readiness_checks where account_id = ? order by started_at, id");
        queries.put("answers", "select a.check_id, a.position, a.item_id, a.answer, a.response, a.answered_at from readiness_answers a join readiness_checks c on c.id = a.check_id where c.account_id = ? order by a.check_id, a.position");
        queries.put("topicResults", "select r.check_id, r.topic_id, r.status, r.probability from readiness_topic_results r join readiness_checks c on c.id = r.check_id where c.account_id = ? order by r.check_id, r.topic_id");
        return PersonalDataSection.ofQueries("readinessChecks", jdbc, queries);
    }
}
