package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** Deduplication during a load: keep the latest copy of each re-sent staging row. */
final class StagingDeduplicationFamily extends SeededSqlFamily<StagingDeduplicationFamily.Parameters> {

    static final List<String> STORES = List.of("S01", "S02", "S03", "S04", "S05", "S06", "S07");

    record Parameters(String storeCode, boolean totals) {
    }

    StagingDeduplicationFamily() {
        super("etl-staging-deduplication", WAREHOUSING_ETL);
    }

    @Override
    public long distinctQuestions() {
        return STORES.size() * 2L;
    }

    @Override
    Parameters choose(Random random) {
        int[] c = combination(random, STORES.size(), 2);
        return new Parameters(STORES.get(c[0]), c[1] == 1);
    }

    @Override
    String stem(Parameters p) {
        String ask = p.totals()
                ? "Return one row with two columns: the number of distinct sales and their total `amount`."
                : "Return three columns: `sale_ref`, `quantity` and `amount` of the kept rows (any row order).";
        return "The source system re-sends corrected sales, so `staging_sales` can hold several rows with the same "
                + "`sale_ref`; the row with the latest `loaded_at` is the valid one. Before loading store **"
                + p.storeCode() + "**, deduplicate its staged sales, keeping only the valid row of each `sale_ref`. "
                + ask + "\n\n" + SandboxTables.describe("staging_sales");
    }

    @Override
    String referenceQuery(Parameters p) {
        String latest = "WITH ranked AS (\n  SELECT sale_ref, quantity, amount,\n"
                + "         ROW_NUMBER() OVER (PARTITION BY sale_ref ORDER BY loaded_at DESC) AS copy_rank\n"
                + "  FROM staging_sales\n  WHERE store_code = '" + p.storeCode() + "'\n)\n";
        return latest + (p.totals() ? "SELECT COUNT(*), SUM(amount)\nFROM ranked\nWHERE copy_rank = 1"
                : "SELECT sale_ref, quantity, amount\nFROM ranked\nWHERE copy_rank = 1");
    }

    @Override
    boolean ordered(Parameters p) {
        return false;
    }

    @Override
    String explanation(Parameters p) {
        return "1. Number the copies of each sale: `ROW_NUMBER() OVER (PARTITION BY sale_ref ORDER BY loaded_at "
                + "DESC)` gives the latest copy the number 1.\n2. Filter on that number in an outer query (a CTE "
                + "here), since window functions cannot be used in WHERE.\n"
                + (p.totals() ? "3. Aggregate the kept rows: `COUNT(*)` and `SUM(amount)`. Summing before "
                        + "deduplicating would count re-sent sales twice.\n"
                        : "3. Select the columns of the kept rows.\n")
                + "`DISTINCT` would not do: corrected copies differ in quantity and amount, so they are not "
                + "duplicates row for row.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("Group the rows by sale_ref and find, in each group, the one loaded last.",
                "ROW_NUMBER() OVER (PARTITION BY sale_ref ORDER BY loaded_at DESC) numbers the copies, newest first.",
                "Keep the rows numbered 1; or compare loaded_at with MAX(loaded_at) of the same sale_ref.");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.4, p.totals() ? 1.2 : 1.0);
    }
}
