package org.mlready.planner;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's learning plan (without the secret calendar token), for "Download my data". */
@Component
class PlanDataExport implements PersonalDataSection {

    private final JdbcClient jdbc;

    PlanDataExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("plan", rows("select background, hours_per_week, start_date, target_date, mastered_topic_ids, mastered_skill_ids, completed_resource_ids, created_at, updated_at from learning_plans where account_id = ?", accountId));
        return section;
    }

    private Object rows(String sql, long accountId) {
        return PersonalDataSection.portable(jdbc.sql(sql).param(accountId).query().listOfRows());
    }
}
