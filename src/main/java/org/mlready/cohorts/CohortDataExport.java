package org.mlready.cohorts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cohorts a person joined and those they run, for "Download my data". */
@Configuration(proxyBeanMethods = false)
class CohortDataExport {

    @Bean
    PersonalDataSection cohortsData(JdbcClient jdbc) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("memberships", "select c.name, m.joined_at from cohort_members m join cohorts c on c.id = m.cohort_id where m.account_id = ? order by m.joined_at");
        queries.put("owned", "select name, target_date, join_code, created_at from cohorts where owner_id = ? order by created_at");
        return PersonalDataSection.ofQueries("cohorts", jdbc, queries);
    }
}
