package org.mlready.assessment.item.concepts;

import java.util.List;

import org.mlready.assessment.item.ItemFamily;

/** Generated families for visual pattern finding, framing targets as classification or regression, and bias-variance. */
public final class ConceptItemFamilies {

    private ConceptItemFamilies() {
    }

    public static List<ItemFamily> all() {
        return List.of(
                new SeriesAnomalyFamily(),
                new HistogramShapeFamily(),
                new SeasonalPeriodFamily(),
                new ScatterCorrelationFamily(),
                new TargetFramingFamily(),
                new OutputUnitsFamily(),
                new TargetColumnFamily(),
                new BiasVarianceDecompositionFamily(),
                new ComplexityCurveFamily(),
                new RidgeWeightFamily(),
                new LearningCurveFamily());
    }
}
