package org.mlready.practice;

import java.util.List;
import java.util.Optional;
import org.mlready.account.AccountUser;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.check.AnswerFormatHints;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Topic;
import org.mlready.progress.MasteryTracker;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** One question at a time: answer, immediate feedback, worked solution, hints on request, next question. */
@Controller
class PracticeController {

    record SkillRow(String title, org.mlready.progress.SkillMastery mastery) {
    }

    private final Practice practice;
    private final Curriculum curriculum;
    private final MasteryTracker mastery;

    PracticeController(Practice practice, Curriculum curriculum, MasteryTracker mastery) {
        this.practice = practice;
        this.curriculum = curriculum;
        this.mastery = mastery;
    }

    @GetMapping("/topics/{topicId}/practice")
    String start(@PathVariable String topicId, @RequestParam(name = "skill", required = false) String skill,
                 @AuthenticationPrincipal AccountUser user) {
        Topic topic = topic(topicId);
        Optional<String> focus = focus(topic, skill);
        PracticePicker.Pick pick = practice.next(user.id(), topic, focus);
        return "redirect:/practice/" + topicId + "/" + pick.familyId() + "/" + pick.seed() + focusQuery(focus);
    }

    @GetMapping("/practice/{topicId}/{familyId}/{seed}")
    String question(@PathVariable String topicId, @PathVariable String familyId, @PathVariable long seed,
                    @RequestParam(name = "skill", required = false) String skill,
                    @AuthenticationPrincipal AccountUser user, Model model) {
        Topic topic = topic(topicId);
        Optional<String> focus = focus(topic, skill);
        ItemInstance item = practice.question(topic, familyId, seed);
        show(topic, item, focus, user, model);
        return "practice/question";
    }

    @PostMapping("/practice/{topicId}/{familyId}/{seed}")
    String answer(@PathVariable String topicId, @PathVariable String familyId, @PathVariable long seed,
                  @RequestParam(name = "response", required = false) List<String> response,
                  @RequestParam(name = "hintsUsed", defaultValue = "0") int hintsUsed,
                  @RequestParam(name = "skill", required = false) String skill,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @AuthenticationPrincipal AccountUser user, Model model) {
        Topic topic = topic(topicId);
        Optional<String> focus = focus(topic, skill);
        ItemInstance item = practice.question(topic, familyId, seed);
        String text = response == null ? "" : String.join(",", response);
        Practice.Feedback feedback = practice.answer(user.id(), item, text, hintsUsed);
        model.addAttribute("feedback", feedback);
        model.addAttribute("answer", text);
        model.addAttribute("topic", topic);
        links(topic, item, focus, model);
        if (htmx != null) {
            return "practice/feedback :: feedback";
        }
        show(topic, item, focus, user, model);
        return "practice/question";
    }

    @GetMapping("/practice/{topicId}/{familyId}/{seed}/hints/{number}")
    String hint(@PathVariable String topicId, @PathVariable String familyId, @PathVariable long seed,
                @PathVariable int number, Model model) {
        ItemInstance item = practice.question(topic(topicId), familyId, seed);
        return HintFragment.of(item, number, questionUrl(topicId, item) + "/hints", model);
    }

    private static String questionUrl(String topicId, ItemInstance item) {
        return "/practice/" + topicId + "/" + item.familyId() + "/" + item.seed();
    }

    /** Where the shared question card posts answers, fetches hints and goes next (staying on one skill if chosen). */
    private static void links(Topic topic, ItemInstance item, Optional<String> focus, Model model) {
        model.addAttribute("answerUrl", questionUrl(topic.id(), item) + focusQuery(focus));
        model.addAttribute("hintsUrl", questionUrl(topic.id(), item) + "/hints");
        model.addAttribute("nextUrl", "/topics/" + topic.id() + "/practice" + focusQuery(focus));
    }

    /** The one skill the learner chose to practise, checked to belong to the topic. */
    private Optional<String> focus(Topic topic, String skill) {
        if (skill == null || skill.isBlank()) {
            return Optional.empty();
        }
        if (topic.skills().stream().noneMatch(s -> s.id().equals(skill))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "The topic '" + topic.title() + "' has no skill called '" + skill + "'.");
        }
        return Optional.of(skill);
    }

    private static String focusQuery(Optional<String> focus) {
        return focus.map(s -> "?skill=" + s).orElse("");
    }

    private void show(Topic topic, ItemInstance item, Optional<String> focus, AccountUser user, Model model) {
        model.addAttribute("topic", topic);
        model.addAttribute("focus", focus.flatMap(curriculum::skill).orElse(null));
        links(topic, item, focus, model);
        model.addAttribute("item", item);
        model.addAttribute("skill", curriculum.skill(item.skillId()).orElseThrow());
        model.addAttribute("formatHint", AnswerFormatHints.forType(item.responseType()));
        model.addAttribute("masteries", topic.skills().stream()
                .map(s -> new SkillRow(s.title(), mastery.of(user.id(), s.id()))).toList());
    }

    private Topic topic(String topicId) {
        return curriculum.topic(topicId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no topic called '" + topicId + "'."));
    }
}
