package org.mlready.assessment.item.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

class SqlItemFamiliesTests {

    private static final int SEEDS = 1000;

    private static SqlSandbox sandbox;
    private static SqlAnswerChecker checker;

    @BeforeAll
    static void open() {
        sandbox = SqlSandbox.create();
        checker = new SqlAnswerChecker(sandbox);
    }

    @AfterAll
    static void close() {
        sandbox.close();
    }

    static List<ItemFamily> families() {
        return SqlItemFamilies.all();
    }

    @ParameterizedTest
    @MethodSource("families")
    void everyReferenceQueryReturnsRowsOnAThousandSeeds(ItemFamily family) {
        Map<String, SqlRun> runs = new HashMap<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            AnswerKey.Sql key = (AnswerKey.Sql) family.generate(seed).key();
            SqlRun run = runs.computeIfAbsent(key.referenceQuery(), sandbox::run);
            assertThat(run).as("seed %d: %s", seed, key.referenceQuery()).isInstanceOf(SqlResult.class);
            SqlResult result = (SqlResult) run;
            assertThat(result.rows()).as("seed %d: %s", seed, key.referenceQuery()).isNotEmpty();
            assertThat(result.truncated()).isFalse();
        }
    }

    /**
     * Queries written independently of the families, in another formulation (subqueries for joins, EXISTS for
     * anti-joins, correlated counts for window functions, date keys for date joins...), from the same parameters.
     */
    private static final Map<Class<?>, Function<Object, String>> ALTERNATIVES = Map.ofEntries(
            Map.entry(CustomerFilterFamily.class, o -> {
                var p = (CustomerFilterFamily.Parameters) o;
                return "SELECT name, signup_date FROM customers WHERE EXTRACT(YEAR FROM signup_date) >= " + p.year()
                        + " AND UPPER(city) IN ('" + p.city().toUpperCase() + "')";
            }),
            Map.entry(OrderJoinFamily.class, o -> {
                var p = (OrderJoinFamily.Parameters) o;
                return "SELECT o.order_id, o.order_date, (SELECT c.name FROM customers c WHERE c.customer_id = "
                        + "o.customer_id) FROM orders o WHERE o.status = '" + p.status() + "' AND o.customer_id IN "
                        + "(SELECT customer_id FROM customers WHERE country = '" + p.country() + "')";
            }),
            Map.entry(CityOrderCountFamily.class, o -> {
                var p = (CityOrderCountFamily.Parameters) o;
                return "SELECT city, n FROM (SELECT c.city, COUNT(o.order_id) AS n FROM customers c, orders o "
                        + "WHERE c.customer_id = o.customer_id AND YEAR(o.order_date) = " + p.year()
                        + " GROUP BY c.city) t WHERE n >= " + p.minimum();
            }),
            Map.entry(TopProductsFamily.class, o -> {
                var p = (TopProductsFamily.Parameters) o;
                String amount = p.byRevenue() ? "oi.unit_price * oi.quantity" : "oi.quantity";
                return "SELECT name, total FROM (SELECT pr.name, t.total, ROW_NUMBER() OVER (ORDER BY t.total DESC, "
                        + "pr.name) AS rn FROM products pr JOIN (SELECT oi.product_id, SUM(" + amount + ") AS total "
                        + "FROM order_items oi WHERE oi.order_id IN (SELECT order_id FROM orders WHERE status IN "
                        + "('delivered', 'shipped', 'pending') AND YEAR(order_date) = " + p.year() + ") GROUP BY "
                        + "oi.product_id) t ON t.product_id = pr.product_id) ranked WHERE rn <= " + p.top()
                        + " ORDER BY rn";
            }),
            Map.entry(SalaryAboveAverageFamily.class, o -> {
                var p = (SalaryAboveAverageFamily.Parameters) o;
                return "SELECT e.name, e.salary FROM employees e CROSS JOIN (SELECT SUM(salary) * 1.0 / COUNT(*) AS "
                        + "a FROM employees WHERE department_id = (SELECT department_id FROM departments WHERE name = '"
                        + p.department() + "')) s WHERE e.salary " + (p.above() ? "> s.a" : "< s.a");
            }),
            Map.entry(DepartmentRankFamily.class, o -> {
                var p = (DepartmentRankFamily.Parameters) o;
                String position = switch (p.function()) {
                    case "RANK" -> "1 + (SELECT COUNT(*) FROM employees x WHERE x.department_id = e.department_id "
                            + "AND x.salary > e.salary)";
                    case "DENSE_RANK" -> "1 + (SELECT COUNT(DISTINCT x.salary) FROM employees x WHERE "
                            + "x.department_id = e.department_id AND x.salary > e.salary)";
                    default -> "1 + (SELECT COUNT(*) FROM employees x WHERE x.department_id = e.department_id AND "
                            + "(x.salary > e.salary OR (x.salary = e.salary AND x.hire_date < e.hire_date)))";
                };
                return "SELECT * FROM (SELECT (SELECT d.name FROM departments d WHERE d.department_id = "
                        + "e.department_id), e.name, e.salary, " + position + " AS pos FROM employees e) t "
                        + "WHERE pos <= " + p.limit();
            }),
            Map.entry(CustomersWithoutOrdersFamily.class, o -> {
                var p = (CustomersWithoutOrdersFamily.Parameters) o;
                return "SELECT name FROM customers c WHERE country = '" + p.country() + "' AND NOT EXISTS (SELECT 1 "
                        + "FROM orders o WHERE o.customer_id = c.customer_id AND YEAR(o.order_date) = " + p.year()
                        + ")";
            }),
            Map.entry(ManagerSelfJoinFamily.class, o -> {
                var p = (ManagerSelfJoinFamily.Parameters) o;
                return "SELECT e.name, (SELECT m.name FROM employees m WHERE m.employee_id = e.manager_id) "
                        + "FROM employees e WHERE e.department_id IN (SELECT department_id FROM departments WHERE "
                        + "name = '" + p.department() + "')";
            }),
            Map.entry(SalesRollupFamily.class, o -> {
                var p = (SalesRollupFamily.Parameters) o;
                String column = p.attribute().column();
                String measure = p.revenue() ? "revenue" : "quantity";
                String source = column.equals("calendar_quarter") ? "(date_key / 100 % 100 + 2) / 3"
                        : "(SELECT x." + column + " FROM " + p.attribute().table() + " x WHERE x."
                                + (p.attribute().table().equals("dim_product") ? "product_key = f.product_key"
                                        : "store_key = f.store_key") + ")";
                return "SELECT attr, SUM(" + measure + ") FROM (SELECT " + source + " AS attr, f." + measure
                        + " FROM fact_sales f WHERE f.date_key BETWEEN " + p.year() + "0101 AND " + p.year()
                        + "1231) t GROUP BY attr";
            }),
            Map.entry(MonthlyRegionTrendFamily.class, o -> {
                var p = (MonthlyRegionTrendFamily.Parameters) o;
                return "SELECT MONTH(d.full_date) AS m, SUM(f.revenue) FROM fact_sales f, dim_date d WHERE "
                        + "d.date_key = f.date_key AND EXTRACT(YEAR FROM d.full_date) = " + p.year() + " AND "
                        + "f.store_key IN (SELECT store_key FROM dim_store WHERE region = '" + p.region() + "') "
                        + "GROUP BY MONTH(d.full_date) ORDER BY m";
            }),
            Map.entry(ScdCurrentRowFamily.class, o -> {
                var t = ((ScdCurrentRowFamily.Parameters) o).target();
                // The current version is the latest one of each business key.
                return "SELECT a." + t.businessKey() + ", a." + t.shown() + " FROM " + t.table() + " a WHERE "
                        + "a.valid_from = (SELECT MAX(b.valid_from) FROM " + t.table() + " b WHERE b."
                        + t.businessKey() + " = a." + t.businessKey() + ") AND a." + t.attribute() + " = '"
                        + t.value() + "'";
            }),
            Map.entry(ScdAsOfFamily.class, o -> {
                var p = (ScdAsOfFamily.Parameters) o;
                return "SELECT product_key, category, list_price FROM dim_product WHERE product_code = '"
                        + p.productCode() + "' AND valid_from <= DATE '" + p.date() + "' ORDER BY valid_from DESC "
                        + "FETCH FIRST 1 ROW ONLY";
            }),
            Map.entry(StagingDeduplicationFamily.class, o -> {
                var p = (StagingDeduplicationFamily.Parameters) o;
                String latest = "FROM staging_sales s WHERE s.store_code = '" + p.storeCode() + "' AND s.loaded_at = "
                        + "(SELECT MAX(z.loaded_at) FROM staging_sales z WHERE z.sale_ref = s.sale_ref)";
                return p.totals() ? "SELECT COUNT(DISTINCT s.sale_ref), SUM(s.amount) " + latest
                        : "SELECT s.sale_ref, s.quantity, s.amount " + latest;
            }));

    @ParameterizedTest
    @MethodSource("families")
    void anIndependentlyWrittenQueryGivesTheSameResultOnAThousandSeeds(ItemFamily family) {
        Function<Object, String> alternative = ALTERNATIVES.get(family.getClass());
        assertThat(alternative).as("alternative query for " + family.id()).isNotNull();
        SeededSqlFamily<?> seeded = (SeededSqlFamily<?>) family;
        Map<Object, SqlCheckOutcome> outcomes = new HashMap<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            AnswerKey.Sql key = (AnswerKey.Sql) family.generate(seed).key();
            Object parameters = seeded.parameters(seed);
            String query = alternative.apply(parameters);
            SqlCheckOutcome outcome = outcomes.computeIfAbsent(parameters, p -> checker.check(query, key));
            assertThat(outcome.correct()).as("seed %d %s: %s", seed, parameters, outcome.message()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void instancesAreDeterministicWellFormedAndVaried(ItemFamily family) {
        assertThat(family.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(family.skillId()).isIn("relational-sql", "warehousing-etl");
        for (long seed = 0; seed < 200; seed++) {
            ItemInstance item = family.generate(seed);
            assertThat(family.generate(seed)).isEqualTo(item);
            assertThat(item.familyId()).isEqualTo(family.id());
            assertThat(item.skillId()).isEqualTo(family.skillId());
            assertThat(item.responseType()).isEqualTo(ResponseType.SQL);
            assertThat(item.choices()).isEmpty();
            assertThat(item.hints()).hasSizeBetween(1, 3);
            assertThat(item.irt().a()).isBetween(0.6, 2.0);
            assertThat(item.irt().b()).isBetween(-2.5, 2.5);
            assertThat(item.irt().c()).isZero();
            String query = ((AnswerKey.Sql) item.key()).referenceQuery();
            assertThat(item.solution()).contains("```sql\n" + query + "\n```");
            assertThat(SelectOnlyScreen.refusalFor(query)).as(query).isEmpty();
        }
        long stems = LongStream.range(0, 200).mapToObj(family::generate).map(ItemInstance::stem).distinct().count();
        assertThat(stems).isGreaterThan(1);
    }

    @ParameterizedTest
    @MethodSource("families")
    void distinctQuestionsIsAnHonestLowerBound(ItemFamily family) {
        long bound = family.distinctQuestions();
        Set<String> stems = new HashSet<>();
        for (long seed = 0; seed < 5000 && stems.size() < Math.min(bound, 200); seed++) {
            stems.add(family.generate(seed).stem());
        }
        assertThat((long) stems.size()).isGreaterThanOrEqualTo(Math.min(bound, 200));
    }

    @Test
    void eachSkillReachesAtLeastEightDistinctQuestions() {
        Map<String, Set<String>> stemsBySkill = families().stream().collect(Collectors.groupingBy(
                ItemFamily::skillId, Collectors.flatMapping(family -> LongStream.range(0, 500)
                        .mapToObj(family::generate).map(ItemInstance::stem), Collectors.toSet())));
        assertThat(stemsBySkill.keySet()).containsExactlyInAnyOrder("relational-sql", "warehousing-etl");
        assertThat(stemsBySkill.get("relational-sql")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(stemsBySkill.get("warehousing-etl")).hasSizeGreaterThanOrEqualTo(8);
        Map<String, Long> boundBySkill = families().stream().collect(Collectors.groupingBy(ItemFamily::skillId,
                Collectors.summingLong(ItemFamily::distinctQuestions)));
        assertThat(boundBySkill.get("relational-sql")).isGreaterThanOrEqualTo(8);
        assertThat(boundBySkill.get("warehousing-etl")).isGreaterThanOrEqualTo(8);
    }

    @Test
    void familyIdsAreUnique() {
        assertThat(families().stream().map(ItemFamily::id)).doesNotHaveDuplicates();
    }
}
