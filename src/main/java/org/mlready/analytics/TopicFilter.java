package org.mlready.analytics;

import org.mlready.curriculum.Curriculum;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Validates the topic filter of the statistics page and API: empty means all topics, an unknown topic is a 400. */
@Component
class TopicFilter {

    private final Curriculum curriculum;

    TopicFilter(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    String checked(String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        if (curriculum.topic(topic).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "There is no topic called '" + topic + "'.");
        }
        return topic;
    }
}
