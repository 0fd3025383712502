package org.mlready.planner;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates typed by people or scripts, read strictly (ISO, YYYY-MM-DD) with a message that says what was wrong. */
final class PlanDates {

    private PlanDates() {
    }

    static Optional<LocalDate> parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            throw LearnerPlans.badRequest(field + " must be a date written YYYY-MM-DD, such as 2026-09-07, not '" + shown + "'.");
        }
    }
}
