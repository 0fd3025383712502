package org.mlready.assessment.item.bigdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;
import org.mlready.assessment.item.Choice;

/**
 * Which physical join Spark SQL picks for an equi-join from the broadcast threshold, the size estimates, the join
 * type and an optional broadcast hint (adaptive execution off, sort-merge join preferred, as by default).
 */
public final class SparkJoinStrategyFamily extends GeneratedItemFamily {

    public SparkJoinStrategyFamily() {
        super("spark-join-strategy", "apache-spark", 2000);
    }

    private record Pair(String big, String small, String key) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("transactions", "merchants", "merchant_id"),
            new Pair("clicks", "campaigns", "campaign_id"),
            new Pair("orders", "countries", "country_id"),
            new Pair("events", "devices", "device_id"),
            new Pair("impressions", "ads", "ad_id"),
            new Pair("ratings", "movies", "movie_id"),
            new Pair("readings", "sensors", "sensor_id"));

    private static final List<String> HOWS = List.of("inner", "left", "right", "full", "left_semi", "left_anti");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Pair pair = RandomDraw.pick(random, PAIRS);
        boolean bigOnLeft = random.nextInt(3) > 0;
        String left = bigOnLeft ? pair.big() : pair.small();
        String right = bigOnLeft ? pair.small() : pair.big();
        String how = RandomDraw.pick(random, HOWS);
        int thresholdMiB = RandomDraw.pick(random, 10, 10, -1, 20, 50, 100, 200);
        boolean defaultThreshold = thresholdMiB == 10 && random.nextBoolean();
        int smallMiB = RandomDraw.between(random, 2, 300);
        while (thresholdMiB > 0 && Math.abs(smallMiB - thresholdMiB) < 2) {
            smallMiB = RandomDraw.between(random, 2, 300);
        }
        // The larger table is sometimes also small enough to broadcast, so both sides can qualify.
        int bigMiB = 1024 * RandomDraw.between(random, 2, 90);
        if (random.nextInt(4) == 0) {
            do {
                bigMiB = RandomDraw.between(random, smallMiB + 3, smallMiB + 150);
            } while (thresholdMiB > 0 && Math.abs(bigMiB - thresholdMiB) < 2);
        }
        double leftMiB = bigOnLeft ? bigMiB : smallMiB;
        double rightMiB = bigOnLeft ? smallMiB : bigMiB;
        int hint = random.nextInt(4) == 0 ? RandomDraw.between(random, 1, 2) : 0; // 1 = left, 2 = right

        boolean leftBuildable = how.equals("inner") || how.equals("right");
        boolean rightBuildable = how.equals("inner") || how.equals("left") || how.equals("left_semi")
                || how.equals("left_anti");
        String broadcast = null;
        List<String> steps = new ArrayList<>();
        steps.add("With `how=\"" + how + "\"` Spark can build (broadcast) " + buildableText(leftBuildable,
                rightBuildable, left, right) + (how.equals("inner") ? "." : ": a side whose unmatched rows the join "
                + "must keep (or check) is streamed, never broadcast."));
        if (hint != 0) {
            String hinted = hint == 1 ? left : right;
            boolean ok = hint == 1 ? leftBuildable : rightBuildable;
            if (ok) {
                broadcast = hinted;
                steps.add("The hint `F.broadcast(" + hinted + ")` names a buildable side, so Spark broadcasts `"
                        + hinted + "` whatever its size.");
            } else {
                steps.add("The hint on `" + hinted + "` is ignored because that side cannot be built for a `" + how
                        + "` join; the size rule decides.");
            }
        }
        if (broadcast == null) {
            if (thresholdMiB < 0) {
                steps.add("A threshold of `-1` switches automatic broadcasting off.");
            } else {
                boolean leftFits = leftBuildable && leftMiB <= thresholdMiB;
                boolean rightFits = rightBuildable && rightMiB <= thresholdMiB;
                steps.add("The threshold is " + thresholdMiB + " MiB: `" + left + "` (" + size(leftMiB) + ") "
                        + (leftMiB <= thresholdMiB ? "is" : "is not") + " under it and `" + right + "` ("
                        + size(rightMiB) + ") " + (rightMiB <= thresholdMiB ? "is" : "is not") + ".");
                if (leftFits && rightFits) {
                    broadcast = leftMiB <= rightMiB ? left : right;
                    steps.add("Both sides qualify, so Spark broadcasts the smaller one, `" + broadcast + "`.");
                } else if (leftFits || rightFits) {
                    broadcast = leftFits ? left : right;
                    steps.add("Only `" + broadcast + "` is both buildable and under the threshold.");
                } else {
                    steps.add("No side is both buildable and under the threshold.");
                }
            }
        }
        String sortMerge = "A sort-merge join: both sides are shuffled on `" + pair.key() + "` and sorted";
        String bhjLeft = "A broadcast hash join that broadcasts `" + left + "`";
        String bhjRight = "A broadcast hash join that broadcasts `" + right + "`";
        String shj = "A shuffle hash join that builds a hash table of `" + pair.small() + "` in each partition";
        String answerText = broadcast == null ? sortMerge : broadcast.equals(left) ? bhjLeft : bhjRight;
        List<ChoiceSet.Option> options = List.of(
                option(bhjLeft, answerText, leftBuildable ? "`" + left + "` could be built, but " + (broadcast == null
                        ? "nothing makes Spark broadcast it here." : "Spark broadcasts `" + broadcast + "` instead.")
                        : "A `" + how + "` join keeps unmatched rows of `" + left + "`, so it cannot be broadcast."),
                option(bhjRight, answerText, rightBuildable ? "`" + right + "` could be built, but " + (broadcast == null
                        ? "nothing makes Spark broadcast it here." : "Spark broadcasts `" + broadcast + "` instead.")
                        : "A `" + how + "` join keeps unmatched rows of `" + right + "`, so it cannot be broadcast."),
                option(sortMerge, answerText, "Sort-merge is the fallback when no buildable side is hinted or under "
                        + "the threshold; here `" + broadcast + "` is broadcast."),
                new ChoiceSet.Option(shj, false, "With the default `spark.sql.join.preferSortMergeJoin=true` Spark "
                        + "does not pick a shuffle hash join without a `shuffle_hash` hint."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);

        String config;
        if (defaultThreshold) {
            config = "# spark.sql.autoBroadcastJoinThreshold is left at its default, 10485760 bytes (10 MiB)\n";
        } else if (thresholdMiB < 0) {
            config = "spark.conf.set(\"spark.sql.autoBroadcastJoinThreshold\", -1)\n";
        } else {
            config = "spark.conf.set(\"spark.sql.autoBroadcastJoinThreshold\", " + (long) thresholdMiB * 1024 * 1024
                    + ")   # " + thresholdMiB + " MiB\n";
        }
        String leftExpr = hint == 1 ? "F.broadcast(" + left + ")" : left;
        String rightExpr = hint == 2 ? "F.broadcast(" + right + ")" : right;
        String stem = "Spark's size estimates are " + size(leftMiB) + " for `" + left + "` and " + size(rightMiB)
                + " for `" + right + "`. Adaptive query execution is disabled and every other setting is at its "
                + "default.\n\n```python\n" + config + "result = " + leftExpr + ".join(" + rightExpr + ", on=\""
                + pair.key() + "\", how=\"" + how + "\")\n```\n\nWhich physical join does Spark plan for `result`?";
        String solution = String.join("\n\n", steps) + "\n\nAnswer: **" + answerText + "**.";
        List<String> hints = List.of("First decide which sides may be broadcast for this join type.",
                "A broadcast hint on a buildable side wins; otherwise a buildable side must be at most "
                        + "`spark.sql.autoBroadcastJoinThreshold` (the smaller one if both are).");
        double difficulty = 0.0 + (how.equals("inner") ? -0.4 : 0.3) + (hint != 0 ? 0.3 : 0)
                + (thresholdMiB < 0 ? -0.2 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.2, difficulty, choices.size()));
    }

    private static ChoiceSet.Option option(String text, String answerText, String whyWrong) {
        boolean correct = text.equals(answerText);
        return new ChoiceSet.Option(text, correct, correct ? "Correct: this follows from the join type, the hint "
                + "and the threshold as the solution shows." : whyWrong);
    }

    private static String buildableText(boolean left, boolean right, String leftName, String rightName) {
        if (left && right) {
            return "either side";
        }
        if (left) {
            return "only the left side, `" + leftName + "`";
        }
        if (right) {
            return "only the right side, `" + rightName + "`";
        }
        return "neither side";
    }

    static String size(double mib) {
        return mib >= 1024 ? (int) (mib / 1024) + " GiB" : (int) mib + " MiB";
    }
}
