package org.mlready.progress;

import org.mlready.account.AccountUser;
import org.mlready.account.Profiles;
import org.mlready.curriculum.Curriculum;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final LearnerProgress progress;
    private final Profiles profiles;
    private final Curriculum curriculum;

    DashboardController(LearnerProgress progress, Profiles profiles, Curriculum curriculum) {
        this.progress = progress;
        this.profiles = profiles;
        this.curriculum = curriculum;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal AccountUser user, Model model) {
        var account = profiles.get(user.id());
        var report = progress.report(user.id());
        model.addAttribute("account", account);
        model.addAttribute("pathway", account.background() == null ? null : curriculum.pathway(account.background()).orElse(null));
        model.addAttribute("report", report);
        model.addAttribute("progress", progress.of(user.id()));
        model.addAttribute("curriculum", curriculum);
        model.addAttribute("chartLabels", report.areas().stream().map(ProgressReport.AreaProgress::title).toList());
        model.addAttribute("chartValues", report.areas().stream().map(ProgressReport.AreaProgress::percent).toList());
        return "progress/dashboard";
    }
}
