package org.mlready.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Resource;
import org.mlready.curriculum.Topic;
import org.mlready.planner.schedule.Plan;
import org.mlready.planner.schedule.PlanChanges;
import org.mlready.planner.schedule.PlanOutcome;
import org.mlready.planner.schedule.PlanWeek;
import org.mlready.planner.schedule.StudyTask;
import org.mlready.planner.schedule.TargetUnreachable;
import org.mlready.planner.schedule.TopicMove;
import org.mlready.progress.Progress;
import org.springframework.stereotype.Component;

/** Turns the scheduler's ids into titled, linked views for pages, JSON and calendars. */
@Component
class PlanViews {

    /** What a re-plan changed, with titles. */
    record ChangesView(List<Named> addedTopics, List<Named> removedTopics, List<Move> movedTopics,
                       List<Named> addedResources, List<Named> removedResources, LocalDate previousEndDate,
                       LocalDate newEndDate, long endDateShiftDays, String summary) {
    }

    record Named(String id, String title) {
    }

    record Move(String topicId, String title, LocalDate previousFinish, LocalDate newFinish, long shiftDays) {
    }

    private final Curriculum curriculum;

    PlanViews(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    PlanView of(PlanOutcome outcome, Progress progress) {
        Plan plan = outcome.plan();
        List<PlanView.WeekView> weeks = new ArrayList<>();
        Map<String, int[]> spans = new LinkedHashMap<>();
        for (PlanWeek week : plan.weeks()) {
            List<PlanView.TaskView> tasks = new ArrayList<>();
            for (StudyTask task : week.tasks()) {
                tasks.add(task(task, progress));
            }
            for (String topic : week.topicIds()) {
                spans.computeIfAbsent(topic, t -> new int[] {week.number(), week.number()})[1] = week.number();
            }
            weeks.add(new PlanView.WeekView(week.number(), week.startDate(), week.endDate(), week.hours(),
                    List.copyOf(week.topicIds()), tasks));
        }
        List<PlanView.TopicSpan> topics = new ArrayList<>();
        spans.forEach((topic, span) -> topics.add(new PlanView.TopicSpan(topic, topicTitle(topic), span[0], span[1])));
        TargetUnreachable unreachable = outcome instanceof TargetUnreachable u ? u : null;
        LocalDate target = unreachable != null ? unreachable.targetDate() : null;
        return new PlanView(plan.pathwayId(), plan.hoursPerWeek(), plan.startDate(), plan.endDate(), target,
                unreachable == null, unreachable == null ? null : unreachable.explanation(),
                unreachable == null || unreachable.neededHoursPerWeek().isEmpty() ? null
                        : unreachable.neededHoursPerWeek().getAsInt(),
                plan.totalHours(), topics, weeks);
    }

    /** Like {@link #of(PlanOutcome, Progress)}, with the target date shown even when the plan meets it. */
    PlanView of(PlanOutcome outcome, Progress progress, LocalDate targetDate) {
        PlanView view = of(outcome, progress);
        if (view.targetDate() != null || targetDate == null) {
            return view;
        }
        return new PlanView(view.background(), view.hoursPerWeek(), view.startDate(), view.endDate(), targetDate,
                view.targetMet(), view.targetExplanation(), view.neededHoursPerWeek(), view.totalHours(), view.topics(),
                view.weeks());
    }

    PlanView.TaskView task(StudyTask task, Progress progress) {
        return switch (task.kind()) {
            case RESOURCE -> {
                String id = task.resourceId().orElseThrow();
                boolean done = progress != null && LearnerPlans.isDone(task, progress);
                if (task.pathwayResource()) {
                    Resource resource = curriculum.pathwayResource(id).orElseThrow();
                    String page = "/pathways/" + curriculum.pathwayOfResource(id).orElseThrow().id();
                    yield new PlanView.TaskView(task.kind().name(), task.topicIds(), id,
                            resource.title() + " (pathway resource, for " + topicTitle(task.topicId()) + ")",
                            resource.hasUrl() ? resource.url() : page, task.hours(), done, true);
                }
                Resource resource = curriculum.resource(id).orElseThrow();
                yield new PlanView.TaskView(task.kind().name(), task.topicIds(), id,
                        resource.title() + " (" + topicTitle(task.topicId()) + ")",
                        resource.hasUrl() ? resource.url() : "/topics/" + task.topicId(), task.hours(), done, false);
            }
            case PRACTICE -> new PlanView.TaskView(task.kind().name(), task.topicIds(), null,
                    "Practice set: " + topicTitle(task.topicId()), "/topics/" + task.topicId() + "/practice",
                    task.hours(), progress != null && LearnerPlans.isDone(task, progress), false);
            case CHECKPOINT -> new PlanView.TaskView(task.kind().name(), task.topicIds(), null,
                    "Checkpoint quiz on " + String.join(", ", task.topicIds().stream().map(this::topicTitle).toList()),
                    task.topicIds().isEmpty() ? "/dashboard" : "/checkpoints?topics=" + String.join(",", task.topicIds()),
                    task.hours(), progress != null && LearnerPlans.isDone(task, progress), false);
        };
    }

    ChangesView changes(PlanChanges changes) {
        List<Named> addedTopics = changes.addedTopicIds().stream().map(id -> new Named(id, topicTitle(id))).toList();
        List<Named> removedTopics = changes.removedTopicIds().stream().map(id -> new Named(id, topicTitle(id))).toList();
        List<Move> moved = changes.movedTopics().stream().map(this::move).toList();
        List<Named> addedResources = changes.addedResourceIds().stream().map(id -> new Named(id, resourceTitle(id))).toList();
        List<Named> removedResources = changes.removedResourceIds().stream().map(id -> new Named(id, resourceTitle(id))).toList();
        long shift = changes.endDateShiftDays();
        String summary;
        if (changes.isEmpty()) {
            summary = "Nothing changed: your plan already matches your progress.";
        } else {
            summary = (shift == 0 ? "Your plan still ends on " + changes.newEndDate()
                    : "Your plan now ends on " + changes.newEndDate() + ", " + Math.abs(shift) + " day"
                    + (Math.abs(shift) == 1 ? "" : "s") + (shift < 0 ? " sooner" : " later")) + ". "
                    + removedTopics.size() + " topic" + (removedTopics.size() == 1 ? "" : "s") + " removed, "
                    + addedTopics.size() + " added, " + moved.size() + " moved; " + removedResources.size()
                    + " resource" + (removedResources.size() == 1 ? "" : "s") + " no longer planned.";
        }
        return new ChangesView(addedTopics, removedTopics, moved, addedResources, removedResources,
                changes.previousEndDate(), changes.newEndDate(), shift, summary);
    }

    String topicTitle(String topicId) {
        return curriculum.topic(topicId).map(Topic::title).orElse(topicId);
    }

    private String resourceTitle(String resourceId) {
        return curriculum.anyResource(resourceId).map(Resource::title).orElse(resourceId);
    }

    private Move move(TopicMove move) {
        return new Move(move.topicId(), topicTitle(move.topicId()), move.previousFinish(), move.newFinish(), move.shiftDays());
    }
}
