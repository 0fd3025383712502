package org.mlready.planner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Pathway;
import org.mlready.curriculum.Resource;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.Topic;
import org.mlready.support.TestCurriculum;

/** The plan's invariants over thousands of random requests against the real curriculum. */
class PlanInvariantsTests {

    private static final int TRIES = 2000;

    private final Curriculum curriculum = TestCurriculum.load();
    private final PlanScheduler scheduler = new PlanScheduler(curriculum);

    @Provide
    Arbitrary<PlanRequest> requests() {
        Arbitrary<String> background = Arbitraries.of(curriculum.pathways().stream().map(Pathway::id).toList());
        Arbitrary<Integer> hours = Arbitraries.integers().between(1, 80);
        Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 365 * 15).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
        Arbitrary<Optional<Integer>> targetOffset = Arbitraries.integers().between(-10, 600).optional(0.5);
        Arbitrary<Set<String>> topics = sometimesEmpty(curriculum.topics().stream().map(Topic::id).toList());
        Arbitrary<Set<String>> skills = sometimesEmpty(curriculum.skills().stream().map(Skill::id).toList());
        List<String> resourceIds = new ArrayList<>(curriculum.topicResources().stream().map(Resource::id).toList());
        curriculum.pathways().forEach(p -> p.resources().forEach(r -> resourceIds.add(r.id())));
        Arbitrary<Set<String>> resources = sometimesEmpty(resourceIds);
        return Combinators.combine(background, hours, start, targetOffset, topics, skills, resources)
                .as((b, h, s, t, mt, ms, cr) -> new PlanRequest(b, h, s, t.map(s::plusDays), mt, ms, cr));
    }

    /** Half the time nothing at all, otherwise a random subset (from one element to all of them). */
    private static Arbitrary<Set<String>> sometimesEmpty(List<String> ids) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Set.<String>of())), Tuple.of(1, Arbitraries.subsetOf(ids)));
    }

    private static List<StudyTask> studyTasksInOrder(Plan plan) {
        List<StudyTask> tasks = new ArrayList<>();
        plan.weeks().forEach(week -> tasks.addAll(week.studyTasks()));
        return tasks;
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void everyPrerequisiteIsFinishedBeforeADependentStarts(@ForAll("requests") PlanRequest request) {
        List<StudyTask> tasks = studyTasksInOrder(scheduler.plan(request).plan());
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            first.putIfAbsent(tasks.get(i).topicId(), i);
            last.put(tasks.get(i).topicId(), i);
        }
        for (String topic : first.keySet()) {
            for (String prerequisite : curriculum.graph().allPrerequisitesOf(topic)) {
                if (last.containsKey(prerequisite)) {
                    assertThat(last.get(prerequisite)).as(prerequisite + " before " + topic).isLessThan(first.get(topic));
                }
            }
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void everyPathwayResourceIsPlannedOnceWithATopicItSupportsUnlessDoneOrAllItsTopicsAreSkipped(
            @ForAll("requests") PlanRequest request) {
        Plan plan = scheduler.plan(request).plan();
        Pathway pathway = curriculum.pathway(request.pathwayId()).orElseThrow();
        List<StudyTask> pathwayTasks = studyTasksInOrder(plan).stream().filter(StudyTask::pathwayResource).toList();
        assertThat(pathwayTasks).as("only the learner's pathway's resources")
                .allMatch(t -> pathway.resources().stream().anyMatch(r -> r.id().equals(t.resourceId().orElseThrow())));
        for (Resource resource : pathway.resources()) {
            List<StudyTask> parts = pathwayTasks.stream().filter(t -> t.resourceId().orElseThrow().equals(resource.id())).toList();
            List<String> supported = pathway.topicsSupportedBy(resource.id());
            List<String> planned = supported.stream().filter(plan.topicIds()::contains).toList();
            if (request.completedResourceIds().contains(resource.id()) || planned.isEmpty()) {
                assertThat(parts).as(resource.id() + " is done or serves only skipped topics").isEmpty();
                continue;
            }
            assertThat(parts).as(resource.id()).isNotEmpty();
            assertThat(parts.stream().map(StudyTask::topicId).distinct().toList()).as(resource.id() + " opens one topic")
                    .hasSize(1).allMatch(planned::contains);
            int budget = scheduler.budget(request.pathwayId()).pathwayResourceMinutes(resource.id());
            int share = budget * planned.size() / supported.size();
            assertThat(parts.stream().mapToInt(StudyTask::minutes).sum()).as(resource.id())
                    .isBetween(share, share + StudyTask.SLOT_MINUTES).isLessThanOrEqualTo(budget);
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void aPathwayResourceIsStudiedBeforeAnyTopicItSupports(@ForAll("requests") PlanRequest request) {
        List<StudyTask> tasks = studyTasksInOrder(scheduler.plan(request).plan());
        Pathway pathway = curriculum.pathway(request.pathwayId()).orElseThrow();
        for (int i = 0; i < tasks.size(); i++) {
            StudyTask task = tasks.get(i);
            if (!task.pathwayResource()) {
                continue;
            }
            List<String> supported = pathway.topicsSupportedBy(task.resourceId().orElseThrow());
            for (StudyTask earlier : tasks.subList(0, i)) {
                assertThat(!earlier.pathwayResource() && supported.contains(earlier.topicId()))
                        .as(task.resourceId().orElseThrow() + " after " + earlier).isFalse();
            }
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void noWeekExceedsTheWeeklyHoursAndEveryWeekButTheLastIsFull(@ForAll("requests") PlanRequest request) {
        Plan plan = scheduler.plan(request).plan();
        int capacity = request.hoursPerWeek() * 60;
        for (PlanWeek week : plan.weeks()) {
            assertThat(week.minutes()).as("week " + week.number()).isLessThanOrEqualTo(capacity);
            assertThat(week.tasks()).allMatch(task -> task.minutes() <= capacity);
        }
        for (PlanWeek week : plan.weeks().subList(0, Math.max(0, plan.weeks().size() - 1))) {
            assertThat(week.minutes()).as("week " + week.number()).isEqualTo(capacity);
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void everySkillNotMasteredIsCoveredAndNothingMasteredOrCompletedIsPlanned(@ForAll("requests") PlanRequest request) {
        Plan plan = scheduler.plan(request).plan();
        Set<String> coveredSkills = new HashSet<>();
        studyTasksInOrder(plan).forEach(task -> coveredSkills.addAll(task.skillIds()));
        for (Topic topic : curriculum.topics()) {
            boolean topicMastered = request.masteredTopicIds().contains(topic.id());
            for (Skill skill : topic.skills()) {
                boolean open = !topicMastered && !request.masteredSkillIds().contains(skill.id());
                assertThat(coveredSkills.contains(skill.id())).as(skill.id()).isEqualTo(open);
            }
        }
        assertThat(plan.topicIds()).noneMatch(request.masteredTopicIds()::contains);
        assertThat(plan.resourceIds()).noneMatch(request.completedResourceIds()::contains);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void weeksAreConsecutiveAndNoneIsEmpty(@ForAll("requests") PlanRequest request) {
        Plan plan = scheduler.plan(request).plan();
        for (int i = 0; i < plan.weeks().size(); i++) {
            PlanWeek week = plan.weeks().get(i);
            assertThat(week.number()).isEqualTo(i + 1);
            assertThat(week.startDate()).isEqualTo(request.startDate().plusWeeks(i));
            assertThat(week.studyTasks()).as("week " + week.number()).isNotEmpty();
            StudyTask checkpoint = week.tasks().get(week.tasks().size() - 1);
            assertThat(checkpoint.kind()).isEqualTo(TaskKind.CHECKPOINT);
            assertThat(new LinkedHashSet<>(checkpoint.topicIds())).isEqualTo(week.topicIds());
        }
        assertThat(plan.endDate()).isEqualTo(plan.weeks().isEmpty() ? request.startDate()
                : request.startDate().plusWeeks(plan.weeks().size()).minusDays(1));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void theSameRequestGivesTheSamePlan(@ForAll("requests") PlanRequest request) {
        PlanRequest copy = new PlanRequest(request.pathwayId(), request.hoursPerWeek(), request.startDate(),
                request.targetDate(), new LinkedHashSet<>(request.masteredTopicIds()),
                new HashSet<>(request.masteredSkillIds()), new LinkedHashSet<>(request.completedResourceIds()));
        assertThat(new PlanScheduler(curriculum).plan(copy)).isEqualTo(scheduler.plan(request));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void aTargetDateIsMetOrTheNeededHoursAreTheFewestThatMeetIt(@ForAll("requests") PlanRequest request) {
        PlanOutcome outcome = scheduler.plan(request);
        if (request.targetDate().isEmpty()) {
            assertThat(outcome).isInstanceOf(Plan.class);
            return;
        }
        LocalDate target = request.targetDate().get();
        if (outcome instanceof Plan plan) {
            assertThat(plan.weeks().isEmpty() || !plan.endDate().isAfter(target)).isTrue();
            return;
        }
        TargetUnreachable unreachable = (TargetUnreachable) outcome;
        assertThat(unreachable.plan().endDate()).isAfter(target);
        if (unreachable.neededHoursPerWeek().isPresent()) {
            int needed = unreachable.neededHoursPerWeek().getAsInt();
            assertThat(needed).isGreaterThan(request.hoursPerWeek());
            assertThat(scheduler.plan(request.withHoursPerWeek(needed))).isInstanceOf(Plan.class);
            assertThat(scheduler.plan(request.withHoursPerWeek(needed - 1))).isInstanceOf(TargetUnreachable.class);
        } else {
            assertThat(scheduler.plan(request.withHoursPerWeek(PlanRequest.MAX_HOURS_PER_WEEK)))
                    .isInstanceOf(TargetUnreachable.class);
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void moreHoursNeverMeanMoreWeeksNorAnotherOrder(@ForAll("requests") PlanRequest request,
                                                   @ForAll @IntRange(min = 1, max = 80) int otherHours) {
        Plan plan = scheduler.plan(request).plan();
        Plan other = scheduler.plan(request.withHoursPerWeek(otherHours)).plan();
        if (otherHours >= request.hoursPerWeek()) {
            assertThat(other.weeks().size()).isLessThanOrEqualTo(plan.weeks().size());
        }
        assertThat(List.copyOf(other.topicIds())).isEqualTo(List.copyOf(plan.topicIds()));
        assertThat(studyMinutes(other)).isEqualTo(studyMinutes(plan));
    }

    private static int studyMinutes(Plan plan) {
        return studyTasksInOrder(plan).stream().mapToInt(StudyTask::minutes).sum();
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void aReplanKeepsDoneWorkOutAndReportsWhatChanged(@ForAll("requests") PlanRequest request,
                                                     @ForAll @IntRange(min = 0, max = 30) int weeksLater,
                                                     @ForAll @IntRange(min = 0, max = 10) int weeksDone) {
        Plan previous = scheduler.plan(request).plan();
        Set<String> completed = new HashSet<>(request.completedResourceIds());
        previous.weeks().stream().limit(weeksDone).forEach(w -> w.tasks().forEach(t -> t.resourceId().ifPresent(completed::add)));
        PlanRequest today = new PlanRequest(request.pathwayId(), request.hoursPerWeek(),
                request.startDate().plusWeeks(weeksLater), request.targetDate(), request.masteredTopicIds(),
                request.masteredSkillIds(), completed);

        Replan replan = scheduler.replan(previous, today);

        Plan next = replan.plan();
        assertThat(next.startDate()).isEqualTo(today.startDate());
        assertThat(next.resourceIds()).noneMatch(completed::contains);
        assertThat(studyMinutes(next)).isLessThanOrEqualTo(studyMinutes(previous));
        PlanChanges changes = replan.changes();
        assertThat(changes.addedTopicIds()).isEmpty();
        assertThat(changes.removedTopicIds()).isEmpty(); // completing resources never drops a topic: practice remains
        assertThat(changes.addedResourceIds()).isEmpty();
        assertThat(changes.removedResourceIds()).containsExactlyInAnyOrderElementsOf(
                previous.resourceIds().stream().filter(completed::contains).toList());
        assertThat(changes.newEndDate()).isEqualTo(next.endDate());
        assertThat(changes.movedTopics()).allMatch(move -> Math.abs(move.shiftDays()) >= 7);
    }
}
