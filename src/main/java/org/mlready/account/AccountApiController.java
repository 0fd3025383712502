package org.mlready.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api")
@Tag(name = "Account", description = "Sign-up and the signed-in learner's profile")
class AccountApiController {

    record ProfileView(long id, String email, String displayName, String role, String background, Integer weeklyHours) {
        static ProfileView of(Account account) {
            return new ProfileView(account.id(), account.email(), account.displayName(), account.role().name(),
                    account.background(), account.weeklyHours());
        }
    }

    private final AccountRegistration registration;
    private final Profiles profiles;

    AccountApiController(AccountRegistration registration, Profiles profiles) {
        this.registration = registration;
        this.profiles = profiles;
    }

    @PostMapping("/signup")
    @Operation(summary = "Open a learner account", description = "Public. Then authenticate with HTTP Basic (email, password).")
    ResponseEntity<ProfileView> signUp(@Valid @RequestBody SignUp signUp) {
        try {
            Account account = registration.register(signUp);
            return ResponseEntity.created(URI.create("/api/me/profile")).body(ProfileView.of(account));
        } catch (SignUpRejectedException rejected) {
            HttpStatus status = rejected.field().equals("email") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            throw new ResponseStatusException(status, rejected.getMessage());
        }
    }

    @GetMapping("/me/profile")
    @Operation(summary = "The signed-in learner's profile")
    ProfileView profile(@AuthenticationPrincipal AccountUser user) {
        return ProfileView.of(profiles.get(user.id()));
    }

    @PutMapping("/me/profile")
    @Operation(summary = "Change display name, background (a pathway id) and weekly hours (1-80)")
    ProfileView update(@AuthenticationPrincipal AccountUser user, @Valid @RequestBody ProfileUpdate update) {
        return ProfileView.of(profiles.update(user.id(), update));
    }
}
