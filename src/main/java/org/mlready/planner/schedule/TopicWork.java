package org.mlready.planner.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mlready.curriculum.Resource;
import org.mlready.curriculum.Topic;

/**
 * The sessions of one topic for one learner: resources filling the topic's budget, then the topic's practice set.
 * Resource work is cut into sittings of at most two hours so that interleaved topics can alternate; the week packer
 * joins a resource's sittings again within a week.
 */
final class TopicWork {

    static final int PRACTICE_MINUTES = 60;
    static final int SITTING_MINUTES = 120;

    private TopicWork() {
    }

    /**
     * @param budgetMinutes      the topic's budget with nothing mastered
     * @param openSkillIds       the topic's skills not yet mastered (not empty)
     * @param completedResources resources already studied
     */
    static List<StudyTask> sessions(Topic topic, int budgetMinutes, List<String> openSkillIds,
                                    Set<String> completedResources) {
        int budget = budgetMinutes;
        if (openSkillIds.size() < topic.skills().size()) {
            budget = StudyBudget.ceilToSlot((double) budgetMinutes * openSkillIds.size() / topic.skills().size());
        }
        List<Resource> remaining = new ArrayList<>();
        for (Resource resource : topic.resources()) {
            if (completedResources.contains(resource.id())) {
                budget -= resource.hours() * 60;
            } else {
                remaining.add(resource);
            }
        }
        remaining.sort(Comparator.comparingInt(Resource::hours)); // stable: ties keep curriculum order
        List<StudyTask> sessions = new ArrayList<>();
        for (Resource resource : remaining) {
            if (budget <= 0) {
                break;
            }
            int minutes = Math.min(budget, resource.hours() * 60);
            budget -= minutes;
            for (int left = minutes; left > 0; left -= SITTING_MINUTES) {
                sessions.add(StudyTask.resource(topic.id(), openSkillIds, resource.id(), Math.min(left, SITTING_MINUTES)));
            }
        }
        sessions.add(StudyTask.practice(topic.id(), openSkillIds, PRACTICE_MINUTES));
        return sessions;
    }

    /** A pathway resource studied as the opening of a topic, in sittings like the topic's own resources. */
    static List<StudyTask> pathwayOpening(String topicId, List<String> openSkillIds, String resourceId, int minutes) {
        List<StudyTask> sittings = new ArrayList<>();
        for (int left = minutes; left > 0; left -= SITTING_MINUTES) {
            sittings.add(StudyTask.pathwayResource(topicId, openSkillIds, resourceId, Math.min(left, SITTING_MINUTES)));
        }
        return sittings;
    }
}
