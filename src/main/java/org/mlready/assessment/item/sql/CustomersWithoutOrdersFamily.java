package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** An anti-join: customers with no order in a given year, including those who never ordered. */
final class CustomersWithoutOrdersFamily extends SeededSqlFamily<CustomersWithoutOrdersFamily.Parameters> {

    static final List<String> COUNTRIES = List.of("Portugal", "Spain", "France", "Germany", "Italy");
    static final List<Integer> YEARS = List.of(2023, 2024);

    record Parameters(String country, int year) {
    }

    CustomersWithoutOrdersFamily() {
        super("sql-anti-join", RELATIONAL_SQL);
    }

    @Override
    public long distinctQuestions() {
        return (long) COUNTRIES.size() * YEARS.size();
    }

    @Override
    Parameters choose(Random random) {
        int[] c = combination(random, COUNTRIES.size(), YEARS.size());
        return new Parameters(COUNTRIES.get(c[0]), YEARS.get(c[1]));
    }

    @Override
    String stem(Parameters p) {
        return "Which customers from **" + p.country() + "** placed **no order** (of any status) in " + p.year()
                + "? Customers who never ordered at all count too. Return one column: the customer's `name` (any "
                + "row order).\n\n" + SandboxTables.describe("customers", "orders");
    }

    @Override
    String referenceQuery(Parameters p) {
        return "SELECT c.name\nFROM customers c\nLEFT JOIN orders o\n  ON o.customer_id = c.customer_id\n"
                + " AND o.order_date >= DATE '" + p.year() + "-01-01' AND o.order_date < DATE '" + (p.year() + 1)
                + "-01-01'\nWHERE c.country = '" + p.country() + "'\n  AND o.order_id IS NULL";
    }

    @Override
    boolean ordered(Parameters p) {
        return false;
    }

    @Override
    String explanation(Parameters p) {
        return "1. A LEFT JOIN keeps every customer; where no order matches, the order columns are NULL.\n"
                + "2. The year condition must go in the ON clause: it decides which orders *match*. Put in WHERE, it"
                + " would throw away the NULL rows we are looking for.\n"
                + "3. Keep the customers of " + p.country() + " whose match is missing: `o.order_id IS NULL`.\n"
                + "`NOT EXISTS (SELECT 1 FROM orders o WHERE ...)` is an equally good way to write it.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("You are looking for customers for whom something does not exist.",
                "Try LEFT JOIN orders and look for rows where the order side is NULL, or use NOT EXISTS.",
                "With LEFT JOIN, put the " + p.year() + " date condition in the ON clause, not in WHERE.");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.3, 0.7);
    }
}
