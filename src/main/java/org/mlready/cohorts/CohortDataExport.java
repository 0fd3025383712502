package org.mlready.cohorts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cohorts a person joined and those they run, for "Download my data". */
@Component
class CohortDataExport implements PersonalDataSection {

    private final JdbcClient jdbc;

    CohortDataExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "cohorts";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("memberships", rows("select c.name, m.joined_at from cohort_members m join cohorts c on c.id = m.cohort_id where m.account_id = ? order by m.joined_at", accountId));
        section.put("owned", rows("select name, target_date, join_code, created_at from cohorts where owner_id = ? order by created_at", accountId));
        return section;
    }

    private Object rows(String sql, long accountId) {
        return PersonalDataSection.portable(jdbc.sql(sql).param(accountId).query().listOfRows());
    }
}
