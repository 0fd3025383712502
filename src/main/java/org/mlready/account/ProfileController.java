package org.mlready.account;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a learner states a background and weekly hours (straight after sign-up, and any time later). */
@Controller
class ProfileController {

    private final Profiles profiles;

    ProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal AccountUser user, Model model) {
        Account account = profiles.get(user.id());
        model.addAttribute("form", ProfileForm.of(account));
        return show(account, model);
    }

    @PostMapping("/profile")
    String update(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") ProfileForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Account account = profiles.get(user.id());
        if (errors.hasErrors()) {
            return show(account, model);
        }
        try {
            profiles.update(user.id(), form.toUpdate());
        } catch (ResponseStatusException rejected) {
            errors.rejectValue("background", "unknown", rejected.getReason());
            return show(account, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/dashboard";
    }

    private String show(Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("pathways", profiles.backgrounds());
        return "account/profile";
    }
}
