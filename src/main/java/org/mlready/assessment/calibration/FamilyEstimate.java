package org.mlready.assessment.calibration;

import org.mlready.assessment.item.IrtParameters;

/**
 * The outcome for one family: {@code calibrated} parameters (a, b estimated, c the declared value) or, when the
 * family did not qualify, the declared parameters and the reason.
 */
public record FamilyEstimate(String familyId, String topicId, int responses, int correct, boolean calibrated,
                             IrtParameters parameters, String reason) {
}
