package org.mlready.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The profile page's form. */
public class ProfileForm {

    @NotBlank(message = "Display name is required.")
    @Size(max = 80, message = "Display name must be at most 80 characters.")
    private String displayName = "";

    @NotBlank(message = "Choose a background.")
    private String background = "";

    @NotNull(message = "Weekly hours are required.")
    @Min(value = 1, message = "Weekly hours must be at least 1.")
    @Max(value = 80, message = "Weekly hours must be at most 80.")
    private Integer weeklyHours = 10;

    static ProfileForm of(Account account) {
        ProfileForm form = new ProfileForm();
        form.displayName = account.displayName();
        form.background = account.background() == null ? "" : account.background();
        form.weeklyHours = account.weeklyHours() == null ? 10 : account.weeklyHours();
        return form;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public Integer getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(Integer weeklyHours) {
        this.weeklyHours = weeklyHours;
    }

    ProfileUpdate toUpdate() {
        return new ProfileUpdate(displayName, background, weeklyHours);
    }
}
