package org.mlready.curriculum;

import java.util.List;

public record Area(String id, String title, String summary, int order, List<Topic> topics) {

    public Area {
        topics = List.copyOf(topics);
    }

    public int hours() {
        return topics.stream().mapToInt(Topic::hours).sum();
    }

    public boolean isPathwaysArea() {
        return topics.isEmpty();
    }
}
