package org.mlready.assessment.item.ml;

import java.util.List;

import org.mlready.assessment.item.ItemFamily;

/** Every generated item family for the machine-learning and deep-learning skills. */
public final class MlItemFamilies {

    private MlItemFamilies() {
    }

    public static List<ItemFamily> all() {
        return List.of(
                new KMeansAssignmentFamily(),
                new KMeansUpdateFamily(),
                new WithinClusterSumOfSquaresFamily(),
                new DistanceMetricFamily(),
                new ExplainedVarianceRatioFamily(),
                new ComponentsForVarianceFamily(),
                new CovariancePcaFamily(),
                new PrincipalComponentProjectionFamily(),
                new RuleMetricsFamily(),
                new HighestLiftRuleFamily(),
                new PerceptronOutputFamily(),
                new PerceptronUpdateFamily(),
                new MlpParameterCountFamily(),
                new MlpForwardPassFamily(),
                new BackpropWeightGradientFamily(),
                new SigmoidNeuronGradientFamily(),
                new ActivationValueFamily(),
                new SoftmaxFamily(),
                new LossValueFamily(),
                new ConvOutputShapeFamily(),
                new PoolingOutputShapeFamily(),
                new ConvParameterCountFamily(),
                new TrainingStepsFamily(),
                FrameworkParameterCountFamily.keras(),
                FrameworkOutputShapeFamily.keras(),
                FrameworkParameterCountFamily.pytorch(),
                FrameworkOutputShapeFamily.pytorch());
    }
}
