package org.mlready.analytics;

import org.mlready.account.AccountUser;
import org.mlready.assessment.ItemCalibrations;
import org.mlready.curriculum.Curriculum;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ItemStatisticsController {

    private final ItemStatistics statistics;
    private final ItemCalibrations calibrations;
    private final Curriculum curriculum;
    private final TopicFilter topics;

    ItemStatisticsController(ItemStatistics statistics, ItemCalibrations calibrations, Curriculum curriculum, TopicFilter topics) {
        this.statistics = statistics;
        this.calibrations = calibrations;
        this.curriculum = curriculum;
        this.topics = topics;
    }

    @GetMapping("/instructor/item-statistics")
    String page(@RequestParam(required = false) String topic, @RequestParam(defaultValue = "false") boolean flagged, Model model) {
        String checked = topics.checked(topic);
        model.addAttribute("report", statistics.report(checked, flagged));
        model.addAttribute("topics", curriculum.topics());
        model.addAttribute("topic", checked);
        model.addAttribute("flagged", flagged);
        return "analytics/item-statistics";
    }

    @PostMapping("/instructor/item-statistics/recalibrate")
    String recalibrate(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        ItemCalibrations.Run run = calibrations.recalibrate(user.id());
        // flash attributes live in the (JDBC) session, so only plain serialisable values
        redirect.addFlashAttribute("recalibratedRun", run.id());
        redirect.addFlashAttribute("recalibratedFamilies", run.families().size());
        redirect.addFlashAttribute("recalibratedResponses", run.responses());
        return "redirect:/instructor/item-statistics";
    }
}
