package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** A star-schema rollup: a measure of fact_sales totalled by one dimension attribute for one year. */
final class SalesRollupFamily extends SeededSqlFamily<SalesRollupFamily.Parameters> {

    /** A dimension attribute: its table, alias, column and the join condition from fact_sales. */
    record Attribute(String table, String alias, String column, String join) {
    }

    static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute("dim_product", "p", "category", "p.product_key = f.product_key"),
            new Attribute("dim_product", "p", "brand", "p.product_key = f.product_key"),
            new Attribute("dim_store", "s", "region", "s.store_key = f.store_key"),
            new Attribute("dim_store", "s", "store_type", "s.store_key = f.store_key"),
            new Attribute("dim_date", "dd", "calendar_quarter", "dd.date_key = f.date_key"));
    static final List<Integer> YEARS = List.of(2023, 2024);

    record Parameters(Attribute attribute, int year, boolean revenue) {
    }

    SalesRollupFamily() {
        super("etl-rollup-by-dimension", WAREHOUSING_ETL);
    }

    @Override
    public long distinctQuestions() {
        return (long) ATTRIBUTES.size() * YEARS.size() * 2;
    }

    @Override
    Parameters choose(Random random) {
        int[] c = combination(random, ATTRIBUTES.size(), YEARS.size(), 2);
        return new Parameters(ATTRIBUTES.get(c[0]), YEARS.get(c[1]), c[2] == 1);
    }

    private static String measure(Parameters p) {
        return p.revenue() ? "revenue" : "quantity";
    }

    @Override
    String stem(Parameters p) {
        return "In the sales star schema, total the **" + measure(p) + "** of the sales of **" + p.year() + "** by "
                + "`" + p.attribute().table() + "." + p.attribute().column() + "`. Use the dimension row each sale "
                + "references (history as it was at the time of the sale). Return two columns: `"
                + p.attribute().column() + "` and the total (any row order).\n\n" + SandboxTables.SCD_NOTE + "\n\n"
                + SandboxTables.describe("fact_sales", "dim_date", "dim_product", "dim_store");
    }

    @Override
    String referenceQuery(Parameters p) {
        Attribute a = p.attribute();
        String yearJoin = a.table().equals("dim_date") ? "" : "JOIN dim_date dd ON dd.date_key = f.date_key\n";
        return "SELECT " + a.alias() + "." + a.column() + ", SUM(f." + measure(p) + ") AS total\nFROM fact_sales f\n"
                + "JOIN " + a.table() + " " + a.alias() + " ON " + a.join() + "\n" + yearJoin
                + "WHERE dd.calendar_year = " + p.year() + "\nGROUP BY " + a.alias() + "." + a.column();
    }

    @Override
    boolean ordered(Parameters p) {
        return false;
    }

    @Override
    String explanation(Parameters p) {
        Attribute a = p.attribute();
        return "1. Facts hold the measures and foreign keys; descriptive attributes live in the dimensions. Join "
                + "`fact_sales` to `" + a.table() + "` on its surrogate key (`" + a.join() + "`).\n"
                + "2. Restrict to " + p.year() + " through `dim_date` (`dd.calendar_year = " + p.year() + "`); "
                + "this is the usual way to slice a star schema by time.\n"
                + "3. Group by `" + a.column() + "` and `SUM(f." + measure(p) + ")`: rolling facts up to a coarser "
                + "level of a dimension. Because the join uses the key stored in each fact, every sale is counted "
                + "under the attribute value valid when it happened.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("Join the fact table to the dimension tables through their keys.",
                "The year is an attribute of dim_date: join it on date_key.",
                "GROUP BY " + p.attribute().alias() + "." + p.attribute().column() + " with SUM(f." + measure(p)
                        + ").");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.0, -0.2);
    }
}
