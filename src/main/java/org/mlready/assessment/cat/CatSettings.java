package org.mlready.assessment.cat;

/**
 * Tuning of the adaptive test.
 *
 * @param cut                ability at and above which a topic counts as mastered
 * @param masteredThreshold  a topic is decided "mastered" when {@code P(θ ≥ cut) ≥} this
 * @param notYetThreshold    a topic is decided "not yet" when {@code P(θ ≥ cut) ≤} this
 * @param minLength          never stop before this many answers
 * @param maxLength          always stop at this many answers
 * @param randomesque        pick uniformly among this many best-scoring items (at most one per family)
 * @param minItemsPerTopic   a topic with fewer own answers than this is never considered decided
 * @param criterion          how candidate items are scored
 * @param grid               quadrature grid of every topic's posterior
 * @param exposureControl    Sympson-Hetter parameters per family id: the chance that a family picked by the
 *                           randomesque draw is really administered (missing families: 1); see
 *                           docs/readiness-model.md, "Exposure control"
 */
public record CatSettings(double cut, double masteredThreshold, double notYetThreshold, int minLength, int maxLength,
                          int randomesque, int minItemsPerTopic, SelectionCriterion criterion, QuadratureGrid grid,
                          java.util.Map<String, Double> exposureControl) {

    public CatSettings {
        if (!(notYetThreshold < 0.5 && masteredThreshold > 0.5 && notYetThreshold > 0 && masteredThreshold < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < notYet < 0.5 < mastered < 1");
        }
        if (minLength < 0 || maxLength < 1 || minLength > maxLength || randomesque < 1 || minItemsPerTopic < 0) {
            throw new IllegalArgumentException("invalid lengths or randomesque size");
        }
        java.util.Objects.requireNonNull(criterion, "criterion");
        java.util.Objects.requireNonNull(grid, "grid");
        exposureControl = java.util.Map.copyOf(exposureControl);
        if (exposureControl.values().stream().anyMatch(k -> !(k > 0 && k <= 1))) {
            throw new IllegalArgumentException("exposure control parameters must be in (0, 1]");
        }
    }

    /** The settings the simulation tuned (docs/readiness-model.md, "Stopping" and "Simulation"). */
    public static CatSettings defaults() {
        return new CatSettings(0.0, 0.9, 0.1, 0, 40, 5, 0, SelectionCriterion.MASTERY_INFORMATION_SPREAD,
                QuadratureGrid.standard(), java.util.Map.of());
    }

    public CatSettings withThresholds(double mastered, double notYet) {
        return new CatSettings(cut, mastered, notYet, minLength, maxLength, randomesque, minItemsPerTopic, criterion, grid, exposureControl);
    }

    public CatSettings withLengths(int min, int max) {
        return new CatSettings(cut, masteredThreshold, notYetThreshold, min, max, randomesque, minItemsPerTopic, criterion, grid, exposureControl);
    }

    public CatSettings withRandomesque(int k) {
        return new CatSettings(cut, masteredThreshold, notYetThreshold, minLength, maxLength, k, minItemsPerTopic, criterion, grid, exposureControl);
    }

    public CatSettings withMinItemsPerTopic(int min) {
        return new CatSettings(cut, masteredThreshold, notYetThreshold, minLength, maxLength, randomesque, min, criterion, grid, exposureControl);
    }

    public CatSettings withCriterion(SelectionCriterion c) {
        return new CatSettings(cut, masteredThreshold, notYetThreshold, minLength, maxLength, randomesque, minItemsPerTopic, c, grid, exposureControl);
    }

    public CatSettings withExposureControl(java.util.Map<String, Double> parameters) {
        return new CatSettings(cut, masteredThreshold, notYetThreshold, minLength, maxLength, randomesque, minItemsPerTopic, criterion, grid, parameters);
    }

    /** The Sympson-Hetter parameter of a family (1 when not controlled). */
    public double exposureParameter(String familyId) {
        return exposureControl.getOrDefault(familyId, 1.0);
    }

    /** The status a probability of mastery maps to. */
    public MasteryStatus statusOf(double pMastered) {
        return pMastered >= masteredThreshold ? MasteryStatus.MASTERED
                : pMastered <= notYetThreshold ? MasteryStatus.NOT_YET : MasteryStatus.UNCERTAIN;
    }
}
