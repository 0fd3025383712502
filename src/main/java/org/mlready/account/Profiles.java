package org.mlready.account;

import java.util.List;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Pathway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Reading and changing an account's profile: display name, background (pathway) and weekly hours. */
@Service
public class Profiles {

    private final Accounts accounts;
    private final Curriculum curriculum;

    Profiles(Accounts accounts, Curriculum curriculum) {
        this.accounts = accounts;
        this.curriculum = curriculum;
    }

    public Account get(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such account."));
    }

    @Transactional
    public Account update(long accountId, ProfileUpdate update) {
        if (curriculum.pathway(update.background()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown background '" + update.background()
                    + "'; expected one of " + String.join(", ", backgrounds().stream().map(Pathway::id).toList()) + ".");
        }
        get(accountId);
        accounts.updateProfile(accountId, update.displayName().strip(), update.background(), update.weeklyHours());
        return get(accountId);
    }

    public List<Pathway> backgrounds() {
        return curriculum.pathways();
    }
}
