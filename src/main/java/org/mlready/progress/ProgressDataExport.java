package org.mlready.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's ticked resources, studied topics and confidence ratings, for "Download my data". */
@Component
class ProgressDataExport implements PersonalDataSection {

    private final JdbcClient jdbc;

    ProgressDataExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("completedResources", rows("select resource_id, completed_at from completed_resources where account_id = ? order by completed_at", accountId));
        section.put("studiedTopics", rows("select topic_id, studied_at from studied_topics where account_id = ? order by studied_at", accountId));
        section.put("skillConfidence", rows("select skill_id, confidence, rated_at from skill_confidence where account_id = ? order by skill_id", accountId));
        return section;
    }

    private Object rows(String sql, long accountId) {
        return PersonalDataSection.portable(jdbc.sql(sql).param(accountId).query().listOfRows());
    }
}
