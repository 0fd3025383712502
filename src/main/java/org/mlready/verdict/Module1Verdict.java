package org.mlready.verdict;

import java.util.List;

/**
 * Whether a learner is ready for Module 1: ML Fundamentals, topic by topic, with the evidence and what to do next.
 *
 * @param areas every area with its topics, in curriculum order
 * @param missing the topics not yet demonstrated, in prerequisite order (each after the topics it builds on)
 */
public record Module1Verdict(Overall status, String headline, int demonstrated, int total, List<AreaVerdict> areas,
                             List<TopicVerdict> missing) {

    public Module1Verdict {
        areas = List.copyOf(areas);
        missing = List.copyOf(missing);
    }

    public boolean ready() {
        return status == Overall.READY;
    }

    public enum Overall {
        READY, NOT_YET
    }

    public enum TopicStatus {
        DEMONSTRATED("Demonstrated"),
        STUDIED_NOT_DEMONSTRATED("Studied, not yet demonstrated"),
        NOT_DEMONSTRATED("Not yet demonstrated");

        private final String label;

        TopicStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Source {
        READINESS_CHECK, PRACTICE, LAB
    }

    public record AreaVerdict(String areaId, String title, int demonstrated, List<TopicVerdict> topics) {

        public AreaVerdict {
            topics = List.copyOf(topics);
        }
    }

    public record TopicVerdict(String topicId, String title, String areaId, TopicStatus status, List<Evidence> evidence,
                               List<NextAction> next) {

        public TopicVerdict {
            evidence = List.copyOf(evidence);
            next = List.copyOf(next);
        }

        public boolean demonstrated() {
            return status == TopicStatus.DEMONSTRATED;
        }
    }

    /** One measurement about a topic; {@code shows} says whether it meets the rule's bar on its own. */
    public record Evidence(Source source, boolean shows, String text) {
    }

    public record NextAction(String label, String href) {
    }
}
