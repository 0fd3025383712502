package org.mlready.assessment.item.sql;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.IrtParameters;

/** A self-join: the employees of a department next to their manager's name, keeping those without a manager. */
final class ManagerSelfJoinFamily extends SeededSqlFamily<ManagerSelfJoinFamily.Parameters> {

    static final List<String> DEPARTMENTS = List.of("Engineering", "Data Science", "Sales", "Marketing", "Finance",
            "Support");

    record Parameters(String department) {
    }

    ManagerSelfJoinFamily() {
        super("sql-self-join", RELATIONAL_SQL);
    }

    @Override
    public long distinctQuestions() {
        return DEPARTMENTS.size();
    }

    @Override
    Parameters choose(Random random) {
        return new Parameters(DEPARTMENTS.get(combination(random, DEPARTMENTS.size())[0]));
    }

    @Override
    String stem(Parameters p) {
        return "For every employee of the **" + p.department() + "** department, show who their manager is "
                + "(`manager_id` refers to another row of `employees`). Return two columns: the employee's `name` and"
                + " the manager's `name`, NULL for an employee without a manager (any row order).\n\n"
                + SandboxTables.describe("employees", "departments");
    }

    @Override
    String referenceQuery(Parameters p) {
        return "SELECT e.name, m.name AS manager\nFROM employees e\n"
                + "JOIN departments d ON d.department_id = e.department_id\n"
                + "LEFT JOIN employees m ON m.employee_id = e.manager_id\nWHERE d.name = '" + p.department() + "'";
    }

    @Override
    boolean ordered(Parameters p) {
        return false;
    }

    @Override
    String explanation(Parameters p) {
        return "1. The manager is itself a row of `employees`, so join the table to itself under two aliases: `e` "
                + "for the employee and `m` for the manager, matching `m.employee_id = e.manager_id`.\n"
                + "2. Use a LEFT JOIN so that an employee whose `manager_id` is NULL is kept, with a NULL manager.\n"
                + "3. Join `departments` to filter on the name '" + p.department() + "'.";
    }

    @Override
    List<String> hints(Parameters p) {
        return List.of("A table can be joined to itself if you give it two different aliases.",
                "LEFT JOIN employees m ON m.employee_id = e.manager_id",
                "An inner join would drop the employees who have no manager.");
    }

    @Override
    IrtParameters irt(Parameters p) {
        return IrtParameters.of(1.1, 0.2);
    }
}
