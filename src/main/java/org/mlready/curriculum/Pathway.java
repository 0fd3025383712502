package org.mlready.curriculum;

import java.util.List;
import java.util.Map;

/**
 * A personalised learning pathway for one learner background, with the seed's week range.
 *
 * @param supportedTopicIds for each of the pathway's own resources (by id), the topics it serves, in curriculum
 *                          order: its {@code supports} list, or every topic of the pathway's emphasis areas when the
 *                          content gives none
 */
public record Pathway(String id, String title, String background, int minWeeks, int maxWeeks,
                     List<String> focus, List<String> emphasisAreaIds, List<Resource> resources,
                     Map<String, List<String>> supportedTopicIds) {

    public Pathway {
        focus = List.copyOf(focus);
        emphasisAreaIds = List.copyOf(emphasisAreaIds);
        resources = List.copyOf(resources);
        supportedTopicIds = Map.copyOf(supportedTopicIds);
    }

    /** The topics one of this pathway's resources serves (empty for a resource of another pathway). */
    public List<String> topicsSupportedBy(String resourceId) {
        return supportedTopicIds.getOrDefault(resourceId, List.of());
    }
}
