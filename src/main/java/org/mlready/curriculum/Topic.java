package org.mlready.curriculum;

import java.util.List;

public record Topic(String id, String title, String summary, String areaId, List<Skill> skills,
                    List<Resource> resources) {

    public Topic {
        skills = List.copyOf(skills);
        resources = List.copyOf(resources);
    }

    /** Study hours a learner should plan for the topic: the sum of its resources' estimates. */
    public int hours() {
        return resources.stream().mapToInt(Resource::hours).sum();
    }
}
