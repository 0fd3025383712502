package org.mlready.assessment.cat;

import java.util.List;
import java.util.Optional;

/** The state of a test's verdicts: one result per topic in curriculum order; the stop reason once finished. */
public record TestResult(List<TopicResult> topics, int length, Optional<StopReason> stopReason) {

    public TestResult {
        topics = List.copyOf(topics);
    }

    public boolean finished() {
        return stopReason.isPresent();
    }

    public Optional<TopicResult> topic(String topicId) {
        return topics.stream().filter(t -> t.topicId().equals(topicId)).findFirst();
    }
}
