package org.mlready.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Administrators create one-time reset links; the person opens theirs and chooses a new password. */
@Controller
@Tag(name = "Administration")
class PasswordResetController {

    record ResetLink(String url, Instant expiresAt) implements java.io.Serializable {
    }

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @PostMapping("/admin/accounts/{id}/reset-link")
    String issueFromPage(@AuthenticationPrincipal AccountUser admin, @PathVariable long id, RedirectAttributes redirect) {
        ResetLink link = issue(admin, id);
        redirect.addFlashAttribute("resetLink", link);
        redirect.addFlashAttribute("resetFor", id);
        return "redirect:/admin/accounts";
    }

    @PostMapping("/api/admin/accounts/{id}/reset-links")
    @ResponseBody
    @Operation(summary = "Create a one-time password reset link for an account (admin)",
            description = "Valid 24 hours; hand it to the person. A new link replaces older unused ones.")
    ResponseEntity<ResetLink> issueFromApi(@AuthenticationPrincipal AccountUser admin, @PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(issue(admin, id));
    }

    private ResetLink issue(AccountUser admin, long id) {
        try {
            PasswordResets.Issued issued = resets.issue(id, admin.id());
            String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/reset-password/{token}")
                    .buildAndExpand(issued.token()).toUriString();
            return new ResetLink(url, issued.expiresAt());
        } catch (CredentialsRejectedException rejected) {
            throw new ResponseStatusException(rejected.status(), rejected.getMessage());
        }
    }

    @GetMapping("/reset-password/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        var account = resets.accountFor(token);
        if (account.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("expired", true);
        } else {
            model.addAttribute("email", account.get().email());
        }
        model.addAttribute("token", token);
        return "account/reset-password";
    }

    @PostMapping("/reset-password/{token}")
    String reset(@PathVariable String token, @RequestParam(defaultValue = "") String newPassword,
                 @RequestParam(defaultValue = "") String confirmPassword, Model model, HttpServletResponse response) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new CredentialsRejectedException("confirmPassword", HttpStatus.BAD_REQUEST, "The two passwords differ.");
            }
            resets.reset(token, newPassword);
            return "redirect:/login?reset";
        } catch (CredentialsRejectedException rejected) {
            String page = form(token, model, response);
            response.setStatus(rejected.status().value());
            model.addAttribute("error", rejected.getMessage());
            return page;
        }
    }
}
