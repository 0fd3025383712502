package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** A type 2 slowly changing dimension: read only the current version of each product or store. */
final class ScdCurrentRowFamily extends SeededSqlFamily<ScdCurrentRowFamily.Parameters> {

    /** A filter on a current attribute: the dimension, the business key, the other columns shown and the value. */
    record Target(String table, String businessKey, String shown, String attribute, String value) {
    }

    static final List<Target> TARGETS = List.of(
            new Target("dim_product", "product_code", "list_price", "category", "Footwear"),
            new Target("dim_product", "product_code", "list_price", "category", "Apparel"),
            new Target("dim_product", "product_code", "list_price", "category", "Outerwear"),
            new Target("dim_product", "product_code", "list_price", "category", "Accessories"),
            new Target("dim_product", "product_code", "list_price", "category", "Equipment"),
            new Target("dim_store", "store_code", "store_type", "region", "North"),
            new Target("dim_store", "store_code", "store_type", "region", "South"),
            new Target("dim_store", "store_code", "store_type", "region", "East"),
            new Target("dim_store", "store_code", "store_type", "region", "Central"));

    record Parameters(Target target) {
    }

    ScdCurrentRowFamily() {
        super("etl-scd-current-row", WAREHOUSING_ETL);
    }

    @Override
    public long distinctQuestions() {
        return TARGETS.size();
    }

    @Override
    Parameters choose(Random random) {
        return new Parameters(TARGETS.get(combination(random, TARGETS.size())[0]));
    }

    @Override
    String stem(Parameters p) {
        Target t = p.target();
        String things = t.table().equals("dim_product") ? "products" : "stores";
        return "Which " + things + " are **today** in the " + t.attribute() + " **'" + t.value() + "'**, and what is "
                + "their current `" + t.shown() + "`? Read `" + t.table() + "` only, one row per " + things
                .substring(0, things.length() - 1) + ". Return two columns: `" + t.businessKey() + "` and `"
                + t.shown() + "` (any row order).\n\n" + SandboxTables.SCD_NOTE + "\n\n"
                + SandboxTables.describe(t.table());
    }

    @Override
    String referenceQuery(Parameters p) {
        Target t = p.target();
        return "SELECT " + t.businessKey() + ", " + t.shown() + "\nFROM " + t.table() + "\nWHERE is_current = TRUE\n"
                + "  AND " + t.attribute() + " = '" + t.value() + "'";
    }

    @Override
    boolean ordered(Parameters p) {
        return false;
    }

    @Override
    String explanation(Parameters p) {
        Target t = p.target();
        return "1. In a type 2 dimension one business key (`" + t.businessKey() + "`) can have several rows, one per "
                + "version. Only one of them is current.\n2. Filter on the current flag `is_current = TRUE` "
                + "(equivalently `valid_to IS NULL`) so each business key appears once, with today's attributes.\n"
                + "3. Then filter on the current `" + t.attribute() + "`. Filtering on the attribute alone would also"
                + " return old versions, such as a row of something that has since moved to another " + t.attribute()
                + ".";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("Some business keys appear in several rows: one per historical version.",
                "The current version is marked by is_current = TRUE (and has valid_to NULL).",
                "WHERE is_current = TRUE AND " + p.target().attribute() + " = '" + p.target().value() + "'");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.0, -0.6);
    }
}
