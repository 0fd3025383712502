package org.mlready.planner.schedule;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.mlready.support.TestCurriculum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Cost of computing one learner's plan with the real curriculum: a fresh plan for each background (nothing mastered,
 * 10 hours a week) and a re-plan after tests-out. Run from the repository root (the curriculum is read from
 * {@code content/}):
 * <pre>
 *   mvn -o -q test-compile
 *   mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 *   java -cp target/test-classes:target/classes:$(cat cp.txt) org.mlready.planner.schedule.PlanSchedulerBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlanSchedulerBenchmark {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Param({"maths-statistics", "software-engineering", "beginner"})
    public String background;

    private PlanScheduler scheduler;
    private PlanRequest fresh;
    private Plan previous;
    private PlanRequest afterTestingOut;

    @Setup(Level.Trial)
    public void setUp() {
        scheduler = new PlanScheduler(TestCurriculum.load());
        fresh = PlanRequest.fresh(background, 10, START);
        previous = scheduler.plan(fresh).plan();
        afterTestingOut = new PlanRequest(background, 10, START.plusWeeks(2), Optional.of(START.plusWeeks(8)),
                Set.of("linear-algebra", "python-programming"), Set.of("gradient-descent"), previous.resourceIds()
                .stream().limit(3).collect(Collectors.toSet()));
    }

    @Benchmark
    public PlanOutcome plan() {
        return scheduler.plan(fresh);
    }

    @Benchmark
    public Replan replanWithTargetDate() {
        return scheduler.replan(previous, afterTestingOut);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(PlanSchedulerBenchmark.class.getName() + "\\.").build()).run();
    }
}
