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

    record MasteryRow(String skillId, String title, String topicId, SkillMastery mastery) {
    }

    private final LearnerProgress progress;
    private final Profiles profiles;
    private final Curriculum curriculum;
    private final MasteryTracker mastery;
    private final Module1Outlook outlook;
    private final MasteryHistories histories;

    DashboardController(LearnerProgress progress, Profiles profiles, Curriculum curriculum, MasteryTracker mastery,
                        Module1Outlook outlook, MasteryHistories histories) {
        this.histories = histories;
        this.mastery = mastery;
        this.outlook = outlook;
        this.progress = progress;
        this.profiles = profiles;
        this.curriculum = curriculum;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal AccountUser user, Model model) {
        var account = profiles.get(user.id());
        var current = progress.of(user.id());
        var report = progress.report(user.id(), current);
        model.addAttribute("account", account);
        model.addAttribute("pathway", account.background() == null ? null : curriculum.pathway(account.background()).orElse(null));
        model.addAttribute("report", report);
        model.addAttribute("outlook", outlook.line(user.id()));
        model.addAttribute("progress", current);
        model.addAttribute("curriculum", curriculum);
        model.addAttribute("chartLabels", report.areas().stream().map(ProgressReport.AreaProgress::title).toList());
        model.addAttribute("chartValues", report.areas().stream().map(ProgressReport.AreaProgress::percent).toList());
        var masteries = mastery.all(user.id());
        model.addAttribute("masteries", curriculum.skills().stream().filter(s -> masteries.containsKey(s.id()))
                .map(s -> new MasteryRow(s.id(), s.title(), s.topicId(), masteries.get(s.id()))).toList());
        model.addAttribute("growth", MasteryChart.of(histories.of(user.id())));
        return "progress/dashboard";
    }
}
