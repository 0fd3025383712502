package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** {@code df.groupby(key)[value].agg()} on a small shown table; the answer lists groups in sorted key order. */
public final class GroupByAggregateFamily extends GeneratedItemFamily {

    public GroupByAggregateFamily() {
        super("pandas-groupby-aggregate", "pandas-manipulation", 1000);
    }

    private record Theme(String key, String value, List<String> groups) {
    }

    private static final List<Theme> THEMES = List.of(
            new Theme("team", "points", List.of("Falcons", "Bears", "Wolves", "Hawks")),
            new Theme("store", "sales", List.of("north", "south", "east", "west")),
            new Theme("dept", "tickets", List.of("ops", "sales", "hr", "it")),
            new Theme("city", "orders", List.of("Oslo", "Lima", "Pune", "Kyiv")));
    private static final List<String> AGGREGATES = List.of("sum", "mean", "max", "min", "count");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Theme theme = RandomDraw.pick(random, THEMES);
        String aggregate = RandomDraw.pick(random, AGGREGATES);
        int groupCount = RandomDraw.between(random, 2, 3);
        List<String> groups = new ArrayList<>(theme.groups());
        for (int i = groups.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            groups.set(i, groups.set(j, groups.get(i)));
        }
        groups = groups.subList(0, groupCount);
        int rows = RandomDraw.between(random, 6, 9);
        List<String> keys = new ArrayList<>(groups);
        while (keys.size() < rows) {
            keys.add(RandomDraw.pick(random, groups));
        }
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        RandomDraw.shuffle(random, order);
        List<List<String>> body = new ArrayList<>();
        TreeMap<String, List<Integer>> byGroup = new TreeMap<>();
        for (int i = 0; i < rows; i++) {
            String key = keys.get(order[i]);
            int value = RandomDraw.between(random, 1, 30);
            body.add(List.of(key, String.valueOf(value)));
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        double[] answer = new double[byGroup.size()];
        List<String> lines = new ArrayList<>();
        int g = 0;
        for (var entry : byGroup.entrySet()) {
            List<Integer> values = entry.getValue();
            double result = switch (aggregate) {
                case "sum" -> values.stream().mapToInt(Integer::intValue).sum();
                case "mean" -> values.stream().mapToInt(Integer::intValue).average().orElseThrow();
                case "max" -> values.stream().mapToInt(Integer::intValue).max().orElseThrow();
                case "min" -> values.stream().mapToInt(Integer::intValue).min().orElseThrow();
                default -> values.size();
            };
            answer[g++] = NumberText.round(result, 2);
            lines.add("- `" + entry.getKey() + "`: values " + values + " → " + aggregate + " = "
                    + NumberText.of(NumberText.round(result, 2)));
        }
        String table = MarkdownTable.render(List.of(theme.key(), theme.value()), body);
        String stem = "The DataFrame `df` holds:\n\n" + table + "\nWhat does `df.groupby(\"" + theme.key() + "\")[\""
                + theme.value() + "\"]." + aggregate + "()` return? Give the values in the order pandas lists the "
                + "groups (sorted by `" + theme.key() + "`)" + (aggregate.equals("mean")
                ? ", rounded to 2 decimal places where needed." : ".");
        String solution = "`groupby` collects the rows of each `" + theme.key() + "` value and sorts the group keys "
                + "(`sort=True` is the default), so the order is " + String.join(", ", byGroup.keySet()) + ".\n\n"
                + String.join("\n", lines) + "\n\nResult: **" + NumberText.list(answer) + "**.";
        List<String> hints = List.of(
                "List the `" + theme.value() + "` values of each `" + theme.key() + "` separately.",
                "Groups appear in sorted order of their key; apply `" + aggregate + "` within each group.");
        double difficulty = aggregate.equals("mean") ? -0.4 : aggregate.equals("count") ? -1.2 : -0.9;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.VECTOR,
                AnswerKeys.roundedVector(2, answer), solution, hints, List.of(), ItemIrt.free(1.0, difficulty));
    }
}
