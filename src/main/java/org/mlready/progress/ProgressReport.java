package org.mlready.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mlready.curriculum.Area;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Resource;
import org.mlready.curriculum.Topic;

/**
 * Where a learner stands, derived from their {@link Progress}. A topic counts as done when the learner marked it
 * studied or finished all its resources; otherwise it is done in proportion to the hours of its finished
 * resources. Percentages weigh topics by their study hours, and hours left are the hours of unfinished
 * resources in topics not yet done.
 */
public record ProgressReport(int percentComplete, int hoursDone, int hoursLeft, List<AreaProgress> areas,
                             List<TopicProgress> topics, List<NextStep> next) {

    public record AreaProgress(String areaId, String title, int percent, int hoursDone, int hoursTotal) {
    }

    public record TopicProgress(String topicId, String title, String areaId, boolean done, int percent,
                                int hoursDone, int hoursTotal) {
    }

    /** A topic whose prerequisites are all done, with the first resource still to study in it. */
    public record NextStep(String topicId, String topicTitle, String resourceId, String resourceTitle, int hoursLeft) {
    }

    public static ProgressReport of(Curriculum curriculum, Progress progress, List<String> emphasisAreaIds) {
        List<TopicProgress> topics = new ArrayList<>();
        for (Topic topic : curriculum.topics()) {
            topics.add(topicProgress(topic, progress));
        }
        List<AreaProgress> areas = new ArrayList<>();
        for (Area area : curriculum.studyAreas()) {
            int done = topics.stream().filter(t -> t.areaId().equals(area.id())).mapToInt(TopicProgress::hoursDone).sum();
            int total = area.hours();
            areas.add(new AreaProgress(area.id(), area.title(), percent(done, total), done, total));
        }
        int done = topics.stream().mapToInt(TopicProgress::hoursDone).sum();
        int total = curriculum.totalHours();
        return new ProgressReport(percent(done, total), done, total - done, areas, topics,
                nextSteps(curriculum, progress, topics, emphasisAreaIds));
    }

    private static TopicProgress topicProgress(Topic topic, Progress progress) {
        int total = topic.hours();
        int finished = topic.resources().stream()
                .filter(r -> progress.completedResources().contains(r.id())).mapToInt(Resource::hours).sum();
        boolean done = progress.studiedTopics().contains(topic.id()) || finished == total;
        int hoursDone = done ? total : finished;
        return new TopicProgress(topic.id(), topic.title(), topic.areaId(), done, percent(hoursDone, total), hoursDone, total);
    }

    private static List<NextStep> nextSteps(Curriculum curriculum, Progress progress, List<TopicProgress> topics,
                                            List<String> emphasisAreaIds) {
        Set<String> done = new java.util.HashSet<>();
        topics.stream().filter(TopicProgress::done).forEach(t -> done.add(t.topicId()));
        List<String> order = curriculum.graph().order();
        List<Topic> ready = new ArrayList<>();
        for (String id : order) {
            if (!done.contains(id) && done.containsAll(curriculum.graph().prerequisitesOf(id))) {
                ready.add(curriculum.topic(id).orElseThrow());
            }
        }
        // A background's emphasised areas come first; within that, topics already started, then graph order.
        ready.sort(Comparator
                .comparing((Topic t) -> emphasisAreaIds.isEmpty() || emphasisAreaIds.contains(t.areaId()) ? 0 : 1)
                .thenComparing(t -> started(t, progress) ? 0 : 1)
                .thenComparing(t -> order.indexOf(t.id())));
        List<NextStep> next = new ArrayList<>();
        for (Topic topic : ready.subList(0, Math.min(3, ready.size()))) {
            Resource resource = topic.resources().stream()
                    .filter(r -> !progress.completedResources().contains(r.id())).findFirst().orElse(null);
            int left = topic.resources().stream()
                    .filter(r -> !progress.completedResources().contains(r.id())).mapToInt(Resource::hours).sum();
            next.add(new NextStep(topic.id(), topic.title(), resource == null ? null : resource.id(),
                    resource == null ? null : resource.title(), left));
        }
        return next;
    }

    private static boolean started(Topic topic, Progress progress) {
        return topic.resources().stream().anyMatch(r -> progress.completedResources().contains(r.id()));
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.floor(100.0 * part / whole);
    }
}
