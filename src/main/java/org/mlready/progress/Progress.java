package org.mlready.progress;

import java.util.Map;
import java.util.Set;

/** What one learner has recorded: resources done, topics studied, confidence (1-5) per skill. */
public record Progress(Set<String> completedResources, Set<String> studiedTopics, Map<String, Integer> skillConfidence) {

    public Progress {
        completedResources = Set.copyOf(completedResources);
        studiedTopics = Set.copyOf(studiedTopics);
        skillConfidence = Map.copyOf(skillConfidence);
    }

    public static Progress empty() {
        return new Progress(Set.of(), Set.of(), Map.of());
    }
}
