package org.mlready.assessment.calibration;

import java.util.List;
import java.util.Optional;

/**
 * A calibration: one estimate per family given, the number of responses and (learner, topic) abilities used, the
 * largest number of EM iterations any topic needed, whether every topic converged, and the log marginal posterior
 * (log marginal likelihood plus log prior, up to constants) at the end.
 */
public record CalibrationResult(List<FamilyEstimate> families, int responses, int learnerTopics, int iterations,
                                boolean converged, double logPosterior) {

    public CalibrationResult {
        families = List.copyOf(families);
    }

    public Optional<FamilyEstimate> family(String familyId) {
        return families.stream().filter(f -> f.familyId().equals(familyId)).findFirst();
    }

    public List<FamilyEstimate> calibrated() {
        return families.stream().filter(FamilyEstimate::calibrated).toList();
    }
}
