package org.mlready.cohorts;

import jakarta.servlet.http.HttpServletResponse;
import org.mlready.account.AccountUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Instructors' cohort pages (under /instructor, so INSTRUCTOR or ADMIN only). */
@Controller
class InstructorCohortController {

    private final Cohorts cohorts;
    private final CohortOverviews overviews;

    InstructorCohortController(Cohorts cohorts, CohortOverviews overviews) {
        this.cohorts = cohorts;
        this.overviews = overviews;
    }

    @GetMapping("/instructor/cohorts")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        return listPage(user, model, "", "");
    }

    @PostMapping("/instructor/cohorts")
    String create(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String targetDate, Model model, HttpServletResponse response) {
        try {
            Cohort cohort = cohorts.create(user, name, targetDate);
            return "redirect:/instructor/cohorts/" + cohort.id() + "?created";
        } catch (ResponseStatusException rejected) {
            response.setStatus(rejected.getStatusCode().value());
            model.addAttribute("error", rejected.getReason());
            return listPage(user, model, name, targetDate);
        }
    }

    @GetMapping("/instructor/cohorts/{id}")
    String overview(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        model.addAttribute("overview", overviews.of(user, id));
        model.addAttribute("rules", new Rules());
        return "cohorts/overview";
    }

    @PostMapping("/instructor/cohorts/{id}/code")
    String regenerate(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        cohorts.regenerateCode(user, id);
        return "redirect:/instructor/cohorts/" + id + "?newCode";
    }

    @PostMapping("/instructor/cohorts/{id}/members/{accountId}/remove")
    String remove(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @PathVariable long accountId) {
        cohorts.removeMember(user, id, accountId);
        return "redirect:/instructor/cohorts/" + id + "?removed";
    }

    private String listPage(AccountUser user, Model model, String name, String targetDate) {
        model.addAttribute("cohorts", cohorts.visibleTo(user));
        model.addAttribute("name", name);
        model.addAttribute("targetDate", targetDate);
        return "cohorts/list";
    }

    /** The stuck rules' thresholds, for the page's explanation of the flags. */
    record Rules(int minAnswers, int windowDays, int lowMasteryPercent, int inactiveDays, int checkpointFailures) {
        Rules() {
            this(StuckRules.MIN_RECENT_ANSWERS, StuckRules.PRACTICE_WINDOW_DAYS,
                    (int) Math.round(StuckRules.LOW_MASTERY * 100), StuckRules.INACTIVE_DAYS, StuckRules.CHECKPOINT_FAILURES);
        }
    }
}
