package org.mlready.practice;

import java.util.List;
import org.mlready.account.AccountUser;
import org.mlready.assessment.item.ItemInstance;
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

/** The review session: due skills' questions one at a time, with the practice question card and feedback. */
@Controller
class ReviewController {

    private final Reviews reviews;
    private final Practice practice;
    private final Curriculum curriculum;

    ReviewController(Reviews reviews, Practice practice, Curriculum curriculum) {
        this.reviews = reviews;
        this.practice = practice;
        this.curriculum = curriculum;
    }

    @GetMapping("/review")
    String session(@AuthenticationPrincipal AccountUser user, Model model) {
        Reviews.Overview overview = reviews.overview(user.id());
        model.addAttribute("overview", overview);
        reviews.nextQuestion(user.id(), overview).ifPresent(item -> card(item, model));
        return "practice/review";
    }

    @GetMapping("/review/{familyId}/{seed}")
    String question(@PathVariable String familyId, @PathVariable long seed, @AuthenticationPrincipal AccountUser user, Model model) {
        ItemInstance item = reviews.question(user.id(), familyId, seed);
        model.addAttribute("overview", reviews.overview(user.id()));
        card(item, model);
        return "practice/review";
    }

    @PostMapping("/review/{familyId}/{seed}")
    String answer(@PathVariable String familyId, @PathVariable long seed,
                  @RequestParam(name = "response", required = false) List<String> response,
                  @RequestParam(name = "hintsUsed", defaultValue = "0") int hintsUsed,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @AuthenticationPrincipal AccountUser user, Model model) {
        ItemInstance item = reviews.question(user.id(), familyId, seed);
        String text = response == null ? "" : String.join(",", response);
        model.addAttribute("feedback", practice.answer(user.id(), item, text, hintsUsed));
        model.addAttribute("answer", text);
        card(item, model);
        if (htmx != null) {
            return "practice/feedback :: feedback";
        }
        model.addAttribute("overview", reviews.overview(user.id()));
        return "practice/review";
    }

    @GetMapping("/review/{familyId}/{seed}/hints/{number}")
    String hint(@PathVariable String familyId, @PathVariable long seed, @PathVariable int number,
                @AuthenticationPrincipal AccountUser user, Model model) {
        ItemInstance item = reviews.question(user.id(), familyId, seed);
        return HintFragment.of(item, number, "/review/" + familyId + "/" + seed + "/hints", model);
    }

    private void card(ItemInstance item, Model model) {
        String url = "/review/" + item.familyId() + "/" + item.seed();
        model.addAttribute("item", item);
        model.addAttribute("skill", curriculum.skill(item.skillId()).orElseThrow());
        model.addAttribute("formatHint", AnswerFormatHints.forType(item.responseType()));
        model.addAttribute("answerUrl", url);
        model.addAttribute("hintsUrl", url + "/hints");
        model.addAttribute("nextUrl", "/review");
        model.addAttribute("nextLabel", "Next review");
    }
}
