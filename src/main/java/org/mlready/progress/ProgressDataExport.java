package org.mlready.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's ticked resources, studied topics and confidence ratings and passed checkpoint quizzes, for "Download my data". */
@Configuration(proxyBeanMethods = false)
class ProgressDataExport {

    @Bean
    PersonalDataSection progressData(JdbcClient jdbc) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("completedResources", "select resource_id, completed_at from completed_resources where account_id = ? order by completed_at");
        queries.put("studiedTopics", "select topic_id, studied_at from studied_topics where account_id = ? order by studied_at");
        queries.put("skillConfidence", "select skill_id, confidence, rated_at from skill_confidence where account_id = ? order by skill_id");
        queries.put("checkpointPasses", "select topic_ids, passed_at from checkpoint_passes where account_id = ? order by passed_at");
        return PersonalDataSection.ofQueries("progress", jdbc, queries);
    }
}
