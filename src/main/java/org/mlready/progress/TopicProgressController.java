package org.mlready.progress;

import org.mlready.account.AccountUser;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Topic;
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

/**
 * The "your progress" panel of a topic page: resources done, topic studied, confidence per skill. htmx swaps the
 * panel in place; without JavaScript the forms post and come back to the topic page.
 */
@Controller
class TopicProgressController {

    private final LearnerProgress progress;
    private final Curriculum curriculum;

    TopicProgressController(LearnerProgress progress, Curriculum curriculum) {
        this.progress = progress;
        this.curriculum = curriculum;
    }

    @GetMapping("/progress/topics/{topicId}/panel")
    String panel(@PathVariable String topicId, @AuthenticationPrincipal AccountUser user, Model model) {
        Topic topic = topic(topicId);
        model.addAttribute("topic", topic);
        if (user != null) {
            var current = progress.of(user.id());
            model.addAttribute("progress", current);
            model.addAttribute("report", progress.report(user.id(), current).topics().stream()
                    .filter(t -> t.topicId().equals(topicId)).findFirst().orElseThrow());
        }
        return "progress/topic-panel :: panel";
    }

    @PostMapping("/progress/resources/{resourceId}")
    String resource(@PathVariable String resourceId, @RequestParam boolean done, @AuthenticationPrincipal AccountUser user,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Topic topic = curriculum.topicOfResource(resourceId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No resource with id '" + resourceId + "'."));
        progress.markResource(user.id(), resourceId, done);
        return after(topic.id(), user, htmx, model);
    }

    @PostMapping("/progress/topics/{topicId}/studied")
    String studied(@PathVariable String topicId, @RequestParam boolean studied, @AuthenticationPrincipal AccountUser user,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        progress.markTopic(user.id(), topic(topicId).id(), studied);
        return after(topicId, user, htmx, model);
    }

    @PostMapping("/progress/skills/{skillId}/confidence")
    String confidence(@PathVariable String skillId, @RequestParam(required = false) Integer level,
                      @AuthenticationPrincipal AccountUser user,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        var skill = curriculum.skill(skillId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No skill with id '" + skillId + "'."));
        progress.rateSkill(user.id(), skillId, level);
        return after(skill.topicId(), user, htmx, model);
    }

    private String after(String topicId, AccountUser user, String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/topics/" + topicId;
        }
        return panel(topicId, user, model);
    }

    private Topic topic(String topicId) {
        return curriculum.topic(topicId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No topic with id '" + topicId + "'."));
    }
}
