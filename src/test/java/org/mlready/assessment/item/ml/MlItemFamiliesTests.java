package org.mlready.assessment.item.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemFamilyContract;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

class MlItemFamiliesTests extends ItemFamilyContract {

    private static final Set<ResponseType> RESPONSE_TYPES = Set.of(ResponseType.NUMBER, ResponseType.VECTOR,
            ResponseType.SHAPE, ResponseType.SINGLE_CHOICE);

    @Override
    protected List<ItemFamily> families() {
        return MlItemFamilies.all();
    }

    @Override
    protected Set<String> skills() {
        return Set.of("clustering-dim-reduction", "pca-tsne", "association-rules", "perceptrons-mlp",
                "forward-backprop", "activation-loss-functions", "model-training-workflow", "tensorflow-keras",
                "pytorch");
    }

    @Override
    protected long minimumQuestionsPerSkill() {
        return 8;
    }

    @ParameterizedTest
    @MethodSource("familyStream")
    void seedsOneAndTwoGiveDifferentStems(ItemFamily family) {
        assertThat(family.generate(1).stem()).isNotEqualTo(family.generate(2).stem());
    }

    @ParameterizedTest
    @MethodSource("familyStream")
    void dollarsAreBalancedAndOnlyTheUsualResponseTypesAreUsed(ItemFamily family) {
        for (long seed = 0; seed < 300; seed++) {
            ItemInstance item = family.generate(seed);
            assertThat(countDollars(item.stem()) % 2).as("balanced $ in stem of seed " + seed).isZero();
            assertThat(countDollars(item.solution()) % 2).as("balanced $ in solution of seed " + seed).isZero();
            assertThat(RESPONSE_TYPES).as(item.id()).contains(item.responseType());
        }
    }

    private static long countDollars(String text) {
        return text.chars().filter(c -> c == '$').count();
    }
}
