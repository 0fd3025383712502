package org.mlready.assessment.item.tasks;

import java.util.List;

import org.mlready.assessment.item.ItemFamily;

/** Every generated item family for the readiness check's problem-solving tasks. */
public final class TaskItemFamilies {

    private TaskItemFamilies() {
    }

    public static List<ItemFamily> all() {
        return List.of(
                new StrongestCorrelationFamily(),
                new CleanThenSummariseFamily(),
                new CriticalPathFamily(),
                new SizingEstimateFamily(),
                new PairedFoldComparisonFamily(),
                new ConstrainedModelChoiceFamily(),
                new AlgorithmScalingFamily(),
                new ExperimentRunCountFamily(),
                new MultipleComparisonsFamily(),
                new RiskCommunicationFamily(),
                new AccurateStatementFamily());
    }
}
