package org.mlready.verdict;

import org.mlready.account.AccountUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The "Ready for Module 1" page: the verdict, then each area's topics with their evidence and next actions. */
@Controller
class ReadyPageController {

    private final Module1Verdicts verdicts;

    ReadyPageController(Module1Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    @GetMapping("/ready")
    String ready(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("verdict", verdicts.of(user.id()));
        model.addAttribute("checkMastery", Module1ReadinessRule.cut(Module1ReadinessRule.CHECK_MASTERY));
        model.addAttribute("practiceMastery", Module1ReadinessRule.cut(Module1ReadinessRule.PRACTICE_MASTERY));
        model.addAttribute("minAnswers", Module1ReadinessRule.MIN_ANSWERS_PER_SKILL);
        return "verdict/ready";
    }
}
