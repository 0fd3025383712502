package org.mlready.assessment.item.mlops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class CloudStorageComputeFamilyTests {

    @Test
    void tieredBillMatchesTerabyteByTerabyteSum() {
        TieredStorageCostFamily family = new TieredStorageCostFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<List<String>> table = StemReading.firstTable(stem);
            BigFraction[] prices = new BigFraction[3];
            for (int i = 0; i < 3; i++) {
                prices[i] = StemReading.fraction(table.get(i + 1).get(1), "([0-9.]+)");
            }
            int total = StemReading.integer(stem, "holds (\\d+) TB");
            BigFraction expected;
            if (stem.contains("lifecycle rule")) {
                int moved = StemReading.integer(stem, "moves (\\d+) TB");
                BigFraction cold = StemReading.fraction(stem, "flat USD ([0-9.]+) per GB-month");
                expected = bill(total, prices).subtract(bill(total - moved, prices).add(cold.multiply(moved * 1000)));
            } else {
                expected = bill(total, prices);
            }
            assertThat(StemReading.numericKey(item)).as(stem).isCloseTo(expected.doubleValue(), within(0.005 + 1e-9));
        }
    }

    /** Each terabyte is priced by the tier it falls in: TB 1-50, 51-500, above 500. */
    private static BigFraction bill(int terabytes, BigFraction[] prices) {
        BigFraction sum = BigFraction.ZERO;
        for (int tb = 1; tb <= terabytes; tb++) {
            BigFraction price = tb <= 50 ? prices[0] : tb <= 500 ? prices[1] : prices[2];
            sum = sum.add(price.multiply(1000));
        }
        return sum;
    }

    @Test
    void transferTimeAndEgressBillMatchExactFractions() {
        DatasetTransferFamily family = new DatasetTransferFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            if (stem.contains("How many hours")) {
                long bytes = StemReading.integer(stem, "a (\\d+) GB training set") * 1_000_000_000L;
                int mbps = StemReading.integer(stem, "over a (\\d+) Mbit/s");
                int efficiency = StemReading.integer(stem, "leave (\\d+)% of");
                BigFraction bitsPerSecond = new BigFraction((long) mbps * 1_000_000L * efficiency, 100L);
                BigFraction hours = new BigFraction(bytes * 8).divide(bitsPerSecond).divide(3600);
                assertThat(StemReading.numericKey(item)).as(stem).isCloseTo(hours.doubleValue(), within(0.005 + 1e-9));
            } else {
                int gigabytes = StemReading.integer(stem, "your (\\d+) GB training set");
                int objects = StemReading.integer(stem, "stored as (\\d+) objects");
                int free = stem.contains("after the first") ? StemReading.integer(stem, "after the first (\\d+) GB") : 0;
                BigFraction perGb = StemReading.fraction(stem, "costs USD ([0-9.]+) per GB");
                BigFraction perRequest = StemReading.fraction(stem, "costs USD ([0-9.]+) per 1000 requests").divide(1000);
                BigFraction bill = perGb.multiply(gigabytes - free).add(perRequest.multiply(objects));
                assertThat(free).isLessThan(gigabytes);
                assertThat(StemReading.numericKey(item)).as(stem).isCloseTo(bill.doubleValue(), within(0.005 + 1e-9));
            }
        }
    }

    @Test
    void fleetSizeIsTheSmallestThatFinishesInTime() {
        WorkersForDeadlineFamily family = new WorkersForDeadlineFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            long records = Long.parseLong(StemReading.find(stem, " (\\d+) records\\."));
            int millis = StemReading.integer(stem, "takes (\\d+) ms");
            int vcpus = StemReading.integer(stem, "has (\\d+) vCPUs");
            int deadline = StemReading.integer(stem, "within (\\d+) minutes");
            int startup = stem.contains("starting up") ? StemReading.integer(stem, "first (\\d+) minutes") : 0;
            // seconds of work still needed per instance count, checked by increasing the count
            double secondsOfWork = records * millis / 1000.0;
            long k = 1;
            while (secondsOfWork / (k * vcpus) > (deadline - startup) * 60.0 + 1e-9) {
                k++;
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo((double) k);
        }
    }
}
