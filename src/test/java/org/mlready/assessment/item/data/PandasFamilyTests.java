package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class PandasFamilyTests {

    private static double numeric(ItemInstance item) {
        return ((AnswerKey.Numeric) item.key()).value();
    }

    @Test
    void groupByValuesMatchDescriptiveStatisticsPerGroup() {
        GroupByAggregateFamily family = new GroupByAggregateFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            String key = table.get(0).get(0);
            String value = table.get(0).get(1);
            String aggregate = StemReading.find(item.stem(), "\\]\\.(\\w+)\\(\\)`");
            Map<String, DescriptiveStatistics> groups = new TreeMap<>();
            List<String> keys = StemReading.column(table, key);
            double[] values = StemReading.numericColumn(table, value);
            for (int i = 0; i < keys.size(); i++) {
                groups.computeIfAbsent(keys.get(i), k -> new DescriptiveStatistics()).addValue(values[i]);
            }
            List<Double> expected = new ArrayList<>();
            for (DescriptiveStatistics s : groups.values()) {
                expected.add(switch (aggregate) {
                    case "sum" -> s.getSum();
                    case "mean" -> s.getMean();
                    case "max" -> s.getMax();
                    case "min" -> s.getMin();
                    default -> (double) s.getN();
                });
            }
            List<Double> actual = ((AnswerKey.Vector) item.key()).values();
            assertThat(actual).hasSize(expected.size());
            for (int i = 0; i < actual.size(); i++) {
                assertThat(actual.get(i)).as(item.stem()).isCloseTo(expected.get(i), within(0.005 + 1e-9));
            }
        }
    }

    @Test
    void joinRowCountMatchesNestedLoopJoin() {
        JoinRowCountFamily family = new JoinRowCountFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<List<String>>> tables = StemReading.tables(item.stem());
            List<String> left = StemReading.column(tables.get(0), "customer_id");
            List<String> right = StemReading.column(tables.get(1), "customer_id");
            String how = StemReading.find(item.stem(), "how=\"(\\w+)\"");
            int rows = 0;
            boolean[] rightUsed = new boolean[right.size()];
            for (String l : left) {
                int matches = 0;
                for (int j = 0; j < right.size(); j++) {
                    if (l.equals(right.get(j))) {
                        matches++;
                        rightUsed[j] = true;
                    }
                }
                rows += matches > 0 ? matches : how.equals("inner") ? 0 : 1;
            }
            if (how.equals("outer")) {
                for (boolean used : rightUsed) {
                    rows += used ? 0 : 1;
                }
            }
            assertThat(numeric(item)).as(item.stem()).isEqualTo(rows);
        }
    }

    @Test
    void joinValueMatchesRowByRowLookup() {
        JoinValueFamily family = new JoinValueFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<List<String>>> tables = StemReading.tables(item.stem());
            List<String> products = StemReading.column(tables.get(0), "product");
            double[] qty = StemReading.numericColumn(tables.get(0), "qty");
            Map<String, Double> price = new TreeMap<>();
            List<String> priced = StemReading.column(tables.get(1), "product");
            double[] prices = StemReading.numericColumn(tables.get(1), "price");
            for (int i = 0; i < priced.size(); i++) {
                assertThat(price.put(priced.get(i), prices[i])).isNull();
            }
            double missing = 0;
            double sum = 0;
            double revenue = 0;
            for (int i = 0; i < products.size(); i++) {
                Double p = price.get(products.get(i));
                if (p == null) {
                    missing++;
                } else {
                    sum += p;
                    revenue += p * qty[i];
                }
            }
            double expected = item.stem().contains("isna") ? missing
                    : item.stem().contains("\"qty\"] *") ? revenue : sum;
            assertThat(numeric(item)).as(item.stem()).isEqualTo(expected);
        }
    }

    @Test
    void filterCountMatchesRowScan() {
        FilterCountFamily family = new FilterCountFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            List<String> category = StemReading.column(table, "category");
            double[] price = StemReading.numericColumn(table, "price");
            String expr = StemReading.find(item.stem(), "What does `(.*)` return");
            String target = expr.contains("\"category\"] ==") || expr.contains(".get(")
                    ? StemReading.find(expr, "\"(books|games|music)\"") : "";
            double t = expr.contains("price") ? Double.parseDouble(StemReading.find(expr, "[<>]=? (\\d+)")) : 0;
            int expected = 0;
            for (int i = 0; i < price.length; i++) {
                boolean keep;
                if (expr.startsWith("(df")) {
                    keep = price[i] > t;
                } else if (expr.contains("&")) {
                    keep = price[i] > t && category.get(i).equals(target);
                } else if (expr.contains("|")) {
                    keep = price[i] <= t || category.get(i).equals(target);
                } else {
                    keep = category.get(i).equals(target);
                }
                expected += keep ? 1 : 0;
            }
            assertThat(numeric(item)).as(item.stem()).isEqualTo(expected);
        }
    }
}
