package org.mlready.assessment.item.mlops;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * An always-on real-time endpoint (billed per instance-hour whether busy or idle) against serverless inference
 * (billed per request): the break-even daily volume, or which is cheaper at a given volume and by how much.
 */
public final class EndpointVsServerlessFamily extends GeneratedItemFamily {

    private static final int DAYS = 30;

    public EndpointVsServerlessFamily() {
        super("endpoint-vs-serverless", "cloud-ml-services", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean breakEven = random.nextBoolean();
        int instances = RandomDraw.between(random, 1, 3);
        BigDecimal hourly = BigDecimal.valueOf(RandomDraw.between(random, 8, 160), 2);
        BigDecimal perThousand = BigDecimal.valueOf(RandomDraw.between(random, 2, 60), 3);
        BigDecimal endpointMonthly = hourly.multiply(BigDecimal.valueOf((long) instances * 24 * DAYS));
        BigDecimal breakEvenPerDay = endpointMonthly.multiply(BigDecimal.valueOf(1000))
                .divide(perThousand.multiply(BigDecimal.valueOf(DAYS)), 6, RoundingMode.HALF_UP);
        String setup = "A team serves a model and compares two options (made-up prices, a " + DAYS + "-day month):\n\n"
                + "- **Real-time endpoint**: " + instances + (instances == 1 ? " instance" : " instances")
                + " running 24 hours a day at USD " + hourly.toPlainString() + " per instance-hour, busy or idle.\n"
                + "- **Serverless inference**: USD " + perThousand.toPlainString()
                + " per 1000 requests, nothing when idle.\n\n";
        String endpointStep = "The endpoint costs the same whatever the traffic: $" + instances + " \\times 24 \\times "
                + DAYS + " \\times " + hourly.toPlainString() + " = " + Text.fixed(endpointMonthly.doubleValue(), 2)
                + "$ USD per month.";
        if (breakEven) {
            double answer = breakEvenPerDay.doubleValue();
            String stem = setup + "At how many requests per day do the two options cost the same per month? "
                    + "Round to the nearest whole request.";
            String solution = endpointStep + "\n\nServerless costs $\\frac{" + perThousand.toPlainString()
                    + "}{1000} \\times " + DAYS + " \\times n$ USD per month for $n$ requests a day. Setting the two equal:"
                    + "\n\n$$n = \\frac{" + Text.fixed(endpointMonthly.doubleValue(), 2) + " \\times 1000}{"
                    + perThousand.toPlainString() + " \\times " + DAYS + "} = " + Text.fixed(answer, 2) + "$$\n\n"
                    + "Below that volume serverless is cheaper; above it the endpoint is.\n\nAnswer: **"
                    + Text.fixed(answer, 0) + "** requests per day.";
            return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                    AnswerKeys.rounded(Text.round(answer, 0), 0), solution,
                    List.of("The endpoint's monthly bill does not depend on traffic; write the serverless bill as a "
                            + "function of requests per day.", "Set the two monthly bills equal and solve."),
                    List.of(), ItemIrt.free(1.2, 0.5));
        }
        double ratio = RandomDraw.pick(random, 0.2, 0.35, 0.5, 0.65, 1.6, 2.0, 2.5, 3.5);
        long perDay = Math.max(1000, Math.round(breakEvenPerDay.doubleValue() * ratio / 1000) * 1000);
        BigDecimal serverlessMonthly = perThousand.multiply(BigDecimal.valueOf(perDay * DAYS))
                .divide(BigDecimal.valueOf(1000));
        BigDecimal difference = endpointMonthly.subtract(serverlessMonthly).abs();
        if (difference.compareTo(BigDecimal.ONE) < 0) {
            perDay += perDay * 2;
            serverlessMonthly = perThousand.multiply(BigDecimal.valueOf(perDay * DAYS)).divide(BigDecimal.valueOf(1000));
            difference = endpointMonthly.subtract(serverlessMonthly).abs();
        }
        boolean serverlessWins = serverlessMonthly.compareTo(endpointMonthly) < 0;
        String monthly = Text.fixed(difference.doubleValue(), 2);
        String daily = Text.fixed(difference.doubleValue() / DAYS, 2);
        String winner = serverlessWins ? "Serverless" : "The endpoint";
        String loser = serverlessWins ? "The endpoint" : "Serverless";
        List<ChoiceSet.Option> options = new ArrayList<>();
        options.add(new ChoiceSet.Option(winner + " is cheaper, by USD " + monthly + " per month", true,
                "Both monthly bills computed over the same " + DAYS + " days differ by this amount."));
        options.add(new ChoiceSet.Option(loser + " is cheaper, by USD " + monthly + " per month", false,
                "The size of the gap is right but the direction is reversed: compare the two monthly bills again."));
        options.add(new ChoiceSet.Option(winner + " is cheaper, by USD " + daily + " per month", false,
                "This is the gap per day, not per month."));
        options.add(new ChoiceSet.Option(loser + " is cheaper, by USD " + daily + " per month", false,
                "Both the direction and the period are wrong: this is the daily gap, and the other option wins."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String stem = setup + "Traffic is " + perDay + " requests per day. Which option is cheaper per month, and by "
                + "how much?";
        String solution = endpointStep + "\n\nServerless: $\\frac{" + perDay + " \\times " + DAYS + "}{1000} \\times "
                + perThousand.toPlainString() + " = " + Text.fixed(serverlessMonthly.doubleValue(), 2)
                + "$ USD per month.\n\nDifference: $|" + Text.fixed(endpointMonthly.doubleValue(), 2) + " - "
                + Text.fixed(serverlessMonthly.doubleValue(), 2) + "| = " + monthly + "$ USD.\n\nAnswer: **"
                + winner + " is cheaper, by USD " + monthly + " per month**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, List.of("Put both options on the same footing: USD per month.",
                "An always-on endpoint is billed for every hour of the month, traffic or not."), choices,
                ItemIrt.choice(1.1, -0.2, choices.size()));
    }
}
