package org.mlready.labs.eda;

/** Whether one answer is right, with a hint when it is not (never the expected value). */
public record AnswerResult(String questionId, boolean correct, String feedback) {
}
