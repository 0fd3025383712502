package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** GROUP BY with HAVING: cities whose customers placed at least n orders in a year. */
final class CityOrderCountFamily extends SeededSqlFamily<CityOrderCountFamily.Parameters> {

    static final List<Integer> YEARS = List.of(2023, 2024);
    static final List<Integer> MINIMUMS = List.of(2, 3, 4);

    record Parameters(int year, int minimum) {
    }

    CityOrderCountFamily() {
        super("sql-group-by-having", RELATIONAL_SQL);
    }

    @Override
    public long distinctQuestions() {
        return (long) YEARS.size() * MINIMUMS.size();
    }

    @Override
    Parameters choose(Random random) {
        int[] c = combination(random, YEARS.size(), MINIMUMS.size());
        return new Parameters(YEARS.get(c[0]), MINIMUMS.get(c[1]));
    }

    @Override
    String stem(Parameters p) {
        return "Count the orders (any status) placed in " + p.year() + " per customer city, and keep only the cities"
                + " with **at least " + p.minimum() + "** such orders. Return two columns: `city` and the number of "
                + "orders (any row order).\n\n" + SandboxTables.describe("customers", "orders");
    }

    @Override
    String referenceQuery(Parameters p) {
        return "SELECT c.city, COUNT(*) AS orders_placed\nFROM orders o\n"
                + "JOIN customers c ON c.customer_id = o.customer_id\n"
                + "WHERE o.order_date >= DATE '" + p.year() + "-01-01' AND o.order_date < DATE '" + (p.year() + 1)
                + "-01-01'\nGROUP BY c.city\nHAVING COUNT(*) >= " + p.minimum();
    }

    @Override
    boolean ordered(Parameters p) {
        return false;
    }

    @Override
    String explanation(Parameters p) {
        return "1. Join `orders` to `customers` to know each order's city.\n"
                + "2. Keep the orders of " + p.year() + " with WHERE; this filters rows *before* grouping.\n"
                + "3. `GROUP BY c.city` makes one group per city and `COUNT(*)` counts its orders.\n"
                + "4. A condition on the count can only be tested *after* grouping, so it goes in HAVING: `HAVING "
                + "COUNT(*) >= " + p.minimum() + "`.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("One output row per city: that is GROUP BY.",
                "WHERE filters rows before grouping; HAVING filters groups after it.",
                "GROUP BY c.city HAVING COUNT(*) >= " + p.minimum());
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.2, -0.1);
    }
}
