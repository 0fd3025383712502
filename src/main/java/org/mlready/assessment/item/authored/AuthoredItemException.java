package org.mlready.assessment.item.authored;

import java.util.List;

/** Authored items that cannot be loaded; each problem names the file, the item and what is wrong. */
public class AuthoredItemException extends RuntimeException {

    private final List<String> problems;

    public AuthoredItemException(List<String> problems) {
        super("Invalid authored items (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
