package org.mlready.assessment.calibration;

import java.util.Objects;
import org.mlready.assessment.item.IrtParameters;

/**
 * An item family as calibration sees it: its topic (whose ability its responses measure) and its declared
 * parameters. The declared guessing parameter c is kept fixed; a and b are the starting values, and stay in force
 * for a family that is not calibrated.
 */
public record FamilySpec(String familyId, String topicId, IrtParameters declared) {

    public FamilySpec {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(declared, "declared");
    }
}
