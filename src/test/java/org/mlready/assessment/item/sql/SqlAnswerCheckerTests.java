package org.mlready.assessment.item.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;

class SqlAnswerCheckerTests {

    private static SqlSandbox sandbox;
    private static SqlAnswerChecker checker;

    private static final String PORTUGUESE = "SELECT name, city FROM customers WHERE country = 'Portugal'";

    @BeforeAll
    static void open() {
        sandbox = SqlSandbox.create();
        checker = new SqlAnswerChecker(sandbox);
    }

    @AfterAll
    static void close() {
        sandbox.close();
    }

    private static AnswerKey.Sql key(String query, boolean ordered) {
        return new AnswerKey.Sql(query, ordered);
    }

    @Test
    void acceptsTheSameRowsInAnotherOrderOnlyWhenOrderDoesNotMatter() {
        String ascending = PORTUGUESE + " ORDER BY name";
        String descending = "SELECT c.name AS who, c.city AS place FROM customers c "
                + "WHERE c.country IN ('Portugal') ORDER BY c.name DESC";
        SqlCheckOutcome unordered = checker.check(descending, key(ascending, false));
        assertThat(unordered.readable()).isTrue();
        assertThat(unordered.correct()).isTrue();

        SqlCheckOutcome ordered = checker.check(descending, key(ascending, true));
        assertThat(ordered.readable()).isTrue();
        assertThat(ordered.correct()).isFalse();
        assertThat(ordered.message()).contains("not in the asked order").contains("row 1 differs");

        assertThat(checker.check(ascending, key(ascending, true)).correct()).isTrue();
    }

    @Test
    void reportsAWrongNumberOfRows() {
        SqlCheckOutcome outcome = checker.check("SELECT name, city FROM customers WHERE customer_id <= 7",
                key("SELECT name, city FROM customers WHERE customer_id <= 5", false));
        assertThat(outcome.readable()).isTrue();
        assertThat(outcome.correct()).isFalse();
        assertThat(outcome.message()).isEqualTo("Your query returned 7 rows; expected 5");
    }

    @Test
    void comparesColumnCountAndOrderButNotNames() {
        SqlCheckOutcome extraColumn = checker.check("SELECT name, city, country FROM customers WHERE country = "
                + "'Portugal'", key(PORTUGUESE, false));
        assertThat(extraColumn.correct()).isFalse();
        assertThat(extraColumn.message()).isEqualTo("Your query returned 3 columns; expected 2");

        SqlCheckOutcome swapped = checker.check("SELECT city, name FROM customers WHERE country = 'Portugal'",
                key(PORTUGUESE, false));
        assertThat(swapped.correct()).isFalse();
        assertThat(swapped.message()).startsWith("Row 1 of your result, (").endsWith(", is not in the expected result");

        assertThat(checker.check("SELECT name AS customer, city AS town FROM customers WHERE country = 'Portugal'",
                key(PORTUGUESE, false)).correct()).isTrue();
    }

    @Test
    void pointsAtTheFirstRowThatIsWrong() {
        SqlCheckOutcome outcome = checker.check(
                "SELECT product_id, CASE WHEN product_id = 3 THEN 'Webcam' ELSE name END FROM products "
                        + "WHERE product_id <= 4 ORDER BY product_id",
                key("SELECT product_id, name FROM products WHERE product_id <= 4 ORDER BY product_id", true));
        assertThat(outcome.correct()).isFalse();
        assertThat(outcome.message()).isEqualTo("Row 3 of your result, (3, 'Webcam'), is not in the expected result");
    }

    @Test
    void comparesNumbersAcrossTypesWithATinyTolerance() {
        assertThat(checker.check("SELECT CAST(2.5 AS DOUBLE PRECISION), 10.000, 1.0E0 / 3",
                key("SELECT 2.50, 10, CAST(1 AS DOUBLE PRECISION) / 3", false)).correct()).isTrue();
        assertThat(checker.check("SELECT AVG(salary) FROM employees",
                key("SELECT SUM(salary) * 1.0 / COUNT(*) FROM employees", false)).correct()).isTrue();
        assertThat(checker.check("SELECT 2.5001", key("SELECT 2.5", false)).correct()).isFalse();
        assertThat(checker.check("SELECT '2.5'", key("SELECT 2.5", false)).correct()).isFalse();
        assertThat(checker.check("SELECT NULL", key("SELECT 0", false)).correct()).isFalse();
        assertThat(checker.check("SELECT CAST(NULL AS INT)", key("SELECT NULL", false)).correct()).isTrue();
    }

    @Test
    void treatsQueriesThatCannotRunAsUnreadableNotWrong() {
        SqlCheckOutcome refused = checker.check("DELETE FROM customers", key(PORTUGUESE, false));
        assertThat(refused.readable()).isFalse();
        assertThat(refused.correct()).isFalse();
        assertThat(refused.message()).isEqualTo("Could not run your query: Only a single SELECT query is allowed");

        SqlCheckOutcome broken = checker.check("SELECT nme FROM customers", key(PORTUGUESE, false));
        assertThat(broken.readable()).isFalse();
        assertThat(broken.message()).startsWith("Could not run your query: Column \"NME\" not found");
    }

    @Test
    void saysWhenTheLearnersResultWasCutOff() {
        SqlCheckOutcome outcome = checker.check("SELECT a.order_id, b.order_id FROM orders a, orders b",
                key("SELECT order_id, order_id FROM orders", false));
        assertThat(outcome.correct()).isFalse();
        assertThat(outcome.message()).isEqualTo("Your query returned more than 1000 rows; expected 56");
    }

    @Test
    void refusesToJudgeWithABrokenReferenceQuery() {
        assertThatThrownBy(() -> checker.check(PORTUGUESE, key("SELECT * FROM nowhere", false)))
                .isInstanceOf(IllegalStateException.class);
    }
}
