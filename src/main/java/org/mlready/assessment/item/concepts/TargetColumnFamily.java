package org.mlready.assessment.item.concepts;

import java.util.ArrayList;
import java.util.List;
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
 * A table schema (dtype, number of distinct values, examples): which columns are natural classification targets,
 * or regression targets. Integer-coded categories, identifiers, dates and free text are the traps.
 */
public final class TargetColumnFamily extends GeneratedItemFamily {

    enum Kind { REGRESSION, CLASSIFICATION, NEITHER }

    private record Column(String name, String dtype, String distinct, String examples, Kind kind, String why) {
    }

    private record Schema(String table, int rows, List<Column> columns) {
    }

    private static final String ID = "an identifier: unique per row, it carries no quantity or category to learn";
    private static final String DATE = "a timestamp: it locates a row in time; it is a feature source, not a label";
    private static final String TEXT = "free text with nearly one value per row: an input to a text model, not a "
            + "label";

    private static final List<Schema> SCHEMAS = List.of(
            new Schema("customers", 48_210, List.of(
                    new Column("customer_id", "int64", "48210", "10231, 10232, 10240", Kind.NEITHER, ID),
                    new Column("signup_date", "datetime64", "1460", "2021-03-04, 2022-11-19", Kind.NEITHER, DATE),
                    new Column("monthly_spend", "float64", "31877", "42.10, 7.99, 118.35", Kind.REGRESSION, null),
                    new Column("churned", "bool", "2", "True, False, False", Kind.CLASSIFICATION, null),
                    new Column("plan_code", "int64", "4", "1, 3, 2, 1", Kind.CLASSIFICATION,
                            "integer codes for 4 plans: the numbers name categories"),
                    new Column("lifetime_value", "float64", "45102", "1204.5, 88.0, 530.25", Kind.REGRESSION, null),
                    new Column("segment", "object", "5", "\"student\", \"family\", \"business\"",
                            Kind.CLASSIFICATION, null),
                    new Column("last_complaint", "object", "47950", "\"App crashed at checkout...\"", Kind.NEITHER,
                            TEXT))),
            new Schema("houses", 12_530, List.of(
                    new Column("listing_id", "object", "12530", "\"H-00912\", \"H-04410\"", Kind.NEITHER, ID),
                    new Column("sale_price", "float64", "11873", "312000.0, 189500.0", Kind.REGRESSION, null),
                    new Column("floor_area_m2", "float64", "4021", "84.5, 132.0, 61.2", Kind.REGRESSION, null),
                    new Column("energy_label", "object", "7", "\"A\", \"C\", \"B\"", Kind.CLASSIFICATION, null),
                    new Column("has_garden", "bool", "2", "True, False", Kind.CLASSIFICATION, null),
                    new Column("listed_at", "datetime64", "2210", "2023-05-02, 2024-01-15", Kind.NEITHER, DATE),
                    new Column("description", "object", "12498", "\"Bright flat near the park...\"", Kind.NEITHER,
                            TEXT),
                    new Column("district_code", "int64", "9", "3, 7, 1", Kind.CLASSIFICATION,
                            "integer codes for 9 districts: categories, not amounts"))),
            new Schema("flights", 96_400, List.of(
                    new Column("flight_id", "int64", "96400", "550012, 550013", Kind.NEITHER, ID),
                    new Column("departure_time", "datetime64", "95112", "2024-06-01 07:35", Kind.NEITHER, DATE),
                    new Column("delay_minutes", "float64", "1845", "0.0, 12.5, 47.0", Kind.REGRESSION, null),
                    new Column("fuel_used_kg", "float64", "90315", "5120.4, 7344.9", Kind.REGRESSION, null),
                    new Column("cancelled", "bool", "2", "False, False, True", Kind.CLASSIFICATION, null),
                    new Column("aircraft_type", "object", "6", "\"A320\", \"B737\", \"E190\"", Kind.CLASSIFICATION,
                            null),
                    new Column("cabin_class_code", "int64", "3", "0, 2, 1", Kind.CLASSIFICATION,
                            "integer codes for 3 cabin classes: categories"),
                    new Column("crew_notes", "object", "93020", "\"Late catering; gate change...\"", Kind.NEITHER,
                            TEXT))),
            new Schema("patients", 20_840, List.of(
                    new Column("patient_id", "object", "20840", "\"P-118\", \"P-4021\"", Kind.NEITHER, ID),
                    new Column("admitted_at", "datetime64", "19877", "2023-09-12 14:05", Kind.NEITHER, DATE),
                    new Column("length_of_stay_h", "float64", "6210", "36.5, 120.0, 8.25", Kind.REGRESSION, null),
                    new Column("cholesterol_mmol_l", "float64", "812", "4.9, 6.2, 5.35", Kind.REGRESSION, null),
                    new Column("readmitted_30d", "bool", "2", "False, True", Kind.CLASSIFICATION, null),
                    new Column("blood_type", "object", "8", "\"A+\", \"O-\", \"B+\"", Kind.CLASSIFICATION, null),
                    new Column("ward_code", "int64", "11", "4, 9, 2", Kind.CLASSIFICATION,
                            "integer codes for 11 wards: categories"),
                    new Column("discharge_summary", "object", "20811", "\"Stable on discharge...\"", Kind.NEITHER,
                            TEXT))),
            new Schema("orders", 153_000, List.of(
                    new Column("order_id", "int64", "153000", "900001, 900002", Kind.NEITHER, ID),
                    new Column("ordered_at", "datetime64", "149880", "2024-02-29 18:42", Kind.NEITHER, DATE),
                    new Column("basket_value", "float64", "58221", "23.40, 105.99", Kind.REGRESSION, null),
                    new Column("delivery_hours", "float64", "3311", "26.5, 49.0, 71.25", Kind.REGRESSION, null),
                    new Column("returned", "bool", "2", "False, True, False", Kind.CLASSIFICATION, null),
                    new Column("payment_method", "object", "4", "\"card\", \"paypal\", \"invoice\"",
                            Kind.CLASSIFICATION, null),
                    new Column("warehouse_code", "int64", "5", "2, 5, 1", Kind.CLASSIFICATION,
                            "integer codes for 5 warehouses: categories"),
                    new Column("gift_message", "object", "140210", "\"Happy birthday!...\"", Kind.NEITHER, TEXT))));

    public TargetColumnFamily() {
        super("target-column-choice", "classification-regression-framing", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Schema schema = RandomDraw.pick(random, SCHEMAS);
        Kind asked = random.nextBoolean() ? Kind.REGRESSION : Kind.CLASSIFICATION;
        List<Column> shown;
        do {
            shown = RandomDraw.shuffledPrefix(random, schema.columns(), RandomDraw.between(random, 4, 5));
        } while (shown.stream().noneMatch(c -> c.kind() == asked) || shown.stream().allMatch(c -> c.kind() == asked));
        List<List<String>> rows = new ArrayList<>();
        List<ChoiceSet.Option> options = new ArrayList<>();
        List<String> correct = new ArrayList<>();
        for (Column column : shown) {
            rows.add(List.of("`" + column.name() + "`", column.dtype(), column.distinct(), column.examples()));
            boolean right = column.kind() == asked;
            if (right) {
                correct.add("`" + column.name() + "`");
            }
            options.add(new ChoiceSet.Option("`" + column.name() + "`", right, explain(column, asked)));
        }
        List<Choice> choices = ChoiceSet.lettered(options);
        String word = asked == Kind.REGRESSION ? "regression" : "classification";
        String stem = "The `" + schema.table() + "` table has " + String.format("%,d", schema.rows())
                + " rows. Some of its columns:\n\n"
                + Text.table(List.of("column", "dtype", "distinct values", "examples"), rows)
                + "\nWhich of these columns would be natural targets for a **" + word + "** model? Select all "
                + "that apply.";
        StringBuilder steps = new StringBuilder();
        for (Column column : shown) {
            steps.append("- `").append(column.name()).append("`: ").append(describe(column)).append('\n');
        }
        String solution = "A regression target is a quantity measured on a continuous scale; a classification "
                + "target takes one of a few labels (the dtype alone can mislead: integers may be codes).\n\n"
                + steps + "\nAnswer: **" + String.join(", ", correct) + "**.";
        List<String> hints = List.of("For each column ask: is it an amount, one of a few labels, or neither?",
                "Check the number of distinct values against the number of rows, not only the dtype.");
        boolean codeShown = shown.stream().anyMatch(c -> c.dtype().equals("int64") && c.kind() == Kind.CLASSIFICATION);
        double difficulty = -0.4 + (codeShown ? 0.4 : 0) + 0.2 * (correct.size() - 1);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.MULTIPLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.1, difficulty, choices.size()));
    }

    private static String describe(Column column) {
        if (column.kind() == Kind.REGRESSION) {
            return "a continuous amount (" + column.distinct() + " distinct " + column.dtype()
                    + " values), so regression.";
        }
        if (column.kind() == Kind.CLASSIFICATION) {
            return column.why() != null ? column.why() + ", so classification."
                    : column.distinct() + " labels, so classification.";
        }
        return column.why() + "; neither.";
    }

    private static String explain(Column column, Kind asked) {
        boolean right = column.kind() == asked;
        return (right ? "Yes: " : "No: ") + describe(column);
    }
}
