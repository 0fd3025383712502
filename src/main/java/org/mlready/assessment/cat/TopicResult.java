package org.mlready.assessment.cat;

import java.util.List;

/**
 * The verdict on one topic: status, probability of mastery, ability estimate (EAP and posterior SD), how many of the
 * topic's own items were answered, and the answers that moved this topic's probability most (largest first).
 */
public record TopicResult(String topicId, String areaId, MasteryStatus status, double pMastered, double eap, double sd,
                          int itemsAnswered, List<ItemInfluence> drivers) {

    public TopicResult {
        drivers = List.copyOf(drivers);
    }
}
