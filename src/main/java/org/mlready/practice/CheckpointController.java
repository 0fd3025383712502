package org.mlready.practice;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.mlready.account.AccountUser;
import org.mlready.assessment.item.check.AnswerFormatHints;
import org.mlready.curriculum.Curriculum;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Checkpoint quiz pages: start or resume, one question per page, then the marked result. */
@Controller
class CheckpointController {

    private final Checkpoints checkpoints;
    private final Curriculum curriculum;

    CheckpointController(Checkpoints checkpoints, Curriculum curriculum) {
        this.checkpoints = checkpoints;
        this.curriculum = curriculum;
    }

    /** {@code topics}: comma-separated topic ids, as the plan's checkpoint task links them. */
    @GetMapping("/checkpoints")
    String overview(@RequestParam(name = "topics", required = false) List<String> topics,
                    @AuthenticationPrincipal AccountUser user, Model model) {
        var chosen = checkpoints.topics(topics);
        model.addAttribute("overview", checkpoints.overview(user.id(), chosen));
        model.addAttribute("topicParam", String.join(",", chosen.stream().map(t -> t.id()).toList()));
        model.addAttribute("passPercent", Checkpoints.PASS_PERCENT);
        return "practice/checkpoint-start";
    }

    @PostMapping("/checkpoints")
    String start(@RequestParam(name = "topics", required = false) List<String> topics,
                 @AuthenticationPrincipal AccountUser user) {
        return "redirect:/checkpoints/" + checkpoints.start(user.id(), checkpoints.topics(topics)).quiz().id();
    }

    @GetMapping("/checkpoints/{quizId}")
    String question(@PathVariable long quizId, @AuthenticationPrincipal AccountUser user, Model model) {
        var current = checkpoints.next(user.id(), quizId);
        if (current.isEmpty()) {
            return "redirect:/checkpoints/" + quizId + "/result";
        }
        show(current.get(), model);
        return "practice/checkpoint-question";
    }

    /**
     * A readable answer is stored and the learner moves on (htmx: by an HX-Redirect); an unreadable one comes back
     * with the checker's message and is not stored.
     */
    @PostMapping("/checkpoints/{quizId}/answers/{position}")
    String answer(@PathVariable long quizId, @PathVariable int position,
                  @RequestParam(name = "response", required = false) List<String> response,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @AuthenticationPrincipal AccountUser user, Model model, HttpServletResponse http) {
        String text = response == null ? "" : String.join(",", response);
        Checkpoints.AnswerOutcome outcome = checkpoints.answer(user.id(), quizId, position, text);
        String next = "/checkpoints/" + quizId + (outcome.finished() ? "/result" : "");
        if (outcome.recorded()) {
            if (htmx != null) {
                http.setHeader("HX-Redirect", next);
                model.addAttribute("nextUrl", next);
                return "practice/checkpoint-saved :: saved";
            }
            return "redirect:" + next;
        }
        Checkpoints.Current current = checkpoints.next(user.id(), quizId).orElseThrow();
        model.addAttribute("feedback", new Practice.Feedback(current.item(), outcome.result(), null));
        model.addAttribute("answer", text);
        if (htmx != null) {
            return "practice/feedback :: feedback";
        }
        show(current, model);
        return "practice/checkpoint-question";
    }

    @GetMapping("/checkpoints/{quizId}/result")
    String result(@PathVariable long quizId, @AuthenticationPrincipal AccountUser user, Model model) {
        Checkpoints.Result result = checkpoints.result(user.id(), quizId);
        model.addAttribute("result", result);
        model.addAttribute("topicParam", String.join(",", result.quiz().topicIds()));
        model.addAttribute("passPercent", Checkpoints.PASS_PERCENT);
        return "practice/checkpoint-result";
    }

    private void show(Checkpoints.Current current, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("topicTitle", checkpoints.topicTitle(current.topicId()));
        model.addAttribute("quizTitle", String.join(", ", current.quiz().topicIds().stream().map(checkpoints::topicTitle).toList()));
        model.addAttribute("item", current.item());
        model.addAttribute("skill", curriculum.skill(current.item().skillId()).orElseThrow());
        model.addAttribute("formatHint", AnswerFormatHints.forType(current.item().responseType()));
        model.addAttribute("answerUrl", "/checkpoints/" + current.quiz().id() + "/answers/" + current.position());
        model.addAttribute("hintsUrl", null);
        model.addAttribute("checkLabel", current.position() + 1 == current.total() ? "Submit and see your result" : "Submit answer");
    }
}
