package org.mlready.assessment.item.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A result set read into plain values: {@link java.math.BigDecimal} (exact numbers, trailing zeros stripped),
 * {@link Double} (floating point), trimmed {@link String} (text, dates and times in ISO form), {@link Boolean} or
 * {@code null}. {@code truncated} says that the query produced more rows than the sandbox returns.
 */
public record SqlResult(List<String> columns, List<List<Object>> rows, boolean truncated) implements SqlRun {

    public SqlResult {
        columns = List.copyOf(columns);
        // List.copyOf rejects nulls, and SQL values may be null.
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    public int rowCount() {
        return rows.size();
    }
}
