package org.mlready.labs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's lab submissions and plot reviews (image sizes, not the images), for "Download my data". */
@Component
class LabDataExport implements PersonalDataSection {

    private final JdbcClient jdbc;

    LabDataExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "labs";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("attempts", rows("select lab_id, submitted_at, passed, score, details, public_auc, private_auc, public_f1, public_accuracy, private_f1, private_accuracy from lab_attempts where account_id = ? order by submitted_at, id", accountId));
        section.put("plots", rows("select title, width, height, submitted_at, status, axes_score, chart_type_score, readability_score, honesty_score, review_comment, reviewed_at from lab_plots where account_id = ? order by submitted_at, id", accountId));
        return section;
    }

    private Object rows(String sql, long accountId) {
        return PersonalDataSection.portable(jdbc.sql(sql).param(accountId).query().listOfRows());
    }
}
