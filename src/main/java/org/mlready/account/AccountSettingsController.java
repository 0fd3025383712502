package org.mlready.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's account page: change password, download their data, delete the account. */
@Controller
class AccountSettingsController {

    private final Profiles profiles;
    private final Credentials credentials;

    AccountSettingsController(Profiles profiles, Credentials credentials) {
        this.profiles = profiles;
        this.credentials = credentials;
    }

    @GetMapping("/account")
    String page(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("account", profiles.get(user.id()));
        return "account/settings";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword,
                          @RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request,
                          HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!newPassword.equals(confirmPassword)) {
            return refuse(user, new CredentialsRejectedException("confirmPassword",
                    HttpStatus.BAD_REQUEST, "The two new passwords differ."), response, model);
        }
        try {
            int ended = credentials.changePassword(user.id(), currentPassword, newPassword, request.getSession().getId());
            redirect.addFlashAttribute("passwordChanged", ended);
            return "redirect:/account";
        } catch (CredentialsRejectedException rejected) {
            return refuse(user, rejected, response, model);
        }
    }

    @PostMapping("/account/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "false") boolean understood, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        if (!understood) {
            return refuse(user, new CredentialsRejectedException("understood",
                    HttpStatus.BAD_REQUEST,
                    "Tick the box to confirm that everything will be deleted."), response, model);
        }
        try {
            credentials.deleteAccount(user.id(), password);
        } catch (CredentialsRejectedException rejected) {
            return refuse(user, rejected, response, model);
        }
        SecurityContextHolder.clearContext();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        return "redirect:/?accountDeleted";
    }

    private String refuse(AccountUser user, CredentialsRejectedException rejected, HttpServletResponse response, Model model) {
        response.setStatus(rejected.status().value());
        model.addAttribute("errorField", rejected.field());
        model.addAttribute("error", rejected.getMessage());
        return page(user, model);
    }
}
