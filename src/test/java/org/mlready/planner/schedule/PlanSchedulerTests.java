package org.mlready.planner.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Pathway;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.Topic;
import org.mlready.support.TestCurriculum;

class PlanSchedulerTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private final Curriculum curriculum = TestCurriculum.load();
    private final PlanScheduler scheduler = new PlanScheduler(curriculum);

    private Plan planOf(PlanRequest request) {
        return scheduler.plan(request).plan();
    }

    @Test
    void atTenHoursAWeekEachBackgroundLastsWithinItsPathwayRange() {
        assertThat(curriculum.pathways()).extracting(Pathway::id)
                .contains("maths-statistics", "software-engineering", "beginner");
        for (Pathway pathway : curriculum.pathways()) {
            Plan plan = planOf(PlanRequest.fresh(pathway.id(), 10, MONDAY));
            assertThat(plan.weeks().size()).as(pathway.id())
                    .isBetween(pathway.minWeeks(), pathway.maxWeeks());
            assertThat(plan.topicIds()).as(pathway.id()).hasSize(curriculum.topics().size());
        }
    }

    @Test
    void plansTheMiddleOfEachRangeAndHalfAsManyWeeksAtTwentyHours() {
        assertThat(planOf(PlanRequest.fresh("maths-statistics", 10, MONDAY)).weeks()).hasSize(10);
        assertThat(planOf(PlanRequest.fresh("software-engineering", 10, MONDAY)).weeks()).hasSize(12);
        assertThat(planOf(PlanRequest.fresh("beginner", 10, MONDAY)).weeks()).hasSize(20);
        assertThat(planOf(PlanRequest.fresh("beginner", 20, MONDAY)).weeks()).hasSize(10);
    }

    @Test
    void eachBackgroundSpendsMostOnItsFocus() {
        StudyBudget maths = scheduler.budget("maths-statistics");
        StudyBudget software = scheduler.budget("software-engineering");
        assertThat(share(maths, "python-programming")).isGreaterThan(share(maths, "linear-algebra"));
        assertThat(share(software, "linear-algebra")).isGreaterThan(share(software, "python-programming"));
        assertThat(share(software, "supervised-learning")).isGreaterThan(share(software, "databases-sql"));
        assertThat(share(maths, "databases-sql")).isGreaterThan(share(maths, "statistics-probability"));
    }

    private double share(StudyBudget budget, String topicId) {
        return budget.topicMinutes(topicId) / (curriculum.topic(topicId).orElseThrow().hours() * 60.0);
    }

    @Test
    void aBackgroundsEmphasisComesFirstOnceItsPrerequisitesAreDone() {
        Plan software = planOf(PlanRequest.fresh("software-engineering", 10, MONDAY));
        assertThat(List.copyOf(software.topicIds()).subList(0, 3))
                .containsExactly("linear-algebra", "calculus-optimization", "statistics-probability");
        Plan maths = planOf(PlanRequest.fresh("maths-statistics", 10, MONDAY));
        assertThat(List.copyOf(maths.topicIds()).subList(0, 3))
                .containsExactly("python-programming", "scientific-computing", "software-engineering-practices");
    }

    @Test
    void beginnersAlternateMathsAndProgrammingFromTheFirstWeek() {
        Plan plan = planOf(PlanRequest.fresh("beginner", 10, MONDAY));
        for (PlanWeek week : plan.weeks().subList(0, 3)) {
            Set<String> areas = week.topicIds().stream().map(this::areaOf).collect(Collectors.toSet());
            assertThat(areas).as("week " + week.number())
                    .contains("mathematical-foundations", "programming-software-development");
        }
        List<String> firstSessions = plan.weeks().get(0).studyTasks().stream().map(t -> areaOf(t.topicId())).toList();
        assertThat(firstSessions.get(0)).isEqualTo("mathematical-foundations");
        assertThat(firstSessions.get(1)).isEqualTo("programming-software-development");
        assertThat(plan.weeks().get(0).studyTasks()).extracting(t -> t.resourceId().orElseThrow())
                .startsWith("khan-academy-math", "mit-intro-cs"); // each lane opens with its pathway resource
    }

    private String areaOf(String topicId) {
        return curriculum.topic(topicId).orElseThrow().areaId();
    }

    @Test
    void weeksListResourcesPracticeAndACheckpoint() {
        Plan plan = planOf(PlanRequest.fresh("software-engineering", 10, MONDAY));
        PlanWeek first = plan.weeks().get(0);
        assertThat(first.startDate()).isEqualTo(MONDAY);
        assertThat(first.minutes()).isEqualTo(600);
        StudyTask checkpoint = first.tasks().get(first.tasks().size() - 1);
        assertThat(checkpoint.kind()).isEqualTo(TaskKind.CHECKPOINT);
        assertThat(checkpoint.minutes()).isEqualTo(30);
        assertThat(checkpoint.topicIds()).containsExactlyElementsOf(first.topicIds());
        assertThat(first.studyTasks()).anyMatch(t -> t.kind() == TaskKind.RESOURCE && t.pathwayResource()
                && t.resourceId().orElseThrow().equals("mml-book") && t.minutes() == 405);
        assertThat(plan.weeks().get(1).studyTasks()).anyMatch(t -> t.kind() == TaskKind.RESOURCE && !t.pathwayResource()
                && t.resourceId().orElseThrow().equals("3b1b-linear-algebra") && t.minutes() == 300);
        assertThat(plan.weeks().get(2).studyTasks())
                .anyMatch(t -> t.kind() == TaskKind.PRACTICE && t.topicId().equals("linear-algebra"));
        assertThat(plan.endDate()).isEqualTo(MONDAY.plusWeeks(12).minusDays(1));
    }

    @Test
    void anImpossibleTargetDateSaysHowManyHoursAWeekItWouldNeed() {
        PlanRequest request = PlanRequest.fresh("software-engineering", 10, MONDAY).withTargetDate(MONDAY.plusWeeks(6).minusDays(1));
        PlanOutcome outcome = scheduler.plan(request);

        assertThat(outcome).isInstanceOf(TargetUnreachable.class);
        TargetUnreachable unreachable = (TargetUnreachable) outcome;
        assertThat(unreachable.weeksAvailable()).isEqualTo(6);
        assertThat(unreachable.plan().weeks()).hasSize(12);
        int needed = unreachable.neededHoursPerWeek().orElseThrow();
        assertThat(needed).isEqualTo(20);
        assertThat(scheduler.plan(request.withHoursPerWeek(needed))).isInstanceOf(Plan.class);
        assertThat(scheduler.plan(request.withHoursPerWeek(needed - 1))).isInstanceOf(TargetUnreachable.class);
        assertThat(unreachable.explanation()).contains("needs 20 hours a week").contains("6 weeks")
                .contains("At 10 hours a week the plan takes 12 weeks");
    }

    @Test
    void aTargetEvenEightyHoursCannotMeetSaysSo() {
        PlanRequest request = PlanRequest.fresh("beginner", 10, MONDAY).withTargetDate(MONDAY.plusDays(10));
        TargetUnreachable unreachable = (TargetUnreachable) scheduler.plan(request);
        assertThat(unreachable.weeksAvailable()).isEqualTo(1);
        assertThat(unreachable.neededHoursPerWeek()).isEmpty();
        assertThat(unreachable.explanation()).contains("Even 80 hours a week");

        TargetUnreachable past = (TargetUnreachable) scheduler.plan(request.withTargetDate(MONDAY.minusDays(1)));
        assertThat(past.weeksAvailable()).isZero();
        assertThat(past.explanation()).contains("no whole week");
    }

    @Test
    void aReachableTargetDateGivesThePlan() {
        PlanRequest request = PlanRequest.fresh("maths-statistics", 10, MONDAY).withTargetDate(MONDAY.plusWeeks(10).minusDays(1));
        assertThat(scheduler.plan(request)).isInstanceOf(Plan.class);
        assertThat(scheduler.plan(request.withTargetDate(MONDAY.plusWeeks(10).minusDays(2)))).isInstanceOf(TargetUnreachable.class);
    }

    @Test
    void testingOutOnReplanShortensThePlanAndSaysWhatChanged() {
        Plan original = planOf(PlanRequest.fresh("software-engineering", 10, MONDAY));
        Set<String> doneInWeekOne = original.weeks().get(0).tasks().stream()
                .flatMap(t -> t.resourceId().stream()).collect(Collectors.toSet());
        LocalDate today = MONDAY.plusWeeks(1);
        PlanRequest afterWeekOne = new PlanRequest("software-engineering", 10, today, Optional.empty(),
                Set.of("calculus-optimization", "statistics-probability"), Set.of(), doneInWeekOne);

        Replan replan = scheduler.replan(original, afterWeekOne);

        assertThat(replan.plan().startDate()).isEqualTo(today);
        assertThat(replan.plan().weeks().size()).isLessThan(original.weeks().size() - 1);
        assertThat(replan.plan().endDate()).isBefore(original.endDate());
        assertThat(replan.plan().topicIds()).doesNotContain("calculus-optimization", "statistics-probability");
        assertThat(replan.plan().resourceIds()).doesNotContainAnyElementsOf(doneInWeekOne);
        PlanChanges changes = replan.changes();
        assertThat(changes.removedTopicIds()).containsExactlyInAnyOrder("calculus-optimization", "statistics-probability");
        assertThat(changes.addedTopicIds()).isEmpty();
        assertThat(changes.removedResourceIds()).containsAll(doneInWeekOne);
        assertThat(changes.endDateShiftDays()).isNegative();
        assertThat(changes.movedTopics()).isNotEmpty().allMatch(move -> !move.later());
    }

    @Test
    void fallingBehindMovesEverythingLater() {
        Plan original = planOf(PlanRequest.fresh("maths-statistics", 10, MONDAY));
        Replan replan = scheduler.replan(original, PlanRequest.fresh("maths-statistics", 10, MONDAY.plusWeeks(3)));
        assertThat(replan.plan().weeks()).hasSameSizeAs(original.weeks());
        assertThat(replan.changes().endDateShiftDays()).isEqualTo(21);
        assertThat(replan.changes().movedTopics()).hasSize(curriculum.topics().size()).allMatch(TopicMove::later);
        assertThat(replan.changes().removedTopicIds()).isEmpty();
    }

    @Test
    void aReplanWithNothingNewChangesNothing() {
        Plan original = planOf(PlanRequest.fresh("beginner", 12, MONDAY));
        assertThat(scheduler.replan(original, PlanRequest.fresh("beginner", 12, MONDAY)).changes().isEmpty()).isTrue();
    }

    @Test
    void completedResourcesCountTowardsTheirTopicsBudget() {
        PlanRequest fresh = PlanRequest.fresh("beginner", 10, MONDAY);
        PlanRequest withKhan = new PlanRequest("beginner", 10, MONDAY, Optional.empty(), Set.of(), Set.of(),
                Set.of("khan-linear-algebra"));
        Plan plan = planOf(withKhan);
        assertThat(plan.resourceIds()).doesNotContain("khan-linear-algebra");
        assertThat(minutesOn(plan, "linear-algebra")).isEqualTo(60); // only the practice set is left
        assertThat(minutesOn(planOf(fresh), "linear-algebra")).isGreaterThan(60);
    }

    @Test
    void partlyMasteredTopicsKeepTheirShareOfTheBudget() {
        Topic linearAlgebra = curriculum.topic("linear-algebra").orElseThrow();
        Set<String> twoOfThree = linearAlgebra.skills().stream().limit(2).map(Skill::id).collect(Collectors.toSet());
        PlanRequest request = new PlanRequest("software-engineering", 10, MONDAY, Optional.empty(), Set.of(), twoOfThree, Set.of());
        int budget = scheduler.budget("software-engineering").topicMinutes("linear-algebra");
        int resources = minutesOn(planOf(request), "linear-algebra") - TopicWork.PRACTICE_MINUTES;
        assertThat(resources).isBetween(budget / 3, budget / 3 + 15);
        assertThat(planOf(request).weeks().get(0).studyTasks().get(0).skillIds())
                .containsExactly(linearAlgebra.skills().get(2).id());
    }

    /** Minutes on a topic's own resources and practice (pathway resources opening it left out). */
    private static int minutesOn(Plan plan, String topicId) {
        return plan.weeks().stream().flatMap(w -> w.studyTasks().stream())
                .filter(t -> t.topicId().equals(topicId) && !t.pathwayResource())
                .mapToInt(StudyTask::minutes).sum();
    }

    private static List<StudyTask> pathwayTasks(Plan plan, String resourceId) {
        return plan.weeks().stream().flatMap(w -> w.studyTasks().stream())
                .filter(t -> t.pathwayResource() && t.resourceId().orElseThrow().equals(resourceId)).toList();
    }

    private static int pathwayMinutes(Plan plan, String resourceId) {
        return pathwayTasks(plan, resourceId).stream().mapToInt(StudyTask::minutes).sum();
    }

    @Test
    void eachPathwayResourceOpensTheFirstTopicItSupports() {
        for (Pathway pathway : curriculum.pathways()) {
            Plan plan = planOf(PlanRequest.fresh(pathway.id(), 10, MONDAY));
            StudyBudget budget = scheduler.budget(pathway.id());
            List<StudyTask> tasks = plan.weeks().stream().flatMap(w -> w.studyTasks().stream()).toList();
            for (var resource : pathway.resources()) {
                List<String> supported = pathway.topicsSupportedBy(resource.id());
                String anchor = plan.topicIds().stream().filter(supported::contains).findFirst().orElseThrow();
                assertThat(pathwayTasks(plan, resource.id())).as(resource.id()).isNotEmpty()
                        .allMatch(t -> t.topicId().equals(anchor));
                assertThat(pathwayMinutes(plan, resource.id())).as(resource.id())
                        .isEqualTo(budget.pathwayResourceMinutes(resource.id())).isLessThanOrEqualTo(resource.hours() * 60);
                int lastPart = tasks.lastIndexOf(pathwayTasks(plan, resource.id()).get(pathwayTasks(plan, resource.id()).size() - 1));
                int firstOwn = tasks.indexOf(tasks.stream().filter(t -> t.topicId().equals(anchor) && !t.pathwayResource())
                        .findFirst().orElseThrow());
                assertThat(lastPart).as(resource.id() + " before " + anchor + "'s own work").isLessThan(firstOwn);
            }
        }
        Plan maths = planOf(PlanRequest.fresh("maths-statistics", 10, MONDAY));
        assertThat(maths.weeks().get(0).studyTasks().get(0).resourceId()).contains("python-for-mathematicians");
        assertThat(pathwayTasks(maths, "duke-computational-statistics")).allMatch(t -> t.topicId().equals("scientific-computing"));
        Plan software = planOf(PlanRequest.fresh("software-engineering", 10, MONDAY));
        assertThat(pathwayTasks(software, "stanford-statistical-learning")).allMatch(t -> t.topicId().equals("supervised-learning"));
    }

    @Test
    void pathwayResourcesShareTheBudgetInsteadOfLengtheningThePlan() {
        for (Pathway pathway : curriculum.pathways()) {
            StudyBudget budget = scheduler.budget(pathway.id());
            int practice = curriculum.topics().size() * TopicWork.PRACTICE_MINUTES;
            assertThat(budget.resourceMinutes() + budget.pathwayResourceMinutes() + practice).as(pathway.id())
                    .isLessThanOrEqualTo(budget.targetStudyMinutes());
            assertThat(budget.pathwayResourceMinutes()).as(pathway.id()).isPositive();
            for (var resource : pathway.resources()) {
                assertThat(budget.pathwayResourceMinutes(resource.id())).isBetween(60, resource.hours() * 60);
            }
            Plan plan = planOf(PlanRequest.fresh(pathway.id(), 10, MONDAY));
            assertThat(plan.weeks().size()).as(pathway.id()).isBetween(pathway.minWeeks(), pathway.maxWeeks());
        }
        assertThatThrownBy(() -> scheduler.budget("beginner").pathwayResourceMinutes("mml-book"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mml-book");
    }

    @Test
    void testingOutTheTopicsAPathwayResourceSupportsLeavesItOutOrShortensIt() {
        int mml = scheduler.budget("software-engineering").pathwayResourceMinutes("mml-book");
        Plan noLinearAlgebra = planOf(new PlanRequest("software-engineering", 10, MONDAY, Optional.empty(),
                Set.of("linear-algebra"), Set.of(), Set.of()));
        assertThat(noLinearAlgebra.resourceIds()).doesNotContain("fastai-linear-algebra").contains("mml-book");
        assertThat(pathwayTasks(noLinearAlgebra, "mml-book")).allMatch(t -> t.topicId().equals("calculus-optimization"));
        assertThat(pathwayMinutes(noLinearAlgebra, "mml-book")).isBetween(mml * 2 / 3, mml * 2 / 3 + 15);

        Plan noMaths = planOf(new PlanRequest("software-engineering", 10, MONDAY, Optional.empty(),
                Set.of("linear-algebra", "calculus-optimization", "statistics-probability"), Set.of(), Set.of()));
        assertThat(noMaths.resourceIds()).doesNotContain("mml-book", "fastai-linear-algebra").contains("stanford-statistical-learning");

        Set<String> pythonSkills = curriculum.topic("python-programming").orElseThrow().skills().stream()
                .map(Skill::id).collect(Collectors.toSet());
        Plan pythonMastered = planOf(new PlanRequest("maths-statistics", 10, MONDAY, Optional.empty(), Set.of(),
                pythonSkills, Set.of()));
        assertThat(pathwayTasks(pythonMastered, "python-for-mathematicians")).isNotEmpty()
                .allMatch(t -> t.topicId().equals("scientific-computing"));
    }

    @Test
    void aCompletedPathwayResourceIsNotPlannedAndOnlyPathwayResourcesOfTheLearnersPathwayAre() {
        Plan fresh = planOf(PlanRequest.fresh("beginner", 10, MONDAY));
        Plan withKhan = planOf(new PlanRequest("beginner", 10, MONDAY, Optional.empty(), Set.of(), Set.of(),
                Set.of("khan-academy-math")));
        assertThat(fresh.resourceIds()).contains("khan-academy-math", "mit-intro-cs", "freecodecamp-data-analysis")
                .doesNotContain("mml-book", "python-for-mathematicians");
        assertThat(withKhan.resourceIds()).doesNotContain("khan-academy-math").contains("mit-intro-cs");
        assertThat(studyMinutes(fresh) - studyMinutes(withKhan))
                .isEqualTo(scheduler.budget("beginner").pathwayResourceMinutes("khan-academy-math"));
        assertThat(minutesOn(withKhan, "linear-algebra")).isEqualTo(minutesOn(fresh, "linear-algebra"));
    }

    private static int studyMinutes(Plan plan) {
        return plan.weeks().stream().flatMap(w -> w.studyTasks().stream()).mapToInt(StudyTask::minutes).sum();
    }

    @Test
    void masteringEverythingLeavesAnEmptyPlanEndingOnItsStartDate() {
        Set<String> all = curriculum.topics().stream().map(Topic::id).collect(Collectors.toSet());
        Plan plan = planOf(new PlanRequest("beginner", 10, MONDAY, Optional.of(MONDAY), all, Set.of(), Set.of()));
        assertThat(plan.weeks()).isEmpty();
        assertThat(plan.endDate()).isEqualTo(MONDAY);
        assertThat(plan.totalHours()).isZero();
    }

    @Test
    void rejectsAnUnknownBackgroundAndHoursOutOfRange() {
        assertThatThrownBy(() -> scheduler.plan(PlanRequest.fresh("astronaut", 10, MONDAY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("astronaut");
        assertThatThrownBy(() -> PlanRequest.fresh("beginner", 0, MONDAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanRequest.fresh("beginner", 81, MONDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneHourAWeekStillFitsEveryWeekWithAQuarterHourCheckpoint() {
        Plan plan = planOf(PlanRequest.fresh("maths-statistics", 1, MONDAY));
        assertThat(plan.weeks()).allMatch(week -> week.minutes() <= 60);
        assertThat(plan.weeks().get(0).tasks().get(plan.weeks().get(0).tasks().size() - 1).minutes()).isEqualTo(15);
    }
}
