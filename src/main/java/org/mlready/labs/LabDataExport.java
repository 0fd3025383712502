package org.mlready.labs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's lab submissions and plot reviews (image sizes, not the images), for "Download my data". */
@Configuration(proxyBeanMethods = false)
class LabDataExport {

    @Bean
    PersonalDataSection labsData(JdbcClient jdbc) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("attempts", "select lab_id, submitted_at, passed, score, details, public_auc, private_auc, public_f1, public_accuracy, private_f1, private_accuracy from lab_attempts where account_id = ? order by submitted_at, id");
        queries.put("plots", "select title, width, height, submitted_at, status, axes_score, chart_type_score, readability_score, honesty_score, review_comment, reviewed_at from lab_plots where account_id = ? order by submitted_at, id");
        return PersonalDataSection.ofQueries("labs", jdbc, queries);
    }
}
