package org.mlready.cohorts;

import jakarta.servlet.http.HttpServletResponse;
import org.mlready.account.AccountUser;
import org.mlready.account.Profiles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A learner's cohorts: joining with a code (also from the profile page) and leaving. */
@Controller
class LearnerCohortController {

    /** A cohort as its member sees it. */
    record Membership(Cohort cohort, String instructor) {
    }

    private final Cohorts cohorts;
    private final Profiles profiles;

    LearnerCohortController(Cohorts cohorts, Profiles profiles) {
        this.cohorts = cohorts;
        this.profiles = profiles;
    }

    @GetMapping({"/cohorts", "/cohorts/join"})
    String mine(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "") String code, Model model) {
        return page(user, model, code);
    }

    @PostMapping("/cohorts/join")
    String join(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "") String code, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Cohort cohort = cohorts.join(user.id(), code);
            redirect.addFlashAttribute("joined", cohort.name());
            return "redirect:/cohorts";
        } catch (ResponseStatusException rejected) {
            response.setStatus(rejected.getStatusCode().value());
            model.addAttribute("error", rejected.getReason());
            return page(user, model, code);
        }
    }

    @PostMapping("/cohorts/{id}/leave")
    String leave(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("left", cohorts.leave(user.id(), id).name());
        return "redirect:/cohorts";
    }

    private String page(AccountUser user, Model model, String code) {
        model.addAttribute("memberships", cohorts.joinedBy(user.id()).stream()
                .map(c -> new Membership(c, profiles.get(c.ownerId()).displayName())).toList());
        model.addAttribute("code", code);
        return "cohorts/mine";
    }
}
