package org.mlready.assessment.item.maths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemFamilyContract;
import org.mlready.assessment.item.ItemInstance;

class MathsFamilyContractTests extends ItemFamilyContract {

    @Override
    protected List<ItemFamily> families() {
        return MathsItemFamilies.all();
    }

    @Override
    protected Set<String> skills() {
        return Set.of("vectors-dot-cross", "matrix-operations", "eigen-diagonalisation", "partial-derivatives",
                "chain-rule-backprop", "gradient-descent", "scipy-optimisation", "distributions-bayes",
                "inference-hypothesis-tests", "clt-confidence-intervals", "descriptive-inferential-stats",
                "ab-testing-design", "correlation-significance", "experiment-design-power");
    }

    @Override
    protected long minimumQuestionsPerSkill() {
        return 8;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("familyStream")
    void seedsOneAndTwoGiveDifferentStems(ItemFamily family) {
        assertThat(family.generate(1).stem()).isNotEqualTo(family.generate(2).stem());
    }

    /** Over more seeds than the shared contract: LaTeX delimiters pair up and keys carry content. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("familyStream")
    void mathsIsBalancedAndKeysAreNotEmpty(ItemFamily family) {
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            ItemInstance item = family.generate(seed);
            assertThat(item.stem() + item.solution()).doesNotContain("NaN", "Infinity");
            assertThat(balancedDollars(item.stem())).as(item.stem()).isTrue();
            assertThat(balancedDollars(item.solution())).as(item.solution()).isTrue();
            AnswerKey key = item.key();
            if (key instanceof AnswerKey.Numeric n) {
                assertThat(Double.isFinite(n.value())).as(item.id()).isTrue();
            } else if (key instanceof AnswerKey.Vector v) {
                assertThat(v.values()).as(item.id()).isNotEmpty().allMatch(Double::isFinite);
            } else if (key instanceof AnswerKey.Matrix m) {
                assertThat(m.rows()).as(item.id()).isNotEmpty();
            } else if (key instanceof AnswerKey.Shape s) {
                assertThat(s.dimensions()).as(item.id()).isNotEmpty();
            } else if (key instanceof AnswerKey.Expression e) {
                assertThat(e.variables()).as(item.id()).isNotEmpty();
            } else if (key instanceof AnswerKey.Choices c) {
                assertThat(c.correctIds()).as(item.id()).hasSize(1);
            }
        }
    }

    private static boolean balancedDollars(String markdown) {
        String withoutCode = markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`]*`", "");
        return withoutCode.chars().filter(c -> c == '$').count() % 2 == 0;
    }
}
