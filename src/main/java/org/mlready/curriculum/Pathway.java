package org.mlready.curriculum;

import java.util.List;

/** A personalised learning pathway for one learner background, with the seed's week range. */
public record Pathway(String id, String title, String background, int minWeeks, int maxWeeks,
                     List<String> focus, List<String> emphasisAreaIds, List<Resource> resources) {

    public Pathway {
        focus = List.copyOf(focus);
        emphasisAreaIds = List.copyOf(emphasisAreaIds);
        resources = List.copyOf(resources);
    }
}
