package org.mlready.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.http.HttpHeaders;
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
@RequestMapping("/api/me")
@Tag(name = "Account", description = "Sign-up and the signed-in learner's profile")
class AccountSettingsApiController {

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record Deletion(String password) {
    }

    record PasswordChanged(int otherSessionsEnded) {
    }

    private final Credentials credentials;
    private final PersonalDataExport export;

    AccountSettingsApiController(Credentials credentials, PersonalDataExport export) {
        this.credentials = credentials;
        this.export = export;
    }

    @PutMapping("/password")
    @Operation(summary = "Change your password", description = "Needs the current password; other sessions are signed out.")
    PasswordChanged changePassword(@AuthenticationPrincipal AccountUser user, @RequestBody PasswordChange change,
                                   HttpServletRequest request) {
        try {
            var session = request.getSession(false);
            return new PasswordChanged(credentials.changePassword(user.id(), change.currentPassword(),
                    change.newPassword(), session == null ? null : session.getId()));
        } catch (CredentialsRejectedException rejected) {
            throw new ResponseStatusException(rejected.status(), rejected.getMessage());
        }
    }

    @PostMapping("/deletion")
    @Operation(summary = "Delete your account and everything stored about it", description = "Needs your password.")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AccountUser user, @RequestBody Deletion deletion,
                                HttpServletRequest request) {
        try {
            credentials.deleteAccount(user.id(), deletion.password());
        } catch (CredentialsRejectedException rejected) {
            throw new ResponseStatusException(rejected.status(), rejected.getMessage());
        }
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/export")
    @Operation(summary = "Download everything stored about you, as JSON")
    ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal AccountUser user) {
        String filename = "mlready-data-" + LocalDate.now(ZoneOffset.UTC) + ".json";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(export.exportFor(user.id()));
    }
}
