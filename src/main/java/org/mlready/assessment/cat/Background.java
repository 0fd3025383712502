package org.mlready.assessment.cat;

import java.util.Map;

/**
 * The three learner backgrounds of the curriculum's pathways, each with an assumed mean ability per area (in units of
 * the within-background standard deviation). These means are modelling assumptions, not calibrated values; they set
 * the prior of a learner who declared the background and generate the simulated learners.
 */
public enum Background {
    MATHS_STATISTICS("maths-statistics", -0.3, Map.of(
            "mathematical-foundations", 0.8, "programming-software-development", -0.3,
            "data-science-analytics", 0.3, "machine-learning-theory", 0.0, "deep-learning", -0.4,
            "data-engineering-infrastructure", -0.6, "cloud-mlops", -0.8,
            "research-academic-skills", 0.4, "assessment-readiness", -0.3)),
    SOFTWARE_ENGINEERING("software-engineering", -0.3, Map.of(
            "mathematical-foundations", -0.6, "programming-software-development", 0.9,
            "data-science-analytics", -0.2, "machine-learning-theory", -0.4, "deep-learning", -0.5,
            "data-engineering-infrastructure", 0.5, "cloud-mlops", 0.6,
            "research-academic-skills", -0.7, "assessment-readiness", -0.3)),
    BEGINNER("beginner", -1.2, Map.of(
            "mathematical-foundations", -0.9, "programming-software-development", -0.8,
            "data-science-analytics", -1.1, "machine-learning-theory", -1.3, "deep-learning", -1.5,
            "data-engineering-infrastructure", -1.2, "cloud-mlops", -1.4,
            "research-academic-skills", -1.2, "assessment-readiness", -1.5));

    private final String pathwayId;
    private final double otherAreas;
    private final Map<String, Double> areaMeans;

    Background(String pathwayId, double otherAreas, Map<String, Double> areaMeans) {
        this.pathwayId = pathwayId;
        this.otherAreas = otherAreas;
        this.areaMeans = areaMeans;
    }

    /** The id of the matching pathway in content/curriculum/pathways.yaml. */
    public String pathwayId() {
        return pathwayId;
    }

    /** Assumed mean ability of this background in an area (areas not listed get a background-wide default). */
    public double meanFor(String areaId) {
        return areaMeans.getOrDefault(areaId, otherAreas);
    }

    public static java.util.Optional<Background> ofPathway(String pathwayId) {
        for (Background b : values()) {
            if (b.pathwayId.equals(pathwayId)) {
                return java.util.Optional.of(b);
            }
        }
        return java.util.Optional.empty();
    }
}
