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

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** A value computed after a left or inner join: missing counts, NaN-skipping sums, or a product total. */
public final class JoinValueFamily extends GeneratedItemFamily {

    public JoinValueFamily() {
        super("pandas-join-value", "pandas-manipulation", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int question = random.nextInt(3);
        int saleCount = RandomDraw.between(random, 5, 8);
        List<String> products = List.of("P1", "P2", "P3", "P4", "P5");
        List<String> saleProducts = new ArrayList<>();
        int[] quantities = new int[saleCount];
        for (int i = 0; i < saleCount; i++) {
            saleProducts.add(RandomDraw.pick(random, products));
            quantities[i] = RandomDraw.between(random, 1, 5);
        }
        List<String> priced = new ArrayList<>();
        for (String p : products) {
            if (random.nextInt(4) > 0) {
                priced.add(p);
            }
        }
        // At least one sale must match and at least one must not, so the join's handling of misses matters.
        String unmatched = saleProducts.get(random.nextInt(saleCount));
        priced.remove(unmatched);
        if (priced.stream().noneMatch(saleProducts::contains)) {
            String matched = saleProducts.stream().filter(p -> !p.equals(unmatched)).findFirst()
                    .orElse(null);
            if (matched == null) {
                saleProducts.set(0, unmatched.equals("P1") ? "P2" : "P1");
                matched = saleProducts.get(0);
            }
            if (!priced.contains(matched)) {
                priced.add(matched);
            }
            priced.sort(String::compareTo);
        }
        Map<String, Integer> prices = new HashMap<>();
        List<List<String>> priceRows = new ArrayList<>();
        for (String p : priced) {
            int price = RandomDraw.between(random, 2, 12);
            prices.put(p, price);
            priceRows.add(List.of(p, String.valueOf(price)));
        }
        List<List<String>> saleRows = new ArrayList<>();
        for (int i = 0; i < saleCount; i++) {
            saleRows.add(List.of(saleProducts.get(i), String.valueOf(quantities[i])));
        }
        int missing = 0;
        int priceSum = 0;
        int revenue = 0;
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < saleCount; i++) {
            Integer price = prices.get(saleProducts.get(i));
            if (price == null) {
                missing++;
                steps.add(MarkdownTable.row(saleProducts.get(i), String.valueOf(quantities[i]), "NaN",
                        question == 2 ? "dropped by the inner join" : "no match"));
            } else {
                priceSum += price;
                revenue += price * quantities[i];
                steps.add(MarkdownTable.row(saleProducts.get(i), String.valueOf(quantities[i]), String.valueOf(price),
                        question == 2 ? quantities[i] + " × " + price + " = " + quantities[i] * price : "matched"));
            }
        }
        String how = question == 2 ? "inner" : "left";
        String code = "df = sales.merge(prices, on=\"product\", how=\"" + how + "\")\n" + switch (question) {
            case 0 -> "df[\"price\"].isna().sum()";
            case 1 -> "df[\"price\"].sum()";
            default -> "(df[\"qty\"] * df[\"price\"]).sum()";
        };
        int answer = question == 0 ? missing : question == 1 ? priceSum : revenue;
        String stem = "`sales`\n\n" + MarkdownTable.render(List.of("product", "qty"), saleRows)
                + "\n`prices`\n\n" + MarkdownTable.render(List.of("product", "price"), priceRows)
                + "\nWhat is the value of the last expression?\n\n```python\n" + code + "\n```";
        String last = switch (question) {
            case 0 -> "The left join keeps all " + saleCount + " sales; " + missing + " of them have no price, so "
                    + "`isna().sum()` is **" + missing + "**.";
            case 1 -> "The left join keeps all sales; `sum()` skips the NaN prices (`skipna=True` by default), "
                    + "so the total of the matched prices is **" + priceSum + "**.";
            default -> "The inner join drops sales without a price; the products of the remaining rows add up "
                    + "to **" + revenue + "**.";
        };
        String solution = "Each row of `sales` looks up its product in `prices` (product ids are unique there, so "
                + "no row is duplicated):\n\n| product | qty | price | note |\n| --- | --- | --- | --- |\n"
                + String.join("", steps) + "\n" + last;
        List<String> hints = List.of(
                "Look up each sale's product in `prices`; some products have no price.",
                question == 2 ? "An inner join drops unmatched rows before the multiplication."
                        : "A left join keeps unmatched rows with NaN; pandas reductions skip NaN by default.");
        double difficulty = question == 0 ? -0.6 : question == 1 ? 0.0 : 0.2;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.1, difficulty));
    }
}
