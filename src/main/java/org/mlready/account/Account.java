package org.mlready.account;

import java.time.Instant;

/** A stored account; the password hash never leaves the account module. */
public record Account(long id, String email, String displayName, Role role, String background, Integer weeklyHours,
                      Instant createdAt) {

    public boolean hasChosenBackground() {
        return background != null && weeklyHours != null;
    }
}
