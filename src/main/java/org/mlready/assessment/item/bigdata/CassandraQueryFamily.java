package org.mlready.assessment.item.bigdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Which WHERE clauses a generated Cassandra table serves without ALLOW FILTERING: the whole partition key by
 * equality, then a prefix of the clustering columns with equality, only the last one possibly a range.
 */
public final class CassandraQueryFamily extends GeneratedItemFamily {

    public CassandraQueryFamily() {
        super("cassandra-where-clauses", "nosql-modelling", 2000);
    }

    private record Column(String name, String type, String value) {
    }

    private record Theme(String table, List<Column> partition, List<Column> clustering, List<Column> regular) {
    }

    /** One restriction of a WHERE clause. */
    private record Restriction(Column column, String op) {
        String text() {
            return column.name() + " " + op + " " + column.value();
        }
    }

    private static final List<Theme> THEMES = List.of(
            new Theme("readings",
                    List.of(new Column("sensor_id", "int", "42"), new Column("day", "date", "'2024-05-01'")),
                    List.of(new Column("metric", "text", "'temp'"), new Column("reading_time", "timestamp",
                            "'2024-05-01 10:00'"), new Column("seq", "int", "7")),
                    List.of(new Column("value", "double", "21.5"), new Column("unit", "text", "'C'"))),
            new Theme("messages",
                    List.of(new Column("user_id", "uuid", "?"), new Column("bucket", "int", "3")),
                    List.of(new Column("conversation_id", "int", "17"), new Column("sent_at", "timestamp",
                            "'2024-06-02 08:00'"), new Column("message_id", "int", "5")),
                    List.of(new Column("body", "text", "'hi'"), new Column("status", "text", "'read'"))),
            new Theme("orders_by_customer",
                    List.of(new Column("customer_id", "int", "1001"), new Column("year", "int", "2024")),
                    List.of(new Column("order_date", "date", "'2024-03-15'"), new Column("order_id", "int", "88"),
                            new Column("line_no", "int", "2")),
                    List.of(new Column("total", "decimal", "99.5"), new Column("status", "text", "'shipped'"))),
            new Theme("events_by_app",
                    List.of(new Column("app_id", "text", "'shop'"), new Column("hour", "timestamp",
                            "'2024-07-01 12:00'")),
                    List.of(new Column("event_type", "text", "'click'"), new Column("event_time", "timestamp",
                            "'2024-07-01 12:30'"), new Column("event_id", "int", "9")),
                    List.of(new Column("country", "text", "'DE'"), new Column("payload", "text", "'{}'"))));

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Theme theme = RandomDraw.pick(random, THEMES);
        List<Column> partition = theme.partition().subList(0, RandomDraw.between(random, 1, 2));
        List<Column> clustering = theme.clustering().subList(0, RandomDraw.between(random, 2, 3));
        int optionCount = RandomDraw.between(random, 4, 5);
        Map<String, ChoiceSet.Option> options = new LinkedHashMap<>();
        List<String> queries = new ArrayList<>();
        boolean anyValid = false;
        int guard = 0;
        while (options.size() < optionCount && guard++ < 200) {
            boolean wantValid = !anyValid && options.size() == optionCount - 1 || random.nextInt(3) == 0;
            List<Restriction> where = valid(random, partition, clustering);
            String reason = wantValid ? null : breakRule(random, where, partition, clustering, theme.regular());
            String clause = "WHERE " + String.join(" AND ", where.stream().map(Restriction::text).toList());
            if (queries.contains(clause)) {
                continue;
            }
            queries.add(clause);
            String text = "Q" + queries.size();
            anyValid |= reason == null;
            options.put(text, new ChoiceSet.Option(text, reason == null, reason == null ? servable(where,
                    partition.size()) : reason));
        }
        List<Choice> choices = ChoiceSet.lettered(new ArrayList<>(options.values()));
        StringBuilder listing = new StringBuilder("```sql\n");
        for (int q = 0; q < queries.size(); q++) {
            listing.append("-- Q").append(q + 1).append('\n').append("SELECT * FROM ").append(theme.table())
                    .append(' ').append(queries.get(q)).append(";\n");
        }
        listing.append("```");

        String partitionKey = partition.size() == 1 ? partition.get(0).name()
                : "(" + String.join(", ", partition.stream().map(Column::name).toList()) + ")";
        StringBuilder ddl = new StringBuilder("```sql\nCREATE TABLE " + theme.table() + " (\n");
        List<Column> all = new ArrayList<>(partition);
        all.addAll(clustering);
        all.addAll(theme.regular());
        for (Column c : all) {
            ddl.append("    ").append(c.name()).append(' ').append(c.type()).append(",\n");
        }
        ddl.append("    PRIMARY KEY (").append(partitionKey).append(", ")
                .append(String.join(", ", clustering.stream().map(Column::name).toList())).append(")\n);\n```");
        String stem = "A Cassandra table has no secondary indexes:\n\n" + ddl + "\n\n" + listing + "\n\nWhich of these queries does "
                + "Cassandra run as written, **without** `ALLOW FILTERING`? Select all that apply.";
        String solution = "The partition key is " + partition.stream().map(c -> "`" + c.name() + "`").toList()
                + " and the clustering columns, in order, are " + clustering.stream().map(c -> "`" + c.name() + "`")
                .toList() + ". A query runs without filtering when every partition-key column is restricted by "
                + "equality and the clustering restrictions cover a prefix of the clustering order, all equalities "
                + "except possibly a range on the last one. Regular columns cannot be restricted.\n\n"
                + String.join("\n", choices.stream().map(c -> "- " + c.text() + ": " + c.explanation()).toList())
                + "\n\nAnswer: **" + String.join(", ", choices.stream().filter(Choice::correct).map(c -> c.text() + " (" + c.id() + ")")
                .toList()) + "**.";
        List<String> hints = List.of("Cassandra must know the partition from equalities on every partition-key "
                + "column.", "Within a partition rows are sorted by the clustering columns in order; a query must ask "
                + "for one contiguous slice of that order.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.MULTIPLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.3, 0.3 + 0.2 * (partition.size() - 1), choices.size()));
    }

    private static List<Restriction> valid(Random random, List<Column> partition, List<Column> clustering) {
        List<Restriction> where = new ArrayList<>();
        for (Column c : partition) {
            where.add(new Restriction(c, "="));
        }
        int prefix = RandomDraw.between(random, 0, clustering.size());
        for (int i = 0; i < prefix; i++) {
            boolean last = i == prefix - 1;
            where.add(new Restriction(clustering.get(i), last && random.nextBoolean() ? range(random) : "="));
        }
        return where;
    }

    /** Breaks one rule in place and returns why the query now needs filtering; null if nothing applied. */
    private static String breakRule(Random random, List<Restriction> where, List<Column> partition,
                                    List<Column> clustering, List<Column> regular) {
        int kind = random.nextInt(5);
        if (kind == 0 && partition.size() == 2) {
            Column dropped = partition.get(random.nextInt(2));
            where.removeIf(r -> r.column().equals(dropped));
            return "Needs filtering: `" + dropped.name() + "` is part of the partition key, and without it "
                    + "Cassandra cannot tell which partition to read.";
        }
        if (kind == 1) {
            Column c = partition.get(random.nextInt(partition.size()));
            where.replaceAll(r -> r.column().equals(c) ? new Restriction(c, range(random)) : r);
            return "Needs filtering: partition-key column `" + c.name() + "` only supports equality (or `IN`); a "
                    + "range would have to visit every partition.";
        }
        if (kind == 2) {
            where.removeIf(r -> clustering.contains(r.column()));
            int skip = RandomDraw.between(random, 0, clustering.size() - 2);
            for (int i = 0; i < skip; i++) {
                where.add(new Restriction(clustering.get(i), "="));
            }
            where.add(new Restriction(clustering.get(skip + 1), "="));
            return "Needs filtering: clustering column `" + clustering.get(skip).name() + "` is skipped, so the rows "
                    + "wanted are not one contiguous slice of the clustering order.";
        }
        if (kind == 3) {
            where.removeIf(r -> clustering.contains(r.column()));
            where.add(new Restriction(clustering.get(0), range(random)));
            where.add(new Restriction(clustering.get(1), "="));
            return "Needs filtering: `" + clustering.get(0).name() + "` is restricted by a range, so the following "
                    + "clustering column `" + clustering.get(1).name() + "` cannot be restricted as well.";
        }
        Column c = regular.get(random.nextInt(regular.size()));
        where.add(new Restriction(c, "="));
        return "Needs filtering: `" + c.name() + "` is a regular column; Cassandra would have to read and discard "
                + "rows to check it.";
    }

    private static String servable(List<Restriction> where, int partitionColumns) {
        List<String> slice = where.subList(partitionColumns, where.size()).stream()
                .map(r -> "`" + r.column().name() + "`").toList();
        return "Runs: equality on the whole partition key picks one partition, and "
                + (slice.isEmpty() ? "with no clustering restriction the whole partition is read."
                : "the clustering restrictions on " + String.join(", ", slice) + " form a prefix of the clustering "
                + "order" + (where.get(where.size() - 1).op().equals("=") ? "" : " with only the last one a range")
                + ", so Cassandra reads one contiguous slice.");
    }

    private static String range(Random random) {
        return RandomDraw.pick(random, List.of(">", ">=", "<", "<="));
    }
}
