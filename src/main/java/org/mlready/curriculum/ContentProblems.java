package org.mlready.curriculum;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading content, so that one start-up reports them all. */
final class ContentProblems {

    private final List<String> problems = new ArrayList<>();

    /** Where {@link YamlEntry} readers write their problems. */
    List<String> sink() {
        return problems;
    }

    void add(String file, String entry, String what) {
        problems.add(file + ": " + (entry.isEmpty() ? "top level" : entry) + ": " + what);
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
    }
}
