package org.mlready.labs;

import java.util.List;

/**
 * A submission that cannot be graded (wrong columns, missing ids, NaN, ...). It must be shown to the learner and must
 * not count as an attempt. Holds at most {@link #MAX_LISTED} problems; {@link #totalProblems()} says how many there were.
 */
public final class SubmissionRejected extends RuntimeException {

    public static final int MAX_LISTED = 10;

    private final transient List<UploadProblem> problems;
    private final int totalProblems;

    public SubmissionRejected(List<UploadProblem> problems, int totalProblems) {
        super(summary(problems, totalProblems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        this.problems = List.copyOf(problems.subList(0, Math.min(MAX_LISTED, problems.size())));
        this.totalProblems = Math.max(totalProblems, problems.size());
    }

    public static SubmissionRejected because(UploadProblem problem) {
        return new SubmissionRejected(List.of(problem), 1);
    }

    public List<UploadProblem> problems() {
        return problems;
    }

    public int totalProblems() {
        return totalProblems;
    }

    private static String summary(List<UploadProblem> problems, int total) {
        StringBuilder text = new StringBuilder("Submission rejected (not counted as an attempt):");
        problems.stream().limit(MAX_LISTED).forEach(p -> text.append("\n- ").append(p.describe()));
        int unlisted = Math.max(total, problems.size()) - Math.min(MAX_LISTED, problems.size());
        if (unlisted > 0) {
            text.append("\n... and ").append(unlisted).append(" more problem").append(unlisted == 1 ? "" : "s");
        }
        return text.toString();
    }
}
