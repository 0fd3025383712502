package org.mlready.assessment.item.maths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;

/** Gradient descent and scipy-style optimisation families, checked by simulation, EJML and commons-math3. */
class OptimisationFamiliesTests {

    @Test
    void gradientDescentStepMatchesANumericGradientStep() {
        GradientDescentStepFamily family = new GradientDescentStepFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            GradientDescentStepFamily.Params p = GradientDescentStepFamily.draw(seed);
            Quadratic2 q = p.f();
            String f = q.a() + "*x^2 + " + q.b() + "*y^2 + (" + q.c() + ")*x*y + (" + q.d() + ")*x + (" + q.e() + ")*y";
            double gx = Keys.centralDifference(f, 'x', p.x(), p.y());
            double gy = Keys.centralDifference(f, 'y', p.x(), p.y());
            double[] next = Keys.vector(family.generate(seed));
            assertThat(next[0]).isCloseTo(p.x() - p.learningRate() * gx, within(1e-6));
            assertThat(next[1]).isCloseTo(p.y() - p.learningRate() * gy, within(1e-6));
        }
    }

    @Test
    void quadraticMinimiserSolvesTheEjmlNormalEquations() {
        QuadraticMinimiserFamily family = new QuadraticMinimiserFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            Quadratic2 q = QuadraticMinimiserFamily.draw(seed).f();
            double[] expected = minimiser(q);
            double[] actual = Keys.vector(family.generate(seed));
            assertThat(actual[0]).isCloseTo(expected[0], within(1e-9));
            assertThat(actual[1]).isCloseTo(expected[1], within(1e-9));
        }
    }

    @Test
    void learningRateBehaviourMatchesSimulatedIterates() {
        LearningRateBehaviourFamily family = new LearningRateBehaviourFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            LearningRateBehaviourFamily.Params p = LearningRateBehaviourFamily.draw(seed);
            double x = p.x0();
            boolean signChanged = false;
            boolean backAtStart = false;
            for (int k = 1; k <= 5_000 && Math.abs(x) < 1e6; k++) {
                double next = x - p.learningRate() * 2 * p.c() * x;
                signChanged |= Math.signum(next) != Math.signum(x) && next != 0;
                x = next;
                backAtStart |= k % 2 == 0 && Math.abs(x - p.x0()) < 1e-9;
            }
            String expected;
            if (Math.abs(x) >= 1e6) {
                expected = "d";
            } else if (Math.abs(x) < 1e-6) {
                expected = signChanged ? "b" : "a";
            } else {
                assertThat(backAtStart).isTrue();
                expected = "c";
            }
            ItemInstance item = family.generate(seed);
            assertThat(((AnswerKey.Choices) item.key()).correctIds()).containsExactly(expected);
        }
    }

    @Test
    void gradientDescentIteratesMatchSimulatedSteps() {
        GradientDescentIteratesFamily family = new GradientDescentIteratesFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            GradientDescentIteratesFamily.Params p = GradientDescentIteratesFamily.draw(seed);
            String f = p.c() + "*(x - (" + p.m() + "))^2";
            double x = p.x0();
            for (int k = 0; k < p.steps(); k++) {
                x -= p.learningRate() * Keys.centralDifference(f, 'x', x, 0);
            }
            assertThat(Keys.number(family.generate(seed))).isCloseTo(x, within(1e-6));
        }
    }

    @Test
    void minimizeScalarMatchesCommonsMathBrentOptimizer() {
        MinimizeScalarFamily family = new MinimizeScalarFamily();
        BrentOptimizer optimizer = new BrentOptimizer(1e-12, 1e-14);
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            MinimizeScalarFamily.Params p = MinimizeScalarFamily.draw(seed);
            UnivariateFunction f = x -> p.a() * x * x + p.b() * x + p.c();
            UnivariatePointValuePair best = optimizer.optimize(new MaxEval(1000), new UnivariateObjectiveFunction(f),
                    GoalType.MINIMIZE, new SearchInterval(-100, 100));
            double expected = p.askValue() ? best.getValue() : best.getPoint();
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-6));
        }
    }

    @Test
    void minimize2dMatchesEjmlSolution() {
        MinimizeQuadratic2dFamily family = new MinimizeQuadratic2dFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            MinimizeQuadratic2dFamily.Params p = MinimizeQuadratic2dFamily.draw(seed);
            Quadratic2 q = p.f();
            double[] x = minimiser(q);
            ItemInstance item = family.generate(seed);
            if (p.askValue()) {
                double value = q.a() * x[0] * x[0] + q.b() * x[1] * x[1] + q.c() * x[0] * x[1] + q.d() * x[0] + q.e() * x[1];
                assertThat(Keys.number(item)).isCloseTo(value, within(1e-9));
            } else {
                assertThat(Keys.vector(item)).containsExactly(x, within(1e-9));
            }
        }
    }

    @Test
    void brentqRootMatchesCommonsMathBrentSolverInsideTheBracket() {
        BrentqRootFamily family = new BrentqRootFamily();
        BrentSolver solver = new BrentSolver(1e-12);
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            BrentqRootFamily.Params p = BrentqRootFamily.draw(seed);
            double expected = switch (p.kind()) {
                case SQUARE_ROOT -> solver.solve(1000, x -> x * x - p.k(), 0, p.k());
                case CUBE_ROOT -> solver.solve(1000, x -> x * x * x - p.k(), 0, p.k());
                case MIDDLE_ROOT_OF_CUBIC -> solver.solve(1000, x -> (x - p.r1()) * (x - p.r2()) * (x - p.r3()),
                        p.r2() - 0.5, p.r2() + 0.5);
            };
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-8));
        }
    }

    /** Solves grad f = 0 for f = a x^2 + b y^2 + c xy + d x + e y with EJML. */
    private static double[] minimiser(Quadratic2 q) {
        SimpleMatrix hessian = new SimpleMatrix(new double[][] {{2 * q.a(), q.c()}, {q.c(), 2 * q.b()}});
        SimpleMatrix solution = hessian.solve(new SimpleMatrix(2, 1, true, -q.d(), -q.e()));
        return new double[] {solution.get(0), solution.get(1)};
    }
}
