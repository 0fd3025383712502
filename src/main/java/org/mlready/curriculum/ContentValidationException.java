package org.mlready.curriculum;

import java.util.List;

/** Content that cannot be loaded; each problem names the file, the entry and what is wrong. */
public class ContentValidationException extends RuntimeException {

    private final List<String> problems;

    public ContentValidationException(List<String> problems) {
        super("Invalid curriculum content (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
