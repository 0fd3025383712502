package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** ORDER BY with a tie-breaker and LIMIT: the best-selling products of a year. */
final class TopProductsFamily extends SeededSqlFamily<TopProductsFamily.Parameters> {

    static final List<Integer> TOP = List.of(3, 4, 5);
    static final List<Integer> YEARS = List.of(2023, 2024);

    record Parameters(int top, boolean byRevenue, int year) {
    }

    TopProductsFamily() {
        super("sql-order-by-limit", RELATIONAL_SQL);
    }

    @Override
    public long distinctQuestions() {
        return (long) TOP.size() * 2 * YEARS.size();
    }

    @Override
    Parameters choose(Random random) {
        int[] c = combination(random, TOP.size(), 2, YEARS.size());
        return new Parameters(TOP.get(c[0]), c[1] == 1, YEARS.get(c[2]));
    }

    private static String measure(Parameters p) {
        return p.byRevenue() ? "revenue (sum of `quantity * unit_price` of the order items)"
                : "quantity sold (sum of `quantity` of the order items)";
    }

    @Override
    String stem(Parameters p) {
        return "Which **" + p.top() + "** products had the highest total " + measure(p) + " in orders placed in "
                + p.year() + ", not counting orders with status 'cancelled'? Return two columns: the product `name` "
                + "and the total, highest total first; break ties by product name in alphabetical order.\n\n"
                + SandboxTables.describe("orders", "order_items", "products");
    }

    @Override
    String referenceQuery(Parameters p) {
        String total = p.byRevenue() ? "SUM(oi.quantity * oi.unit_price)" : "SUM(oi.quantity)";
        return "SELECT p.name, " + total + " AS total\nFROM order_items oi\n"
                + "JOIN orders o ON o.order_id = oi.order_id\nJOIN products p ON p.product_id = oi.product_id\n"
                + "WHERE o.status <> 'cancelled'\n  AND o.order_date BETWEEN DATE '" + p.year() + "-01-01' AND DATE '"
                + p.year() + "-12-31'\nGROUP BY p.product_id, p.name\nORDER BY total DESC, p.name\nLIMIT " + p.top();
    }

    @Override
    boolean ordered(Parameters p) {
        return true;
    }

    @Override
    String explanation(Parameters p) {
        return "1. Order items carry the quantities and prices; join them to `orders` (for the date and status) and "
                + "to `products` (for the name).\n2. Filter out cancelled orders and keep the dates of " + p.year()
                + ".\n3. Group by product and add up the " + (p.byRevenue() ? "line revenues" : "quantities") + ".\n"
                + "4. Sort by the total descending, then by name so that ties have a fixed order, and keep the first "
                + p.top() + " rows with `LIMIT " + p.top() + "`. Without the tie-breaker the rows at the cut-off "
                + "could come out in any order.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("Aggregate per product first, then sort the groups.",
                "ORDER BY can sort on several keys: the total descending, then the name.",
                "End with ORDER BY total DESC, p.name LIMIT " + p.top() + ".");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.2, 0.3);
    }
}
