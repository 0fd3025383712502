package org.mlready.progress;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one learner has recorded: resources done, topics studied, confidence (1-5) per skill, the checkpoint
 * quizzes passed (each as its {@link #checkpointKey(Collection) key}: the sorted topic ids, comma-separated), and the
 * skills practice has brought to mastery ({@link KnowledgeTracing#MASTERED}).
 */
public record Progress(Set<String> completedResources, Set<String> studiedTopics, Map<String, Integer> skillConfidence,
                       Set<String> passedCheckpoints, Set<String> masteredSkills) {

    public Progress {
        completedResources = Set.copyOf(completedResources);
        studiedTopics = Set.copyOf(studiedTopics);
        skillConfidence = Map.copyOf(skillConfidence);
        passedCheckpoints = Set.copyOf(passedCheckpoints);
        masteredSkills = Set.copyOf(masteredSkills);
    }

    public Progress(Set<String> completedResources, Set<String> studiedTopics, Map<String, Integer> skillConfidence,
                    Set<String> passedCheckpoints) {
        this(completedResources, studiedTopics, skillConfidence, passedCheckpoints, Set.of());
    }

    public Progress(Set<String> completedResources, Set<String> studiedTopics, Map<String, Integer> skillConfidence) {
        this(completedResources, studiedTopics, skillConfidence, Set.of(), Set.of());
    }

    public static Progress empty() {
        return new Progress(Set.of(), Set.of(), Map.of());
    }

    /** A checkpoint's key: its topic ids, without repeats, sorted and joined with commas. */
    public static String checkpointKey(Collection<String> topicIds) {
        return String.join(",", new TreeSet<>(topicIds));
    }

    /** Whether the learner has passed a checkpoint quiz on exactly these topics. */
    public boolean passedCheckpoint(Collection<String> topicIds) {
        return !topicIds.isEmpty() && passedCheckpoints.contains(checkpointKey(topicIds));
    }
}
