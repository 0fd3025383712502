package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** A drill-down in time: monthly revenue of one region for one year, in month order. */
final class MonthlyRegionTrendFamily extends SeededSqlFamily<MonthlyRegionTrendFamily.Parameters> {

    static final List<String> REGIONS = List.of("North", "South", "East", "Central");
    static final List<Integer> YEARS = List.of(2023, 2024);

    record Parameters(String region, int year) {
    }

    MonthlyRegionTrendFamily() {
        super("etl-monthly-drill-down", WAREHOUSING_ETL);
    }

    @Override
    public long distinctQuestions() {
        return (long) REGIONS.size() * YEARS.size();
    }

    @Override
    Parameters choose(Random random) {
        int[] c = combination(random, REGIONS.size(), YEARS.size());
        return new Parameters(REGIONS.get(c[0]), YEARS.get(c[1]));
    }

    @Override
    String stem(Parameters p) {
        return "Drill down into the **" + p.region() + "** region: for each month of **" + p.year() + "** that has "
                + "sales there, give the total revenue. Use the region of the store row each sale references. Return"
                + " two columns: the month number (`dim_date.calendar_month`) and the revenue, in month order.\n\n"
                + SandboxTables.SCD_NOTE + "\n\n" + SandboxTables.describe("fact_sales", "dim_date", "dim_store");
    }

    @Override
    String referenceQuery(Parameters p) {
        return "SELECT dd.calendar_month, SUM(f.revenue) AS revenue\nFROM fact_sales f\n"
                + "JOIN dim_date dd ON dd.date_key = f.date_key\nJOIN dim_store s ON s.store_key = f.store_key\n"
                + "WHERE s.region = '" + p.region() + "' AND dd.calendar_year = " + p.year() + "\n"
                + "GROUP BY dd.calendar_month\nORDER BY dd.calendar_month";
    }

    @Override
    boolean ordered(Parameters p) {
        return true;
    }

    @Override
    String explanation(Parameters p) {
        return "1. Join `fact_sales` to `dim_date` (for year and month) and to `dim_store` (for the region).\n"
                + "2. Slice: keep `s.region = '" + p.region() + "'` and `dd.calendar_year = " + p.year() + "`.\n"
                + "3. Drill down to months: `GROUP BY dd.calendar_month` with `SUM(f.revenue)`, and "
                + "`ORDER BY dd.calendar_month` so the trend reads in time order. Months without sales simply do not "
                + "appear.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("You need two dimensions here: date and store.",
                "Filter on s.region and dd.calendar_year, then group by dd.calendar_month.",
                "Finish with ORDER BY dd.calendar_month: the order of the rows is checked.");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.0, 0.1);
    }
}
