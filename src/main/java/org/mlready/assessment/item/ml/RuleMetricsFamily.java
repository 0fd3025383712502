package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Support, confidence or lift of one association rule over a shown transaction list. */
public final class RuleMetricsFamily extends GeneratedItemFamily {

    public RuleMetricsFamily() {
        super("association-rule-metrics", "association-rules", 10_000);
    }

    enum Metric { SUPPORT, CONFIDENCE, LIFT }

    record Problem(TransactionTable table, Set<String> antecedent, String consequent, Metric metric) {

        Set<String> union() {
            Set<String> all = new TreeSet<>(antecedent);
            all.add(consequent);
            return all;
        }
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        Metric metric = Metric.values()[random.nextInt(3)];
        while (true) {
            TransactionTable table = TransactionTable.draw(random);
            List<String> items = new ArrayList<>(table.items());
            Set<String> antecedent = new TreeSet<>();
            antecedent.add(items.remove(random.nextInt(items.size())));
            if (Draws.chance(random, 1, 3)) {
                antecedent.add(items.remove(random.nextInt(items.size())));
            }
            String consequent = items.get(random.nextInt(items.size()));
            Problem p = new Problem(table, antecedent, consequent, metric);
            if (table.count(p.union()) >= 1) {
                return p;
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        TransactionTable table = p.table();
        int n = table.size();
        int both = table.count(p.union());
        int left = table.count(p.antecedent());
        int right = table.count(List.of(p.consequent()));
        String x = TransactionTable.itemSet(p.antecedent());
        String y = TransactionTable.itemSet(List.of(p.consequent()));
        String xy = TransactionTable.itemSet(p.union());
        String rule = "$" + x + " \\Rightarrow " + y + "$";
        String name = switch (p.metric()) {
            case SUPPORT -> "support";
            case CONFIDENCE -> "confidence";
            case LIFT -> "lift";
        };
        String stem = "A shop recorded these transactions:\n\n" + table.markdown() + "\nWhat is the **" + name
                + "** of the rule " + rule + "? Give an exact fraction or a decimal rounded to 3 places.";
        String counts = "Counting transactions: $" + xy + "$ appears in " + both + " of " + n + ", $" + x
                + "$ in " + left + ", $" + y + "$ in " + right + ".\n\n";
        double value;
        String formula;
        List<String> hints = new ArrayList<>();
        switch (p.metric()) {
            case SUPPORT -> {
                value = both / (double) n;
                formula = "$$\\operatorname{supp}(X \\Rightarrow Y) = \\frac{\\#(X \\cup Y)}{N} = \\frac{" + both + "}{"
                        + n + "} \\approx " + MathText.num(MathText.round(value, 3)) + "$$";
                hints.add("The support of a rule is the fraction of all transactions that contain every item of the rule.");
            }
            case CONFIDENCE -> {
                value = both / (double) left;
                formula = "$$\\operatorname{conf}(X \\Rightarrow Y) = \\frac{\\#(X \\cup Y)}{\\#X} = \\frac{" + both
                        + "}{" + left + "} \\approx " + MathText.num(MathText.round(value, 3)) + "$$";
                hints.add("Confidence is an estimate of $P(Y \\mid X)$: look only at transactions containing the left-hand side.");
                hints.add("Divide the count of transactions with both sides by the count with the left-hand side.");
            }
            default -> {
                value = both * n / (double) (left * right);
                formula = "$$\\operatorname{lift} = \\frac{\\operatorname{conf}(X \\Rightarrow Y)}{\\operatorname{supp}(Y)}"
                        + " = \\frac{" + both + "/" + left + "}{" + right + "/" + n + "} = \\frac{" + (both * n) + "}{"
                        + (left * right) + "} \\approx " + MathText.num(MathText.round(value, 3)) + "$$";
                hints.add("Lift compares the confidence with how common the right-hand side is anyway.");
                hints.add("$\\operatorname{lift} = \\operatorname{conf}(X \\Rightarrow Y) / \\operatorname{supp}(Y)$; "
                        + "values above 1 mean the items occur together more than by chance.");
            }
        }
        double b = switch (p.metric()) {
            case SUPPORT -> -1.5;
            case CONFIDENCE -> -0.9;
            case LIFT -> -0.1;
        };
        return Instances.number(this, seed, stem, value, 1e-3, counts + formula, hints, 1.0,
                b + (p.antecedent().size() > 1 ? 0.2 : 0));
    }
}
