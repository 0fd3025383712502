package org.mlready.assessment.item.data;

import java.util.List;

import org.mlready.assessment.item.ItemFamily;

/** Every generated item family for data handling, evaluation and the practical data tasks. */
public final class DataItemFamilies {

    private DataItemFamilies() {
    }

    public static List<ItemFamily> all() {
        return List.of(
                new BroadcastShapeFamily(),
                new BroadcastOutcomeFamily(),
                new IndexingShapeFamily(),
                new MaskCountFamily(),
                new ReductionShapeFamily(),
                new ReductionValueFamily(),
                new GroupByAggregateFamily(),
                new JoinRowCountFamily(),
                new JoinValueFamily(),
                new FilterCountFamily(),
                new MissingCountFamily(),
                new DropnaRowsFamily(),
                new DropDuplicatesFamily(),
                new IqrOutlierFamily(),
                new MedianImputationFamily(),
                new SummaryStatisticFamily(),
                new UniqueCountFamily(),
                new SkewDirectionFamily(),
                new SplitSizeFamily(),
                new KFoldSizesFamily(),
                new ModelsTrainedFamily(),
                new CvFitCountFamily(),
                new MeanCvScoreFamily(),
                new StratifiedFoldCountsFamily(),
                new ConfusionMetricsFamily(),
                new RocAucFamily(),
                new ThresholdMatrixFamily(),
                new GridSearchSizeFamily(),
                new RandomSearchFamily(),
                new BestConfigFamily(),
                new SimpleLeastSquaresFamily(),
                new NormalEquationsFamily(),
                new ClassifierMetricsFamily(),
                new BestThresholdFamily(),
                new FiveNumberSummaryFamily(),
                new SummaryTableCheckFamily(),
                new ChartChoiceFamily());
    }
}
