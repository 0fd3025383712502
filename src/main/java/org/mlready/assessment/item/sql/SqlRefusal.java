package org.mlready.assessment.item.sql;

/** The query was not run or failed; {@code message} is one line the learner can act on. */
public record SqlRefusal(String message) implements SqlRun {
}
