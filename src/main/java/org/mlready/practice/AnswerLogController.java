package org.mlready.practice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mlready.account.AccountUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The learner's answer log: a page and its JSON. */
@Controller
@Tag(name = "Practice")
class AnswerLogController {

    static final int PAGE_SIZE = 25;

    private final AnswerLog log;

    AnswerLogController(AnswerLog log) {
        this.log = log;
    }

    @GetMapping("/answers")
    String page(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("log", log.page(user.id(), page, PAGE_SIZE));
        return "practice/answers";
    }

    @GetMapping("/api/me/answers")
    @ResponseBody
    @Operation(summary = "Everything you answered (practice, review, readiness checks, checkpoints), newest first",
            description = "page from 0; size 1-100 (default 25). Practice and checkpoint answers carry retryPath, the "
                    + "page where the same question can be tried again.")
    AnswerLog.Page api(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "25") int size) {
        return log.page(user.id(), page, size);
    }
}
