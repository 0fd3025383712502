package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** A scalar subquery: employees earning more (or less) than the average salary of a named department. */
final class SalaryAboveAverageFamily extends SeededSqlFamily<SalaryAboveAverageFamily.Parameters> {

    static final List<String> DEPARTMENTS = List.of("Engineering", "Data Science", "Sales", "Marketing", "Finance",
            "Support");

    record Parameters(String department, boolean above) {
    }

    SalaryAboveAverageFamily() {
        super("sql-subquery-average", RELATIONAL_SQL);
    }

    @Override
    public long distinctQuestions() {
        return DEPARTMENTS.size() * 2L;
    }

    @Override
    Parameters choose(Random random) {
        int[] c = combination(random, DEPARTMENTS.size(), 2);
        return new Parameters(DEPARTMENTS.get(c[0]), c[1] == 1);
    }

    private static String comparison(Parameters p) {
        return p.above() ? "more than" : "less than";
    }

    @Override
    String stem(Parameters p) {
        return "List every employee (of any department) who earns **" + comparison(p) + "** the average salary of the"
                + " **" + p.department() + "** department, its head included. Return two columns: `name` and "
                + "`salary` (any row order).\n\n" + SandboxTables.describe("employees", "departments");
    }

    @Override
    String referenceQuery(Parameters p) {
        return "SELECT e.name, e.salary\nFROM employees e\nWHERE e.salary " + (p.above() ? ">" : "<") + " (\n"
                + "  SELECT AVG(x.salary)\n  FROM employees x\n"
                + "  JOIN departments d ON d.department_id = x.department_id\n  WHERE d.name = '" + p.department()
                + "'\n)";
    }

    @Override
    boolean ordered(Parameters p) {
        return false;
    }

    @Override
    String explanation(Parameters p) {
        return "1. The threshold is one number, the average salary in " + p.department() + ": compute it in a "
                + "subquery that joins `employees` to `departments` to filter on the department's name.\n"
                + "2. A subquery returning a single value can stand wherever a value can, so compare each employee's"
                + " salary with it in the outer WHERE: `e.salary " + (p.above() ? ">" : "<") + " (SELECT AVG(...) "
                + "...)`.\n3. The outer query reads all employees, since the question is about any department.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("First write a query that returns only the average salary of " + p.department() + ".",
                "Put that query in parentheses inside the WHERE clause of a query on employees.",
                "WHERE e.salary " + (p.above() ? ">" : "<") + " (SELECT AVG(x.salary) FROM employees x JOIN "
                        + "departments d ON ... WHERE d.name = '" + p.department() + "')");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.3, 0.5);
    }
}
