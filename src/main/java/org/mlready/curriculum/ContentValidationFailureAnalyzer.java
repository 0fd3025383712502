package org.mlready.curriculum;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns invalid content into a short start-up report instead of a stack trace. */
class ContentValidationFailureAnalyzer extends AbstractFailureAnalyzer<ContentValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentValidationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the named entries in the content files (see content/README.md for their format) and start again.",
                cause);
    }
}
