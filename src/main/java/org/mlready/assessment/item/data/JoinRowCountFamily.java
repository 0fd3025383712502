package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Row count of an inner, left or outer {@code merge} of two small shown tables, with duplicate keys at times. */
public final class JoinRowCountFamily extends GeneratedItemFamily {

    public JoinRowCountFamily() {
        super("pandas-join-row-count", "pandas-manipulation", 1000);
    }

    private static final List<String> HOWS = List.of("inner", "left", "outer");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String how = RandomDraw.pick(random, HOWS);
        int orderCount = RandomDraw.between(random, 5, 8);
        int[] orderCustomers = new int[orderCount];
        for (int i = 0; i < orderCount; i++) {
            orderCustomers[i] = RandomDraw.between(random, 1, 6);
        }
        List<Integer> customerIds = new ArrayList<>();
        for (int id = 1; id <= 7; id++) {
            if (random.nextInt(3) > 0) {
                customerIds.add(id);
            }
        }
        if (customerIds.isEmpty()) {
            customerIds.add(RandomDraw.between(random, 1, 6));
        }
        boolean duplicate = random.nextInt(3) == 0;
        if (duplicate) {
            customerIds.add(RandomDraw.pick(random, customerIds));
            customerIds.sort(Integer::compare);
        }
        List<String> cities = List.of("Oslo", "Lima", "Pune", "Kyiv", "Accra", "Quito", "Hanoi", "Porto");
        List<List<String>> orders = new ArrayList<>();
        for (int i = 0; i < orderCount; i++) {
            orders.add(List.of(String.valueOf(101 + i), String.valueOf(orderCustomers[i])));
        }
        List<List<String>> customers = new ArrayList<>();
        Map<Integer, Integer> rightCount = new HashMap<>();
        for (int i = 0; i < customerIds.size(); i++) {
            customers.add(List.of(String.valueOf(customerIds.get(i)), cities.get(i % cities.size())));
            rightCount.merge(customerIds.get(i), 1, Integer::sum);
        }
        Map<Integer, Integer> leftCount = new HashMap<>();
        for (int c : orderCustomers) {
            leftCount.merge(c, 1, Integer::sum);
        }
        TreeSet<Integer> allKeys = new TreeSet<>(leftCount.keySet());
        allKeys.addAll(rightCount.keySet());
        int total = 0;
        List<String> lines = new ArrayList<>();
        for (int key : allKeys) {
            int l = leftCount.getOrDefault(key, 0);
            int r = rightCount.getOrDefault(key, 0);
            int rowsForKey;
            String why;
            if (l > 0 && r > 0) {
                rowsForKey = l * r;
                why = l + " × " + r + " matching pairs";
            } else if (l > 0) {
                rowsForKey = how.equals("inner") ? 0 : l;
                why = how.equals("inner") ? "no match in `customers`, dropped"
                        : "no match, kept with NaN `city`";
            } else {
                rowsForKey = how.equals("outer") ? r : 0;
                why = how.equals("outer") ? "only in `customers`, kept with NaN `order_id`"
                        : "only in `customers`, not kept";
            }
            total += rowsForKey;
            lines.add(MarkdownTable.row(String.valueOf(key), String.valueOf(l), String.valueOf(r),
                    String.valueOf(rowsForKey), why));
        }
        String stem = "Two DataFrames:\n\n`orders`\n\n"
                + MarkdownTable.render(List.of("order_id", "customer_id"), orders)
                + "\n`customers`\n\n" + MarkdownTable.render(List.of("customer_id", "city"), customers)
                + "\nHow many rows does `orders.merge(customers, on=\"customer_id\", how=\"" + how + "\")` have?";
        String solution = "Count, for each `customer_id`, the rows on each side and what "
                + (how.equals("inner") ? "an " : "a ") + how + " join keeps "
                + "(matching keys produce every left-right pair):\n\n"
                + "| customer_id | rows in orders | rows in customers | rows in result | reason |\n"
                + "| --- | --- | --- | --- | --- |\n" + String.join("", lines)
                + "\nTotal: **" + total + "** rows.";
        List<String> hints = List.of(
                "Work key by key: how many rows does each `customer_id` have in each table?",
                how.equals("inner") ? "An inner join keeps only keys present in both tables."
                        : how.equals("left") ? "A left join keeps every row of `orders`, matched or not."
                        : "An outer join keeps unmatched rows from both sides.",
                "A key appearing m times on the left and n times on the right produces m × n rows.");
        double difficulty = (how.equals("inner") ? -0.5 : how.equals("left") ? -0.3 : 0.1) + (duplicate ? 0.5 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(total), solution,
                hints, List.of(), ItemIrt.free(1.2, difficulty));
    }
}
