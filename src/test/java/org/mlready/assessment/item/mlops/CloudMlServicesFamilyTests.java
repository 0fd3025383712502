package org.mlready.assessment.item.mlops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.StemReading;

class CloudMlServicesFamilyTests {

    @Test
    void trainingCostMatchesCentArithmetic() {
        TrainingJobCostFamily family = new TrainingJobCostFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            int n = StemReading.integer(stem, "runs on (\\d+) instance");
            int hours = StemReading.integer(stem, "takes (\\d+) hours");
            BigFraction price = StemReading.fraction(stem, "USD ([0-9.]+) per instance-hour");
            BigFraction onDemand = price.multiply(n * hours);
            BigFraction expected = onDemand;
            if (stem.contains("Spot capacity")) {
                int discount = StemReading.integer(stem, "is (\\d+)% cheaper");
                int overhead = StemReading.integer(stem, "run (\\d+)% longer");
                BigFraction spot = onDemand.multiply(new BigFraction(100 + overhead, 100))
                        .multiply(new BigFraction(100 - discount, 100));
                expected = stem.contains("How much does running on spot capacity save") ? onDemand.subtract(spot)
                        : spot;
            }
            assertThat(StemReading.numericKey(item)).as(stem).isCloseTo(expected.doubleValue(), within(0.005 + 1e-9));
        }
    }

    @Test
    void breakEvenAndCheaperOptionFollowFromBothMonthlyBills() {
        EndpointVsServerlessFamily family = new EndpointVsServerlessFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            int instances = StemReading.integer(stem, "\\*\\*Real-time endpoint\\*\\*: (\\d+) instance");
            BigFraction hourly = StemReading.fraction(stem, "at USD ([0-9.]+) per instance-hour");
            BigFraction perThousand = StemReading.fraction(stem, "USD ([0-9.]+) per 1000 requests");
            BigFraction endpoint = hourly.multiply(instances * 24 * 30);
            if (item.responseType() == ResponseType.NUMBER) {
                // endpoint = perThousand / 1000 * 30 * n
                BigFraction n = endpoint.multiply(1000).divide(perThousand.multiply(30));
                assertThat(StemReading.numericKey(item)).as(stem).isCloseTo(n.doubleValue(), within(0.5 + 1e-9));
            } else {
                long perDay = Long.parseLong(StemReading.find(stem, "Traffic is (\\d+) requests per day"));
                BigFraction serverless = perThousand.multiply(perDay * 30).divide(1000);
                String winner = serverless.compareTo(endpoint) < 0 ? "Serverless" : "The endpoint";
                BigDecimal gap = endpoint.subtract(serverless).abs().bigDecimalValue(2, BigDecimal.ROUND_HALF_UP);
                assertThat(StemReading.correctText(item)).as(stem)
                        .isEqualTo(winner + " is cheaper, by USD " + gap.toPlainString() + " per month");
                assertThat(gap.signum()).isPositive();
            }
        }
    }

    @Test
    void autoscalingCountIsTheSmallestFleetCarryingTheTraffic() {
        AutoscalingInstancesFamily family = new AutoscalingInstancesFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            int capacity = StemReading.integer(stem, "serves at most (\\d+) requests");
            int utilisation = StemReading.integer(stem, "at (\\d+)% of that");
            int minimum = StemReading.integer(stem, "fewer than (\\d+) instance");
            long expected;
            if (stem.contains("instance-hours")) {
                int peak = StemReading.integer(stem, "Traffic is (\\d+) requests");
                int peakHours = StemReading.integer(stem, "per second for (\\d+) hours a day");
                int offPeak = StemReading.integer(stem, "and (\\d+) requests per second for the other");
                expected = (long) fleet(peak, capacity, utilisation, minimum) * peakHours
                        + (long) fleet(offPeak, capacity, utilisation, minimum) * (24 - peakHours);
            } else {
                expected = fleet(StemReading.integer(stem, "traffic is (\\d+) requests"), capacity, utilisation, minimum);
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo((double) expected);
        }
    }

    /** Counts up from the minimum until the fleet's allowed load covers the traffic. */
    private static int fleet(int traffic, int capacity, int utilisation, int minimum) {
        int k = minimum;
        while (k * capacity * utilisation < traffic * 100) {
            k++;
        }
        return k;
    }
}
