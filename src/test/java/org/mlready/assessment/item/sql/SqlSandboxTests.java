package org.mlready.assessment.item.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlSandboxTests {

    private static SqlSandbox sandbox;

    @BeforeAll
    static void open() {
        sandbox = SqlSandbox.create();
    }

    @AfterAll
    static void close() {
        sandbox.close();
    }

    private static SqlResult result(String sql) {
        SqlRun run = sandbox.run(sql);
        assertThat(run).as(sql).isInstanceOf(SqlResult.class);
        return (SqlResult) run;
    }

    private static String refusal(SqlRun run) {
        assertThat(run).isInstanceOf(SqlRefusal.class);
        return ((SqlRefusal) run).message();
    }

    private static void assertDataUnchanged() {
        SqlResult counts = result("SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM orders), "
                + "(SELECT COUNT(*) FROM fact_sales), (SELECT COUNT(*) FROM employees), "
                + "(SELECT MIN(name) FROM customers), "
                + "(SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'PUBLIC')");
        assertThat(counts.rows().get(0)).containsExactly(new BigDecimal(40), new BigDecimal(56), new BigDecimal(60),
                new BigDecimal(24), "Aaron Costa", new BigDecimal(12));
    }

    @Test
    void readsSampleTablesIntoPlainValues() {
        SqlResult products = result("SELECT product_id, name, unit_price, CAST(unit_price AS DOUBLE PRECISION) AS d, "
                + "NULL AS nothing FROM products WHERE product_id = 1");
        assertThat(products.columns()).containsExactly("PRODUCT_ID", "NAME", "UNIT_PRICE", "D", "NOTHING");
        assertThat(products.rows()).hasSize(1);
        List<Object> row = products.rows().get(0);
        assertThat(row.get(0)).isEqualTo(BigDecimal.ONE);
        assertThat(row.get(1)).isEqualTo("USB-C charger");
        assertThat(row.get(2)).isEqualTo(new BigDecimal("19.9"));
        assertThat(row.get(3)).isEqualTo(19.9);
        assertThat(row.get(4)).isNull();
        assertThat(products.truncated()).isFalse();
        assertThat(result("SELECT 550.00, 0.0, 12.340").rows().get(0)).extracting(Object::toString)
                .containsExactly("550", "0", "12.34");
        assertThat(result("WITH RECURSIVE chain(id, boss) AS (SELECT employee_id, manager_id FROM employees "
                + "WHERE employee_id = 120 UNION ALL SELECT e.employee_id, e.manager_id FROM employees e "
                + "JOIN chain c ON e.employee_id = c.boss) SELECT COUNT(*) FROM chain").rows().get(0))
                .containsExactly(new BigDecimal(3));
        assertThat(result("SELECT '  padded  ', DATE '2024-02-03', TIMESTAMP '2024-02-03 04:05:06', TRUE")
                .rows().get(0)).containsExactly("padded", "2024-02-03", "2024-02-03 04:05:06", true);
        assertDataUnchanged();
    }

    @Test
    void acceptsWithQueriesTrailingSemicolonsAndKeywordsInsideLiteralsOrComments() {
        assertThat(result("WITH big AS (SELECT * FROM orders WHERE status = 'delivered') SELECT COUNT(*) FROM big;")
                .rows()).hasSize(1);
        assertThat(result("SELECT 'DROP TABLE customers; --' AS \"note\" -- DELETE FROM orders\n").rows().get(0))
                .containsExactly("DROP TABLE customers; --");
        assertThat(result("/* insert; */ SELECT name FROM customers WHERE name = 'it''s'").rows()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DROP TABLE customers",
            "CREATE TABLE notes (id INT)",
            "ALTER TABLE customers ADD COLUMN x INT",
            "TRUNCATE TABLE orders",
            "INSERT INTO customers VALUES (99, 'X', 'Y', 'Z', DATE '2024-01-01', 'consumer')",
            "UPDATE products SET unit_price = 0",
            "DELETE FROM orders",
            "MERGE INTO products KEY (product_id) VALUES (1, 'x', 'y', 1)",
            "SELECT * FROM FINAL TABLE (INSERT INTO departments VALUES (70, 'Legal', 'Rome'))",
            "SELECT 1; DROP TABLE customers",
            "SELECT 1; SELECT 2",
            "select 1 ;; delete from orders",
            "SELECT FILE_READ('/etc/passwd')",
            "SELECT * FROM CSVREAD('/etc/hostname')",
            "CALL CSVWRITE('/tmp/sandbox-leak.csv', 'SELECT * FROM customers')",
            "SELECT CSVWRITE('/tmp/sandbox-leak.csv', 'SELECT * FROM customers')",
            "SELECT FILE_WRITE('x', '/tmp/sandbox-leak.txt')",
            "RUNSCRIPT FROM '/tmp/evil.sql'",
            "SCRIPT TO '/tmp/dump.sql'",
            "BACKUP TO '/tmp/backup.zip'",
            "CREATE ALIAS GET_PROP FOR 'java.lang.System.getProperty'",
            "SELECT LINK_SCHEMA('X', '', 'jdbc:h2:mem:other', 'sa', '', 'PUBLIC')",
            "SET QUERY_TIMEOUT 0",
            "SET MAX_MEMORY_ROWS 1",
            "GRANT ALL ON SCHEMA PUBLIC TO PUBLIC",
            "SHUTDOWN",
            "SELECT \"FILE_READ\"('/etc/passwd')",
            "SELECT U&'\\0041'",
            "SELECT $$ ' $$; DROP TABLE customers; --'",
            "SELECT 1 /* never closed",
            "SELECT 'never closed",
            "SELECT * FROM orders FOR UPDATE",
            "EXPLAIN SELECT * FROM orders",
            "VALUES (1)",
            "   ",
    })
    void refusesEverythingButOneSelectWithAClearMessageAndChangesNothing(String statement) {
        String message = refusal(sandbox.run(statement));
        assertThat(message).isNotBlank().doesNotContain("\n").hasSizeLessThan(320);
        assertDataUnchanged();
    }

    @Test
    void namesTheRuleForStatementsAndForbiddenFunctions() {
        assertThat(refusal(sandbox.run("DROP TABLE customers"))).isEqualTo("Only a single SELECT query is allowed");
        assertThat(refusal(sandbox.run("SELECT 1; SELECT 2"))).isEqualTo("Only a single SELECT query is allowed");
        assertThat(refusal(sandbox.run("SELECT file_read('/etc/passwd')")))
                .isEqualTo("FILE_READ is not available in the sandbox");
        assertThat(refusal(sandbox.run("SELECT * FROM orders FOR UPDATE")))
                .isEqualTo("Only a single SELECT query is allowed (UPDATE is not permitted)");
        assertThat(refusal(sandbox.run("SELECT 1 FROM dual WHERE 'x' = 'y' " + "x".repeat(5000))))
                .startsWith("The query is too long");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM FINAL TABLE (INSERT INTO departments VALUES (70, 'Legal', 'Rome'))",
            "SELECT * FROM FINAL TABLE (UPDATE products SET unit_price = 0)",
            "SELECT * FROM OLD TABLE (DELETE FROM orders)",
            "SELECT FILE_READ('/etc/passwd')",
            "SELECT * FROM CSVREAD('/etc/hostname')",
            "CALL CSVWRITE('/tmp/sandbox-leak.csv', 'SELECT * FROM customers')",
            "SELECT FILE_WRITE('x', '/tmp/sandbox-leak.txt')",
            "SELECT LINK_SCHEMA('X', '', 'jdbc:h2:mem:other', 'sa', '', 'PUBLIC')",
            "SELECT ABORT_SESSION(1)",
    })
    void databaseRightsStopWhatTheScreenMightMiss(String statement) {
        String message = refusal(sandbox.runUnscreened(statement));
        assertThat(message).containsAnyOf("rights", "Admin", "not allowed", "not found");
        assertThat(new java.io.File("/tmp/sandbox-leak.csv")).doesNotExist();
        assertThat(new java.io.File("/tmp/sandbox-leak.txt")).doesNotExist();
        assertDataUnchanged();
    }

    @Test
    void capsHugeCrossJoinsAtTheRowLimit() {
        long start = System.nanoTime();
        SqlResult rows = result("SELECT * FROM order_items a, order_items b, order_items c, order_items d");
        assertThat(rows.rowCount()).isEqualTo(SqlSandbox.ROW_CAP);
        assertThat(rows.truncated()).isTrue();
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void stopsQueriesThatRunTooLong() {
        long start = System.nanoTime();
        assertThat(refusal(sandbox.run("SELECT COUNT(*) FROM order_items a, order_items b, order_items c, "
                + "order_items d, order_items e"))).isEqualTo("The query took longer than 2 s");
        assertThat(refusal(sandbox.run("WITH RECURSIVE forever(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM forever) "
                + "SELECT MAX(n) FROM forever"))).isEqualTo("The query took longer than 2 s");
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
        assertDataUnchanged();
    }

    @Test
    void refusesQueriesThatWouldExhaustMemoryAndKeepsWorking() {
        String hundred = "'" + "x".repeat(100) + "'";
        String grown = "'x'";
        for (int level = 0; level < 5; level++) {
            grown = "REPLACE(" + grown + ", 'x', " + hundred + ")";
        }
        long start = System.nanoTime();
        assertThat(refusal(sandbox.run("SELECT LENGTH(" + grown + ")")))
                .isEqualTo("REPLACE is not available in the sandbox");
        assertThat(refusal(sandbox.run("SELECT REPEAT('x', 2000000000)")))
                .isEqualTo("REPEAT is not available in the sandbox");
        assertThat(refusal(sandbox.run("SELECT CAST('x' AS CHAR(1000000000))")))
                .isEqualTo("CHAR is not available in the sandbox");
        assertThat(refusal(sandbox.run("SELECT COUNT(*) FROM SYSTEM_RANGE(1, 1000000000)")))
                .isEqualTo("SYSTEM_RANGE is not available in the sandbox");
        assertThat(refusal(sandbox.run("WITH RECURSIVE r(n, s) AS (SELECT 1, CAST('x' AS VARCHAR) UNION ALL "
                + "SELECT n + 1, s || s FROM r WHERE n < 40) SELECT MAX(n) FROM r")))
                .isEqualTo("A recursive query may not concatenate strings or arrays in the sandbox");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        assertDataUnchanged();
    }

    @Test
    void cannotSeeThePlatformTables() {
        assertThat(refusal(sandbox.run("SELECT * FROM accounts"))).contains("not found");
        assertThat(result("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")
                .rows().stream().map(row -> ((String) row.get(0)).toLowerCase()))
                .containsExactlyInAnyOrder("customers", "products", "orders", "order_items", "departments",
                        "employees", "web_sessions", "dim_date", "dim_product", "dim_store", "fact_sales",
                        "staging_sales")
                .doesNotContain("accounts");
    }

    @Test
    void reportsSyntaxErrorsOnOneLine() {
        String message = refusal(sandbox.run("SELECT name FROM customers WHERE"));
        assertThat(message).startsWith("Syntax error").doesNotContain("\n").doesNotContain("[42");
    }

    @Test
    void rebuildsTheDatabaseWhenH2HasClosedIt() {
        SandboxDatabase database = SandboxDatabase.open();
        try (SqlSandbox rebuilding = new SqlSandbox(database)) {
            database.close();
            assertThat(database.isAlive()).isFalse();
            SqlRun run = rebuilding.run("SELECT COUNT(*) FROM customers");
            assertThat(run).isInstanceOf(SqlResult.class);
            assertThat(((SqlResult) run).rows().get(0)).containsExactly(new BigDecimal(40));
        }
    }

    @Test
    void sandboxesAreSeparateDatabases() {
        try (SqlSandbox other = SqlSandbox.create()) {
            assertThat(result("SELECT COUNT(*) FROM customers").rows().get(0).get(0))
                    .isEqualTo(((SqlResult) other.run("SELECT COUNT(*) FROM customers")).rows().get(0).get(0));
        }
        assertDataUnchanged();
    }
}
