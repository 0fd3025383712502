package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** WHERE with two conditions: customers of a city who signed up on or after the start of a year. */
final class CustomerFilterFamily extends SeededSqlFamily<CustomerFilterFamily.Parameters> {

    static final List<String> CITIES = List.of("Lisbon", "Porto", "Madrid", "Valencia", "Lyon", "Nantes", "Leipzig",
            "Hamburg", "Turin", "Bologna");
    static final List<Integer> YEARS = List.of(2022, 2023, 2024);

    record Parameters(String city, int year) {
    }

    CustomerFilterFamily() {
        super("sql-filter-customers", RELATIONAL_SQL);
    }

    @Override
    public long distinctQuestions() {
        return (long) CITIES.size() * YEARS.size();
    }

    @Override
    Parameters choose(Random random) {
        int[] c = combination(random, CITIES.size(), YEARS.size());
        return new Parameters(CITIES.get(c[0]), YEARS.get(c[1]));
    }

    @Override
    String stem(Parameters p) {
        return "List the customers from **" + p.city() + "** who signed up on or after 1 January " + p.year()
                + ". Return two columns: `name` and `signup_date` (any row order).\n\n"
                + SandboxTables.describe("customers");
    }

    @Override
    String referenceQuery(Parameters p) {
        return "SELECT name, signup_date\nFROM customers\nWHERE city = '" + p.city() + "'\n  AND signup_date >= DATE '"
                + p.year() + "-01-01'";
    }

    @Override
    boolean ordered(Parameters p) {
        return false;
    }

    @Override
    String explanation(Parameters p) {
        return "1. Read from `customers` only; every column asked for is there.\n"
                + "2. Keep a row when both conditions hold, so join them with `AND`: the city equals '" + p.city()
                + "' (text literals go in single quotes) and `signup_date` is at least the date literal `DATE '"
                + p.year() + "-01-01'`.\n3. Select just `name` and `signup_date`, in that order.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("Filtering rows is the job of the WHERE clause.",
                "Compare dates with a date literal such as DATE '" + p.year() + "-01-01'.",
                "WHERE city = '" + p.city() + "' AND signup_date >= DATE '" + p.year() + "-01-01'");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.0, -1.6);
    }
}
