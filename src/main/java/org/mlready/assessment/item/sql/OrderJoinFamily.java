package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** An inner join of orders to customers, filtered on both sides. */
final class OrderJoinFamily extends SeededSqlFamily<OrderJoinFamily.Parameters> {

    static final List<String> COUNTRIES = List.of("Portugal", "Spain", "France", "Germany", "Italy");
    static final List<String> STATUSES = List.of("delivered", "shipped", "cancelled");

    record Parameters(String country, String status) {
    }

    OrderJoinFamily() {
        super("sql-join-orders-customers", RELATIONAL_SQL);
    }

    @Override
    public long distinctQuestions() {
        return (long) COUNTRIES.size() * STATUSES.size();
    }

    @Override
    Parameters choose(Random random) {
        int[] c = combination(random, COUNTRIES.size(), STATUSES.size());
        return new Parameters(COUNTRIES.get(c[0]), STATUSES.get(c[1]));
    }

    @Override
    String stem(Parameters p) {
        return "Find the orders with status **'" + p.status() + "'** placed by customers from **" + p.country()
                + "**. Return three columns: `order_id`, `order_date` and the customer's `name` (any row order).\n\n"
                + SandboxTables.describe("customers", "orders");
    }

    @Override
    String referenceQuery(Parameters p) {
        return "SELECT o.order_id, o.order_date, c.name\nFROM orders o\n"
                + "JOIN customers c ON c.customer_id = o.customer_id\n"
                + "WHERE o.status = '" + p.status() + "'\n  AND c.country = '" + p.country() + "'";
    }

    @Override
    boolean ordered(Parameters p) {
        return false;
    }

    @Override
    String explanation(Parameters p) {
        return "1. The status lives in `orders`, the country and the name in `customers`, so both tables are needed.\n"
                + "2. Join them on the key they share: `orders.customer_id = customers.customer_id`. Each order "
                + "meets exactly one customer.\n3. Filter the joined rows on `status = '" + p.status()
                + "'` and `country = '" + p.country() + "'`, then select the three columns.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("The columns come from two tables: orders and customers.",
                "Use JOIN customers c ON c.customer_id = o.customer_id.",
                "After the join, filter with WHERE o.status = '" + p.status() + "' AND c.country = '" + p.country()
                        + "'.");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.1, -0.8);
    }
}
