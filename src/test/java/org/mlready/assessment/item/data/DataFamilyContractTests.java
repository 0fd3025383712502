package org.mlready.assessment.item.data;

import java.util.List;
import java.util.Set;

import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemFamilyContract;

/** The shared contract for the data families; some show pandas' {@code NaN} for a missing value, on purpose. */
class DataFamilyContractTests extends ItemFamilyContract {

    /** Families that print {@code NaN} as pandas does for a missing value. */
    private static final Set<String> SHOW_MISSING_VALUES = Set.of("pandas-join-row-count", "pandas-join-value",
            "cleaning-missing-count", "cleaning-dropna-rows", "cleaning-median-imputation", "profiling-unique-count");

    @Override
    protected List<ItemFamily> families() {
        return DataItemFamilies.all();
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

    @Override
    protected boolean showsMissingValues(ItemFamily family) {
        return SHOW_MISSING_VALUES.contains(family.id());
    }
}
