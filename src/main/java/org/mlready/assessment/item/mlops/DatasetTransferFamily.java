package org.mlready.assessment.item.mlops;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Moving a dataset out of a cloud region: the transfer time at a link speed (bytes versus bits), or the bill for
 * egress beyond a free allowance plus per-request charges for the objects read.
 */
public final class DatasetTransferFamily extends GeneratedItemFamily {

    public DatasetTransferFamily() {
        super("dataset-transfer", "cloud-storage-compute", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean time = random.nextBoolean();
        int gigabytes = RandomDraw.between(random, 20, 400) * 5;
        int files = RandomDraw.between(random, 2, 400) * 500;
        if (time) {
            int mbps = RandomDraw.pick(random, 100, 200, 250, 400, 500, 800, 1000, 2000);
            int efficiency = RandomDraw.pick(random, 60, 70, 75, 80, 90);
            BigDecimal megabits = BigDecimal.valueOf(gigabytes * 8000L);
            BigDecimal effective = BigDecimal.valueOf((long) mbps * efficiency).movePointLeft(2);
            BigDecimal seconds = megabits.divide(effective, 10, RoundingMode.HALF_UP);
            double hours = seconds.doubleValue() / 3600;
            String stem = "You copy a " + gigabytes + " GB training set (" + files + " files; 1 GB = $10^9$ bytes) "
                    + "from a cloud bucket to an on-premises GPU server over a " + mbps + " Mbit/s link "
                    + "(1 Mbit = $10^6$ bits). Protocol overhead and contention leave " + efficiency + "% of the "
                    + "link's rate for the data.\n\nHow many hours does the copy take? Round to 2 decimal places.";
            String solution = "Data in megabits: $" + gigabytes + " \\text{ GB} \\times 8000 = " + gigabytes * 8000L
                    + "$ Mbit (8 bits per byte, 1000 Mbit per Gbit).\n\nUsable rate: $" + mbps + " \\times "
                    + Text.plain(efficiency / 100.0) + " = " + effective.stripTrailingZeros().toPlainString()
                    + "$ Mbit/s.\n\nTime: $" + gigabytes * 8000L + " / " + effective.stripTrailingZeros().toPlainString()
                    + " = " + Text.fixed(seconds.doubleValue(), 1) + "$ s, and $" + Text.fixed(seconds.doubleValue(), 1)
                    + " / 3600 = " + Text.fixed(hours, 2) + "$ h.\n\nAnswer: **" + Text.fixed(hours, 2) + "** hours.";
            return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                    AnswerKeys.rounded(Text.round(hours, 2), 2), solution,
                    List.of("Link speeds are in bits per second, sizes in bytes: convert one to the other.",
                            "Only the usable share of the link carries data."), List.of(), ItemIrt.free(1.2, 0.0));
        }
        int free = RandomDraw.pick(random, 0, 100, 100, 1000);
        if (free >= gigabytes) {
            free = 0;
        }
        BigDecimal perGb = BigDecimal.valueOf(RandomDraw.between(random, 5, 12), 2);
        BigDecimal perThousandRequests = BigDecimal.valueOf(RandomDraw.pick(random, 4, 5), 4);
        BigDecimal egress = BigDecimal.valueOf(gigabytes - free).multiply(perGb);
        BigDecimal requests = BigDecimal.valueOf(files).multiply(perThousandRequests).divide(BigDecimal.valueOf(1000));
        BigDecimal total = egress.add(requests);
        String stem = "A partner downloads your " + gigabytes + " GB training set, stored as " + files + " objects, "
                + "from a cloud bucket to their own data centre. Made-up prices: internet egress costs USD "
                + perGb.toPlainString() + " per GB" + (free > 0 ? " after the first " + free + " GB each month, which "
                + "are free (nothing else has left the bucket this month)" : "") + ", and every GET request costs USD "
                + perThousandRequests.toPlainString() + " per 1000 requests. Each object is read with exactly one "
                + "GET.\n\nWhat does the download add to the bill, in USD? Round to 2 decimal places.";
        String solution = "Billed egress: $" + gigabytes + " - " + free + " = " + (gigabytes - free) + "$ GB, costing $"
                + (gigabytes - free) + " \\times " + perGb.toPlainString() + " = " + Text.fixed(egress.doubleValue(), 2)
                + "$ USD.\n\nRequests: $\\frac{" + files + "}{1000} \\times " + perThousandRequests.toPlainString()
                + " = " + Text.fixed(requests.doubleValue(), 4) + "$ USD.\n\nTotal: $" + Text.fixed(egress.doubleValue(), 2)
                + " + " + Text.fixed(requests.doubleValue(), 4) + " = " + Text.fixed(total.doubleValue(), 2)
                + "$ USD.\n\nAnswer: **" + Text.fixed(total.doubleValue(), 2) + "** USD.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                AnswerKeys.rounded(Text.round(total.doubleValue(), 2), 2), solution,
                List.of("Data leaving the cloud is billed per GB; the free allowance comes off first.",
                        "Request charges are per 1000 requests, one per object."), List.of(),
                ItemIrt.free(1.0, free > 0 ? -0.4 : -0.8));
    }
}
