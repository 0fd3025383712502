package org.mlready.planner.schedule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Pathway;

/**
 * How a background treats the curriculum's areas.
 *
 * @param emphasised  the pathway's emphasis areas, read from the curriculum
 * @param reviewed    areas the background already knows and only reviews: mathematics for maths/statistics
 *                    graduates, programming for software engineers (the seed says so in prose only, so the pairing
 *                    is kept here by pathway id)
 * @param interleaved areas studied side by side, alternating sessions: mathematics and programming for complete
 *                    beginners ("start with mathematics and programming simultaneously")
 */
record BackgroundAreas(Set<String> emphasised, Set<String> reviewed, List<String> interleaved) {

    static final String MATHS = "mathematical-foundations";
    static final String PROGRAMMING = "programming-software-development";

    private static final Map<String, List<String>> REVIEWED_BY_PATHWAY = Map.of(
            "maths-statistics", List.of(MATHS),
            "software-engineering", List.of(PROGRAMMING));
    private static final Map<String, List<String>> INTERLEAVED_BY_PATHWAY = Map.of(
            "beginner", List.of(MATHS, PROGRAMMING));

    BackgroundAreas {
        emphasised = Set.copyOf(emphasised);
        reviewed = Set.copyOf(reviewed);
        interleaved = List.copyOf(interleaved);
    }

    static BackgroundAreas of(Curriculum curriculum, Pathway pathway) {
        List<String> reviewed = REVIEWED_BY_PATHWAY.getOrDefault(pathway.id(), List.of()).stream()
                .filter(area -> curriculum.area(area).isPresent() && !pathway.emphasisAreaIds().contains(area))
                .toList();
        List<String> interleaved = INTERLEAVED_BY_PATHWAY.getOrDefault(pathway.id(), List.of()).stream()
                .filter(area -> curriculum.area(area).isPresent())
                .toList();
        return new BackgroundAreas(Set.copyOf(pathway.emphasisAreaIds()), Set.copyOf(reviewed),
                interleaved.size() < 2 ? List.of() : interleaved);
    }

    static final double EMPHASIS_WEIGHT = 1.0;
    static final double OTHER_WEIGHT = 0.25;
    static final double REVIEW_WEIGHT = 0.125;

    /** The share of a topic's resource hours this background plans, before scaling: 1, 1/4 or 1/8. */
    double weightOf(String areaId) {
        if (emphasised.contains(areaId)) {
            return EMPHASIS_WEIGHT;
        }
        return reviewed.contains(areaId) ? REVIEW_WEIGHT : OTHER_WEIGHT;
    }
}
