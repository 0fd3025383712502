package org.mlready.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlready.planner.schedule.Plan;
import org.mlready.planner.schedule.PlanRequest;
import org.mlready.planner.schedule.PlanScheduler;
import org.mlready.planner.schedule.StudyTask;
import org.mlready.planner.schedule.TaskKind;
import org.mlready.progress.Progress;
import org.mlready.support.TestCurriculum;

class PlanTaskDoneTests {

    private final Plan plan = new PlanScheduler(TestCurriculum.load())
            .plan(PlanRequest.fresh("software-engineering", 10, LocalDate.of(2026, 1, 5))).plan();

    private List<StudyTask> tasks() {
        return plan.weeks().stream().flatMap(w -> w.studyTasks().stream()).toList();
    }

    @Test
    void aTopicMarkedStudiedFinishesItsOwnResourcesButNotThePathwayResourceOpeningIt() {
        StudyTask mml = tasks().stream().filter(t -> t.resourceId().orElse("").equals("mml-book")).findFirst().orElseThrow();
        StudyTask own = tasks().stream().filter(t -> t.kind() == TaskKind.RESOURCE && !t.pathwayResource()
                && t.topicId().equals(mml.topicId())).findFirst().orElseThrow();
        Progress topicStudied = new Progress(Set.of(), Set.of(mml.topicId()), Map.of());

        assertThat(mml.pathwayResource()).isTrue();
        assertThat(LearnerPlans.isDone(own, topicStudied)).isTrue();
        assertThat(LearnerPlans.isDone(mml, topicStudied)).isFalse();
        assertThat(LearnerPlans.isDone(mml, new Progress(Set.of("mml-book"), Set.of(), Map.of()))).isTrue();
    }

    @Test
    void aCheckpointIsDoneOnceAQuizOnExactlyItsTopicsWasPassed() {
        StudyTask checkpoint = plan.weeks().get(0).tasks().stream().filter(t -> t.kind() == TaskKind.CHECKPOINT)
                .findFirst().orElseThrow();
        List<String> topics = checkpoint.topicIds();
        List<String> reversed = new java.util.ArrayList<>(topics);
        java.util.Collections.reverse(reversed);
        Progress passed = new Progress(Set.of(), Set.of(), Map.of(), Set.of(Progress.checkpointKey(reversed)));

        assertThat(LearnerPlans.isDone(checkpoint, Progress.empty())).isFalse();
        assertThat(LearnerPlans.isDone(checkpoint, passed)).as("the key does not depend on the order").isTrue();
        assertThat(LearnerPlans.isDone(checkpoint, new Progress(Set.of(), Set.copyOf(topics), Map.of())))
                .as("studying the topics is not passing their checkpoint").isFalse();
        if (topics.size() > 1) {
            assertThat(LearnerPlans.isDone(checkpoint, new Progress(Set.of(), Set.of(), Map.of(),
                    Set.of(Progress.checkpointKey(topics.subList(0, 1)))))).as("a quiz on fewer topics does not count").isFalse();
        }
    }

    @Test
    void finishingAPathwayResourceEarlyPutsTheLearnerAheadByItsPlannedHoursInLaterWeeks() {
        int laterMinutes = plan.weeks().stream().filter(w -> w.number() > 1).flatMap(w -> w.studyTasks().stream())
                .filter(t -> t.resourceId().orElse("").equals("stanford-statistical-learning")).mapToInt(StudyTask::minutes).sum();
        assertThat(laterMinutes).isPositive();
        PlanStatus status = LearnerPlans.status(plan, new Progress(Set.of("stanford-statistical-learning"), Set.of(), Map.of()),
                plan.startDate());
        assertThat(status.state()).isEqualTo("AHEAD");
        assertThat(status.hours()).isEqualTo(Math.round(laterMinutes / 60.0f));
    }

    @Test
    void aPracticeSetIsDoneOnceItsSkillsAreMasteredAndCountsTowardsThePace() {
        StudyTask practice = plan.weeks().stream().flatMap(w -> w.tasks().stream())
                .filter(t -> t.kind() == TaskKind.PRACTICE).findFirst().orElseThrow();
        List<String> skills = practice.skillIds();
        assertThat(skills).isNotEmpty();
        Progress some = new Progress(Set.of(), Set.of(), Map.of(), Set.of(), Set.copyOf(skills.subList(0, skills.size() - 1)));
        Progress all = new Progress(Set.of(), Set.of(), Map.of(), Set.of(), Set.copyOf(skills));
        assertThat(LearnerPlans.isDone(practice, Progress.empty())).isFalse();
        assertThat(LearnerPlans.isDone(practice, some)).as("one skill still short of mastery").isFalse();
        assertThat(LearnerPlans.isDone(practice, all)).isTrue();

        int week = plan.weeks().stream().filter(w -> w.tasks().contains(practice)).findFirst().orElseThrow().number();
        java.time.LocalDate afterThatWeek = plan.startDate().plusWeeks(week);
        int behindWithout = LearnerPlans.status(plan, Progress.empty(), afterThatWeek).hours();
        PlanStatus with = LearnerPlans.status(plan, all, afterThatWeek);
        assertThat(behindWithout - with.hours()).as("the set's planned hours no longer count as missing (rounded to hours)")
                .isBetween(practice.minutes() / 60, (practice.minutes() + 59) / 60);
        assertThat(with.state()).isEqualTo("BEHIND");
    }
}
