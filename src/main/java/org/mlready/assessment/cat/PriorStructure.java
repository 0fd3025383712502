package org.mlready.assessment.cat;

/**
 * How topic abilities hang together (see docs/readiness-model.md, "Prior"). Each topic's own part is
 * {@code z_t = √general·G + √area·A_area(t) + √(1-general-area)·ε_t}; a topic with prerequisites mixes the
 * standardised sum of its prerequisites' abilities with weight {@code prerequisite} and its own part with weight
 * {@code √(1-prerequisite²)}; every ability is then scaled to unit variance.
 */
public record PriorStructure(double general, double area, double prerequisite) {

    public PriorStructure {
        if (general < 0 || area < 0 || general + area >= 1 || prerequisite < 0 || prerequisite >= 1) {
            throw new IllegalArgumentException("invalid prior structure " + general + ", " + area + ", " + prerequisite);
        }
    }

    public static PriorStructure defaults() {
        return new PriorStructure(0.3, 0.2, 0.6);
    }
}
