package org.mlready.curriculum;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading content, so that one start-up reports them all. */
final class ContentProblems {

    private final List<String> problems = new ArrayList<>();

    void add(String file, String entry, String what) {
        problems.add(file + ": " + (entry.isEmpty() ? "top level" : entry) + ": " + what);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
    }
}
