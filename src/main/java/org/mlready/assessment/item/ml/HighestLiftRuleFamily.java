package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Which of four single-item rules has the highest lift over a shown transaction list. */
public final class HighestLiftRuleFamily extends GeneratedItemFamily {

    public HighestLiftRuleFamily() {
        super("highest-lift-rule", "association-rules", 10_000);
    }

    /** {@code rules[i]} is {antecedent, consequent}. */
    record Problem(TransactionTable table, List<String[]> rules) {
    }

    private static final String[] IDS = {"a", "b", "c", "d"};

    static double lift(TransactionTable table, String antecedent, String consequent) {
        int both = table.count(List.of(antecedent, consequent));
        return both * table.size() / (double) (table.count(List.of(antecedent)) * table.count(List.of(consequent)));
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        while (true) {
            TransactionTable table = TransactionTable.draw(random);
            List<String> present = table.items().stream().filter(item -> table.count(List.of(item)) > 0).toList();
            if (present.size() < 4) {
                continue;
            }
            List<String[]> rules = new ArrayList<>();
            Set<String> pairs = new HashSet<>();
            while (rules.size() < 4) {
                String a = Draws.pick(random, present);
                String c = Draws.pick(random, present);
                String pair = a.compareTo(c) < 0 ? a + "|" + c : c + "|" + a;
                if (!a.equals(c) && pairs.add(pair)) {
                    rules.add(new String[] {a, c});
                }
            }
            double best = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (String[] r : rules) {
                double lift = lift(table, r[0], r[1]);
                if (lift > best) {
                    second = best;
                    best = lift;
                } else if (lift > second) {
                    second = lift;
                }
            }
            if (best - second >= 0.1 && best > 1) {
                return new Problem(table, rules);
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        TransactionTable table = p.table();
        int n = table.size();
        double best = p.rules().stream().mapToDouble(r -> lift(table, r[0], r[1])).max().orElseThrow();
        List<Choice> choices = new ArrayList<>();
        StringBuilder solution = new StringBuilder("With $N = " + n + "$ transactions, "
                + "$\\operatorname{lift}(X \\Rightarrow Y) = \\frac{N \\cdot \\#(X \\cup Y)}{\\#X \\cdot \\#Y}$:\n\n");
        for (int i = 0; i < p.rules().size(); i++) {
            String[] r = p.rules().get(i);
            int both = table.count(List.of(r[0], r[1]));
            int left = table.count(List.of(r[0]));
            int right = table.count(List.of(r[1]));
            double lift = lift(table, r[0], r[1]);
            String text = "$" + TransactionTable.itemSet(List.of(r[0])) + " \\Rightarrow "
                    + TransactionTable.itemSet(List.of(r[1])) + "$";
            String computation = "$\\frac{" + n + " \\cdot " + both + "}{" + left + " \\cdot " + right + "} \\approx "
                    + MathText.num(MathText.round(lift, 3)) + "$";
            boolean correct = lift == best;
            choices.add(new Choice(IDS[i], text, correct, "Lift = " + computation
                    + (correct ? ", the highest of the four." : ", lower than the best rule's lift.")));
            solution.append("- ").append(text).append(": ").append(computation).append("\n");
        }
        solution.append("\nThe rule with the highest lift is the correct choice.");
        String stem = "A shop recorded these transactions:\n\n" + table.markdown()
                + "\nWhich rule has the highest **lift**?";
        List<String> hints = List.of(
                "Lift = confidence / support of the right-hand side; it is 1 when the two sides are independent.",
                "Equivalently $\\operatorname{lift} = \\frac{N \\cdot \\#(X \\cup Y)}{\\#X \\cdot \\#Y}$; compute it for each rule.");
        return Instances.singleChoice(this, seed, stem, choices, solution.toString(), hints, 1.1, 0.3);
    }
}
