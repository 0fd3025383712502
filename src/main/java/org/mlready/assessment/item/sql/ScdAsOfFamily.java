package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** A point-in-time lookup in a type 2 dimension: the version of a product valid on a given date. */
final class ScdAsOfFamily extends SeededSqlFamily<ScdAsOfFamily.Parameters> {

    /** The products whose dimension rows have history. */
    static final List<String> PRODUCTS = List.of("P100", "P102", "P104", "P106", "P109");
    static final List<String> DATES = List.of("2023-03-15", "2023-07-01", "2023-11-20", "2024-03-01", "2024-08-10");

    record Parameters(String productCode, String date) {
    }

    ScdAsOfFamily() {
        super("etl-scd-as-of", WAREHOUSING_ETL);
    }

    @Override
    public long distinctQuestions() {
        return (long) PRODUCTS.size() * DATES.size();
    }

    @Override
    Parameters choose(Random random) {
        int[] c = combination(random, PRODUCTS.size(), DATES.size());
        return new Parameters(PRODUCTS.get(c[0]), DATES.get(c[1]));
    }

    @Override
    String stem(Parameters p) {
        return "A late-arriving sale of product **" + p.productCode() + "** dated **" + p.date() + "** must be "
                + "loaded with the surrogate key of the product version valid on that day. Find that row of "
                + "`dim_product`. Return three columns: `product_key`, `category` and `list_price`.\n\n"
                + SandboxTables.SCD_NOTE + " A version is valid from `valid_from` (inclusive) up to `valid_to` "
                + "(exclusive).\n\n" + SandboxTables.describe("dim_product");
    }

    @Override
    String referenceQuery(Parameters p) {
        return "SELECT product_key, category, list_price\nFROM dim_product\nWHERE product_code = '" + p.productCode()
                + "'\n  AND valid_from <= DATE '" + p.date() + "'\n  AND (valid_to IS NULL OR valid_to > DATE '"
                + p.date() + "')";
    }

    @Override
    boolean ordered(Parameters p) {
        return false;
    }

    @Override
    String explanation(Parameters p) {
        return "1. Keep the rows of the business key `" + p.productCode() + "`: these are its versions.\n"
                + "2. The version valid on " + p.date() + " started on or before that day: `valid_from <= DATE '"
                + p.date() + "'`.\n3. It had not yet ended: `valid_to > DATE '" + p.date() + "'`, where a NULL "
                + "`valid_to` means it is still open, hence `(valid_to IS NULL OR valid_to > ...)`. Because "
                + "`valid_to` is exclusive, a change on the day itself already counts.\n"
                + "Exactly one version satisfies both conditions when the history has no gaps or overlaps.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("Each product_code has one row per version; exactly one was valid on " + p.date() + ".",
                "The date must lie in the interval [valid_from, valid_to).",
                "Do not forget the current version, whose valid_to is NULL.");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.2, 0.6);
    }
}
