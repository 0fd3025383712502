package org.mlready.labs.classification;

/** The model to beat, what it is, and how it scores. */
public record Baseline(String description, ClassificationResult result) {
}
