package org.mlready.labs.upload;

import java.util.ArrayList;
import java.util.List;
import org.mlready.labs.SubmissionRejected;
import org.mlready.labs.UploadProblem;

/** Collects the problems of one upload, keeping the first few and counting all of them. */
final class ProblemList {

    private final List<UploadProblem> kept = new ArrayList<>();
    private int total;

    void add(UploadProblem problem) {
        total++;
        if (kept.size() < SubmissionRejected.MAX_LISTED) {
            kept.add(problem);
        }
    }

    /** Appends the problems of {@code later}, counting also those it did not keep. */
    void addAll(ProblemList later) {
        for (UploadProblem problem : later.kept) {
            if (kept.size() < SubmissionRejected.MAX_LISTED) {
                kept.add(problem);
            }
        }
        total += later.total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    void throwIfAny() {
        if (total > 0) {
            throw new SubmissionRejected(kept, total);
        }
    }
}
