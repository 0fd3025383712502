package org.mlready.assessment.item.ml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** A small shopping-basket data set: each transaction is a set of item names. */
record TransactionTable(List<String> items, List<Set<String>> transactions) {

    private static final List<String> PRODUCTS = List.of(
            "bread", "milk", "butter", "eggs", "jam", "coffee", "tea", "cheese", "apples", "cereal");

    TransactionTable {
        items = List.copyOf(items);
        transactions = transactions.stream().map(t -> (Set<String>) new TreeSet<>(t)).toList();
    }

    /** 5 products and 6-10 transactions of 1-4 items each. */
    static TransactionTable draw(Random random) {
        List<String> pool = new ArrayList<>(PRODUCTS);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(pool.remove(random.nextInt(pool.size())));
        }
        int n = Draws.between(random, 6, 10);
        List<Set<String>> transactions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int size = Draws.between(random, 1, 4);
            List<String> left = new ArrayList<>(items);
            Set<String> basket = new TreeSet<>();
            for (int j = 0; j < size; j++) {
                basket.add(left.remove(random.nextInt(left.size())));
            }
            transactions.add(basket);
        }
        return new TransactionTable(items, transactions);
    }

    int size() {
        return transactions.size();
    }

    /** Number of transactions containing every item of {@code itemSet}. */
    int count(Collection<String> itemSet) {
        int count = 0;
        for (Set<String> t : transactions) {
            if (t.containsAll(itemSet)) {
                count++;
            }
        }
        return count;
    }

    String markdown() {
        StringBuilder table = new StringBuilder("| Transaction | Items |\n|---|---|\n");
        for (int i = 0; i < transactions.size(); i++) {
            table.append("| T").append(i + 1).append(" | ").append(String.join(", ", transactions.get(i))).append(" |\n");
        }
        return table.toString();
    }

    static String itemSet(Collection<String> itemSet) {
        return "\\{\\text{" + String.join(", ", itemSet) + "}\\}";
    }
}
