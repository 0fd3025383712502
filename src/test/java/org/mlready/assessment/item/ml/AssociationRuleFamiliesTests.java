package org.mlready.assessment.item.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;

/** Checks rule metrics by counting transactions as bitmasks, and that the shown table is the one counted. */
class AssociationRuleFamiliesTests {

    private static final int SEEDS = 1500;

    private static int mask(List<String> items, Collection<String> itemSet) {
        int mask = 0;
        for (String item : itemSet) {
            mask |= 1 << items.indexOf(item);
        }
        return mask;
    }

    private static double supportFraction(TransactionTable table, Collection<String> itemSet) {
        int wanted = mask(table.items(), itemSet);
        long hits = table.transactions().stream().mapToInt(t -> mask(table.items(), t))
                .filter(m -> (m & wanted) == wanted).count();
        return hits / (double) table.transactions().size();
    }

    private static void assertTableShown(String stem, TransactionTable table) {
        for (int i = 0; i < table.transactions().size(); i++) {
            assertThat(stem).contains("| T" + (i + 1) + " | " + String.join(", ", table.transactions().get(i)) + " |");
        }
    }

    @Test
    void ruleMetricsMatchBitmaskCounts() {
        RuleMetricsFamily family = new RuleMetricsFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            RuleMetricsFamily.Problem p = family.problem(seed);
            TransactionTable table = p.table();
            double sXY = supportFraction(table, p.union());
            double sX = supportFraction(table, p.antecedent());
            double sY = supportFraction(table, Set.of(p.consequent()));
            double expected = switch (p.metric()) {
                case SUPPORT -> sXY;
                case CONFIDENCE -> sXY / sX;
                case LIFT -> sXY / (sX * sY);
            };
            ItemInstance item = family.generate(seed);
            assertThat(Keys.number(item)).isCloseTo(expected, within(1e-12));
            assertThat(sXY).isPositive();
            assertTableShown(item.stem(), table);
        }
    }

    @Test
    void highestLiftChoiceHasTheLargestLiftByAClearMargin() {
        HighestLiftRuleFamily family = new HighestLiftRuleFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            HighestLiftRuleFamily.Problem p = family.problem(seed);
            TransactionTable table = p.table();
            double[] lifts = p.rules().stream().mapToDouble(r ->
                    supportFraction(table, List.of(r[0], r[1]))
                            / (supportFraction(table, List.of(r[0])) * supportFraction(table, List.of(r[1])))).toArray();
            int best = 0;
            for (int i = 1; i < lifts.length; i++) {
                if (lifts[i] > lifts[best]) {
                    best = i;
                }
            }
            for (int i = 0; i < lifts.length; i++) {
                if (i != best) {
                    assertThat(lifts[best] - lifts[i]).isGreaterThanOrEqualTo(0.1 - 1e-12);
                }
            }
            ItemInstance item = family.generate(seed);
            assertThat(((AnswerKey.Choices) item.key()).correctIds()).containsExactly(item.choices().get(best).id());
            assertThat(item.choices()).hasSize(4);
            assertTableShown(item.stem(), table);
        }
    }
}
