package org.mlready.assessment.calibration;

/** One scored response used for calibration: a learner's first qualifying answer to a family. */
public record Observation(long learnerId, String familyId, boolean correct) {
}
