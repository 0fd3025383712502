package org.mlready.assessment.item.data;

import java.util.List;
import java.util.Set;

import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemFamilyContract;

/**
 * The shared contract for the data families, except those that show pandas' {@code NaN}: they keep the old data
 * contract in {@link NanShowingFamilyContractTests}.
 */
class DataFamilyContractTests extends ItemFamilyContract {

    @Override
    protected List<ItemFamily> families() {
        return DataItemFamilies.all().stream()
                .filter(family -> !NanShowingFamilyContractTests.IDS.contains(family.id())).toList();
    }

    @Override
    protected Set<String> skills() {
        return Set.of("numpy-arrays", "pandas-manipulation", "data-cleaning", "data-profiling",
                "train-validation-test", "cross-validation-metrics", "hyperparameter-search", "roc-pr-confusion",
                "task-classification-model", "task-linear-regression-numpy", "task-visual-summaries");
    }

    @Override
    protected long minimumQuestionsPerSkill() {
        return 8;
    }
}
