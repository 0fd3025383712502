package org.mlready.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every answer a person gave (practice, review and readiness) and their mastery per skill, for "Download my data". */
@Component
class PracticeDataExport implements PersonalDataSection {

    private final JdbcClient jdbc;

    PracticeDataExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "practice";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("answers", rows("select family_id, seed, skill_id, context, response, verdict, hints_used, answered_at from item_responses where account_id = ? order by answered_at, id", accountId));
        section.put("skillMastery", rows("select skill_id, probability, attempts, correct, updated_at from skill_mastery where account_id = ? order by skill_id", accountId));
        return section;
    }

    private Object rows(String sql, long accountId) {
        return PersonalDataSection.portable(jdbc.sql(sql).param(accountId).query().listOfRows());
    }
}
