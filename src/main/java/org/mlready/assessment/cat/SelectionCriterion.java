package org.mlready.assessment.cat;

/** How candidate items are scored (docs/readiness-model.md, "Selection"). */
public enum SelectionCriterion {
    /** Mutual information between the response and the topic's mastery indicator {@code θ_t ≥ cut}. */
    MASTERY_INFORMATION,
    /**
     * Mastery information about the item's own topic plus, for every other undecided topic s, the Gaussian
     * information the response carries about θ_t scaled by the squared posterior correlation of θ_s and θ_t. Items of
     * already decided topics stay eligible when they inform undecided neighbours.
     */
    MASTERY_INFORMATION_SPREAD,
    /**
     * The expected reduction of the summed entropy of every topic's mastery indicator: exact on the grid for the
     * item's own topic, through the Gaussian (EP) joint posterior for all others. Items of decided topics stay
     * eligible for what they tell about undecided ones.
     */
    JOINT_MASTERY_INFORMATION,
    /** Fisher information at the topic's current EAP (the classic rule, kept for comparison). */
    FISHER_AT_EAP
}
