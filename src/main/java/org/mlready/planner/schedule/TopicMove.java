package org.mlready.planner.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A topic that a re-plan finishes at least a week earlier or later: the last days of the weeks it ends in. */
public record TopicMove(String topicId, LocalDate previousFinish, LocalDate newFinish) {

    public long shiftDays() {
        return ChronoUnit.DAYS.between(previousFinish, newFinish);
    }

    public boolean later() {
        return shiftDays() > 0;
    }
}
