package org.mlready.analytics;

import java.util.List;
import org.mlready.assessment.item.IrtParameters;

/**
 * Statistics of one item family. Responses are the readable readiness, practice and checkpoint quiz
 * answers; proportions are null
 * when there is nothing to divide by. {@code calibrated} is null when the latest calibration run did not estimate
 * this family.
 */
public record FamilyStatistics(String familyId, String topicId, String topicTitle, String skillId, String skillTitle,
                               int readinessResponses, int practiceResponses, int checkpointResponses, int correct, Double proportionCorrect,
                               int readinessAnswers, Double proportionDontKnow, Double pointBiserial,
                               int pointBiserialLearners, int checksAsked, Double exposure, IrtParameters declared,
                               Calibration calibrated, List<String> flags) {

    public record Calibration(double a, double b, double c, int responses, long runId) {
    }

    public int responses() {
        return readinessResponses + practiceResponses + checkpointResponses;
    }
}
