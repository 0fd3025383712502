package org.mlready.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's readiness checks with every answer and topic verdict, for "Download my data". */
@Component
class ReadinessDataExport implements PersonalDataSection {

    private final JdbcClient jdbc;

    ReadinessDataExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "readinessChecks";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("checks", rows("select id, background, status, stop_reason, started_at, completed_at from readiness_checks where account_id = ? order by started_at, id", accountId));
        section.put("answers", rows("select a.check_id, a.position, a.item_id, a.answer, a.response, a.answered_at from readiness_answers a join readiness_checks c on c.id = a.check_id where c.account_id = ? order by a.check_id, a.position", accountId));
        section.put("topicResults", rows("select r.check_id, r.topic_id, r.status, r.probability from readiness_topic_results r join readiness_checks c on c.id = r.check_id where c.account_id = ? order by r.check_id, r.topic_id", accountId));
        return section;
    }

    private Object rows(String sql, long accountId) {
        return PersonalDataSection.portable(jdbc.sql(sql).param(accountId).query().listOfRows());
    }
}
