package org.mlready.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The editable part of a learner's profile. {@code background} is the id of one of the seed's pathways. */
public record ProfileUpdate(
        @NotBlank(message = "Display name is required.")
        @Size(max = 80, message = "Display name must be at most 80 characters.") String displayName,
        @NotBlank(message = "Choose a background.") String background,
        @NotNull(message = "Weekly hours are required.") @Min(value = 1, message = "Weekly hours must be at least 1.")
        @Max(value = 80, message = "Weekly hours must be at most 80.") Integer weeklyHours) {
}
