package org.mlready.account;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One module's share of what a person can download about themselves ("Download my data"). Each feature module that
 * stores rows about an account contributes its own section, so the export stays complete as modules are added.
 */
public interface PersonalDataSection {

    /** The key of this section in the export, e.g. {@code practiceAnswers}. */
    String name();

    /** Everything this module stores about the account, as JSON-serialisable values. */
    Object exportFor(long accountId);

    /**
     * A section made of queries, each taking the account id as its one parameter: the export holds, under each key,
     * the rows its query returns.
     */
    static PersonalDataSection ofQueries(String name, JdbcClient jdbc, Map<String, String> queriesByKey) {
        Map<String, String> queries = new LinkedHashMap<>(queriesByKey);
        return new PersonalDataSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object exportFor(long accountId) {
                Map<String, Object> section = new LinkedHashMap<>();
                queries.forEach((key, sql) -> section.put(key, portable(jdbc.sql(sql).param(accountId).query().listOfRows())));
                return section;
            }
        };
    }

    /**
     * Rows as read by JDBC, with times written the same way on every database (ISO-8601 instants and dates) rather
     * than as each driver's own types.
     */
    static List<Map<String, Object>> portable(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> out = new LinkedHashMap<>();
            row.forEach((column, value) -> out.put(column.toLowerCase(java.util.Locale.ROOT), portable(value)));
            return out;
        }).toList();
    }

    private static Object portable(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.time.temporal.TemporalAccessor) {
            return value.toString();
        }
        return value;
    }
}
