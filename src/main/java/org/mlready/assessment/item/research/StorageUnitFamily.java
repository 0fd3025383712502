package org.mlready.assessment.item.research;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/** Consistent units in a report: decimal (MB, GB) against binary (MiB, GiB) sizes of model artefacts. */
public final class StorageUnitFamily extends GeneratedItemFamily {

    private record Unit(String name, long bytes, String power) {
    }

    private static final List<Unit> UNITS = List.of(new Unit("MB", 1_000_000L, "10^6"),
            new Unit("MiB", 1L << 20, "2^{20}"), new Unit("GB", 1_000_000_000L, "10^9"),
            new Unit("GiB", 1L << 30, "2^{30}"));
    private static final List<String> ARTEFACTS = List.of("model checkpoint", "ONNX export", "tokenizer archive",
            "embedding index", "training shard", "quantised model file");

    public StorageUnitFamily() {
        super("storage-units", "technical-writing", 5000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String artefact = RandomDraw.pick(random, ARTEFACTS);
        boolean fromBytes = random.nextBoolean();
        Unit target;
        Unit source;
        BigDecimal amount;
        BigDecimal bytes;
        BigDecimal exact;
        do {
            target = RandomDraw.pick(random, UNITS);
            if (fromBytes) {
                source = null;
                bytes = BigDecimal.valueOf(target.bytes() >= 1L << 30
                        ? RandomDraw.between(random, 1_100_000_000, 2_000_000_000)
                                + (long) RandomDraw.between(random, 0, 6) * 1_000_000_000L
                        : RandomDraw.between(random, 5_000_000, 900_000_000));
                amount = bytes;
            } else {
                source = partner(target);
                amount = BigDecimal.valueOf(RandomDraw.between(random, 1005, 99_995), 2);
                bytes = amount.multiply(BigDecimal.valueOf(source.bytes()));
            }
            exact = bytes.divide(BigDecimal.valueOf(target.bytes()), 40, RoundingMode.HALF_EVEN);
        } while (halfwayAtTwoDecimals(exact));
        BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_UP);
        String given = fromBytes ? String.format(Locale.US, "%,d bytes", bytes.longValueExact()) : amount.toPlainString() + " "
                + source.name() + " (1 " + source.name() + " = $" + source.power() + "$ bytes)";
        String stem = "The " + artefact + " is " + given + ". The report's table lists sizes in " + target.name()
                + ", where 1 " + target.name() + " = $" + target.power() + "$ bytes. What size goes in the table? "
                + "Round to 2 decimal places.";
        String solution = (fromBytes ? "" : "In bytes: $" + amount.toPlainString() + " \\cdot " + source.power() + " = "
                + bytes.stripTrailingZeros().toPlainString() + "$. ") + "Divide by $" + target.power() + " = "
                + target.bytes() + "$: $" + bytes.stripTrailingZeros().toPlainString() + " / " + target.bytes() + " = "
                + exact.setScale(5, RoundingMode.HALF_UP).toPlainString() + "$ " + target.name() + ". Decimal and "
                + "binary units differ by " + (target.bytes() > 1L << 25 ? "about 7%" : "about 5%") + ", so the "
                + "unit must be named exactly.\n\nAnswer: **" + rounded.toPlainString() + "**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                AnswerKeys.rounded(rounded.doubleValue(), 2), solution,
                List.of("MB and GB are powers of ten; MiB and GiB are powers of two.",
                        fromBytes ? "Divide the byte count by the size of one target unit."
                                : "Go through bytes: multiply by the source unit, then divide by the target unit."),
                List.of(), ItemIrt.free(1.0, fromBytes ? -0.8 : -0.2));
    }

    /** The unit of the same scale in the other system: MB and MiB, GB and GiB. */
    private static Unit partner(Unit unit) {
        int index = UNITS.indexOf(unit);
        return UNITS.get(index % 2 == 0 ? index + 1 : index - 1);
    }

    private static boolean halfwayAtTwoDecimals(BigDecimal exact) {
        BigDecimal scaled = exact.movePointRight(2);
        BigDecimal fraction = scaled.subtract(new BigDecimal(scaled.toBigInteger()));
        return fraction.compareTo(new BigDecimal("0.5")) == 0;
    }
}
