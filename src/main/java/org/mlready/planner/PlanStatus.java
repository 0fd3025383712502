package org.mlready.planner;

/**
 * Whether a learner keeps pace with their plan. Hours planned in the weeks that have ended (resources, practice
 * sets and checkpoint quizzes) are compared with the planned hours of those tasks now done, plus done tasks planned
 * for later weeks (work done ahead). A practice set is done when its skills are mastered, a checkpoint when its quiz
 * is passed. The current week counts for neither side; its own progress is reported separately.
 *
 * @param state               ON_TRACK, BEHIND or AHEAD
 * @param hours               whole hours behind or ahead (0 when on track)
 * @param text                "on track", "behind by 3 hours", "ahead by 1 hour"
 * @param currentWeek         the number of the week containing today; 0 before the plan starts, and past the last
 *                            week once it is over
 * @param weekMinutesPlanned  study planned this week
 * @param weekMinutesDone     of that, finished
 */
public record PlanStatus(String state, int hours, String text, int currentWeek, int weekMinutesPlanned,
                         int weekMinutesDone) {

    public double weekHoursPlanned() {
        return weekMinutesPlanned / 60.0;
    }

    public double weekHoursDone() {
        return weekMinutesDone / 60.0;
    }

    public int weekPercent() {
        return weekMinutesPlanned == 0 ? 0 : (int) Math.floor(100.0 * weekMinutesDone / weekMinutesPlanned);
    }

    static PlanStatus of(int netMinutes, int currentWeek, int weekPlanned, int weekDone) {
        int hours = (int) Math.round(Math.abs(netMinutes) / 60.0);
        String unit = hours == 1 ? " hour" : " hours";
        if (hours == 0) {
            return new PlanStatus("ON_TRACK", 0, "on track", currentWeek, weekPlanned, weekDone);
        }
        return netMinutes < 0
                ? new PlanStatus("BEHIND", hours, "behind by " + hours + unit, currentWeek, weekPlanned, weekDone)
                : new PlanStatus("AHEAD", hours, "ahead by " + hours + unit, currentWeek, weekPlanned, weekDone);
    }
}
