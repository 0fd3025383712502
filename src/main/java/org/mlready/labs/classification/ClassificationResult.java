package org.mlready.labs.classification;

import org.mlready.labs.metrics.ClassificationScore;

/** A submission scored separately on the public half of the test set (shown) and the private half (revealed later). */
public record ClassificationResult(ClassificationScore publicScore, ClassificationScore privateScore) {
}
