package org.mlready.progress;

/**
 * The one-line answer to "am I ready for Module 1?" that the dashboard shows. Provided by the module that decides
 * it (which builds on progress, so progress asks through this interface instead of depending on it).
 */
public interface Module1Outlook {

    Line line(long accountId);

    /**
     * @param latestCheckId  the learner's latest finished readiness check, or null when they have not finished one
     * @param latestCheckDay the day (UTC) that check finished, or null
     */
    record Line(boolean ready, int demonstrated, int total, Long latestCheckId, java.time.LocalDate latestCheckDay) {

        public int missing() {
            return total - demonstrated;
        }
    }
}
