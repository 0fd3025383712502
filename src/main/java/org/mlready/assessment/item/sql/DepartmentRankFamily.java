package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** Window functions: the top earners of each department by RANK, DENSE_RANK or ROW_NUMBER. */
final class DepartmentRankFamily extends SeededSqlFamily<DepartmentRankFamily.Parameters> {

    static final List<String> FUNCTIONS = List.of("RANK", "DENSE_RANK", "ROW_NUMBER");
    static final List<Integer> LIMITS = List.of(1, 2, 3);

    record Parameters(String function, int limit) {
    }

    DepartmentRankFamily() {
        super("sql-window-rank", RELATIONAL_SQL);
    }

    @Override
    public long distinctQuestions() {
        return (long) FUNCTIONS.size() * LIMITS.size();
    }

    @Override
    Parameters choose(Random random) {
        int[] c = combination(random, FUNCTIONS.size(), LIMITS.size());
        return new Parameters(FUNCTIONS.get(c[0]), LIMITS.get(c[1]));
    }

    private static boolean rowNumber(Parameters p) {
        return p.function().equals("ROW_NUMBER");
    }

    @Override
    String stem(Parameters p) {
        String ties = rowNumber(p) ? " Among equal salaries, the employee hired earlier comes first." : "";
        return "Within each department, number the employees by salary, highest first, with the window function **"
                + p.function() + "()**." + ties + " Return the rows whose number is at most **" + p.limit()
                + "**, with four columns: the department's `name`, the employee's `name`, `salary` and the number "
                + "(any row order).\n\n" + SandboxTables.describe("employees", "departments");
    }

    private static String window(Parameters p) {
        return p.function() + "() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC"
                + (rowNumber(p) ? ", e.hire_date" : "") + ")";
    }

    @Override
    String referenceQuery(Parameters p) {
        return "SELECT department, employee, salary, salary_rank\nFROM (\n"
                + "  SELECT d.name AS department, e.name AS employee, e.salary,\n         " + window(p)
                + " AS salary_rank\n  FROM employees e\n  JOIN departments d ON d.department_id = e.department_id\n"
                + ") ranked\nWHERE salary_rank <= " + p.limit();
    }

    @Override
    boolean ordered(Parameters p) {
        return false;
    }

    @Override
    String explanation(Parameters p) {
        String meaning = switch (p.function()) {
            case "RANK" -> "`RANK()` gives equal salaries the same number and skips the following ones (1, 2, 2, 4).";
            case "DENSE_RANK" -> "`DENSE_RANK()` gives equal salaries the same number without gaps (1, 2, 2, 3).";
            default -> "`ROW_NUMBER()` numbers rows 1, 2, 3, ... with no ties, so the ORDER BY needs a tie-breaker "
                    + "(the hire date) to be deterministic.";
        };
        return "1. `PARTITION BY e.department_id` restarts the numbering in each department; `ORDER BY e.salary "
                + "DESC` numbers the best paid first.\n2. " + meaning + "\n3. A window function cannot appear in "
                + "WHERE (it is computed after WHERE), so compute it in a subquery and filter on it outside: `WHERE "
                + "salary_rank <= " + p.limit() + "`.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("A window function with PARTITION BY numbers rows within groups without collapsing them.",
                "Write " + window(p) + ".",
                "Window functions are evaluated after WHERE: wrap the numbered query in a subquery and filter "
                        + "outside.");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.4, rowNumber(p) ? 1.3 : 1.1);
    }
}
