package org.mlready.assessment.item.sql;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Markdown descriptions of the sandbox tables, for the stems of the questions that use them. */
final class SandboxTables {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("customers", "customer_id, name, city, country, signup_date, segment"),
            Map.entry("products", "product_id, name, category, unit_price"),
            Map.entry("orders", "order_id, customer_id, order_date, status"),
            Map.entry("order_items", "order_id, product_id, quantity, unit_price"),
            Map.entry("departments", "department_id, name, city"),
            Map.entry("employees", "employee_id, name, department_id, manager_id, title, salary, hire_date"),
            Map.entry("web_sessions",
                    "session_id, customer_id, started_at, device, pages_viewed, duration_seconds, converted"),
            Map.entry("fact_sales", "sale_id, date_key, product_key, store_key, quantity, revenue"),
            Map.entry("dim_date", "date_key, full_date, calendar_year, calendar_quarter, calendar_month, month_name, "
                    + "day_name, is_weekend"),
            Map.entry("dim_product",
                    "product_key, product_code, name, category, brand, list_price, valid_from, valid_to, is_current"),
            Map.entry("dim_store", "store_key, store_code, city, region, store_type, valid_from, valid_to, is_current"),
            Map.entry("staging_sales", "staging_id, sale_ref, sale_date, store_code, product_code, quantity, amount, "
                    + "loaded_at, batch_id"));

    private SandboxTables() {
    }

    /** A Markdown list of the given tables with their columns. */
    static String describe(String... tables) {
        return "Tables:\n\n" + Arrays.stream(tables).map(table -> {
            String columns = COLUMNS.get(table);
            if (columns == null) {
                throw new IllegalArgumentException("unknown sandbox table " + table);
            }
            return "- `" + table + "(" + columns + ")`";
        }).collect(Collectors.joining("\n"));
    }

    /** The SCD type 2 conventions of the star schema's dimensions, shared by the warehousing questions. */
    static final String SCD_NOTE = "`dim_product` and `dim_store` keep history (slowly changing dimension, type 2): "
            + "when an attribute changes, the old row gets `valid_to` (exclusive) and `is_current = FALSE`, and a new "
            + "row with a new surrogate key starts at the same date with `valid_to` NULL and `is_current = TRUE`. "
            + "Each `fact_sales` row references the version that was valid on the day of the sale; `date_key` is "
            + "the date as the number yyyymmdd.";
}
