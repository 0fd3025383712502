package org.mlready.assessment.item.maths;

import java.util.List;

import org.mlready.assessment.item.ItemFamily;

/** Every generated maths and statistics item family. */
public final class MathsItemFamilies {

    private MathsItemFamilies() {
    }

    public static List<ItemFamily> all() {
        return List.of(
                new DotProductFamily(), new CrossProductFamily(), new VectorNormFamily(), new VectorAngleFamily(),
                new VectorProjectionFamily(),
                new MatrixProductFamily(), new Determinant2x2Family(), new Determinant3x3Family(), new Inverse2x2Family(),
                new ProductShapeFamily(), new LuDecomposition2x2Family(),
                new Eigenvalues2x2Family(), new Eigenvector2x2Family(), new MatrixPowerFamily(), new EigenvalueInvariantsFamily(),
                new PolynomialPartialDerivativeFamily(), new ExponentialPartialDerivativeFamily(), new GradientAtPointFamily(),
                new SingleVariableDerivativeFamily(),
                new CompositeChainRuleFamily(), new BackpropGraphFamily(),
                new GradientDescentStepFamily(), new QuadraticMinimiserFamily(), new LearningRateBehaviourFamily(),
                new GradientDescentIteratesFamily(),
                new MinimizeScalarFamily(), new MinimizeQuadratic2dFamily(), new BrentqRootFamily(),
                new BinomialProbabilityFamily(), new PoissonProbabilityFamily(), new NormalProbabilityFamily(),
                new BayesDiseaseTestFamily(),
                new OneSampleZTestFamily(), new OneSampleTTestFamily(), new TestDecisionFamily(),
                new SampleMeanCltFamily(), new ConfidenceIntervalFamily(),
                new MeanMedianFamily(), new SampleSpreadFamily(),
                new TwoProportionZTestFamily(), new RelativeLiftFamily(),
                new PearsonCorrelationFamily(), new CorrelationTTestFamily(),
                new SampleSizeTwoProportionsFamily(), new SampleSizeTwoMeansFamily(), new ZTestPowerFamily());
    }
}
