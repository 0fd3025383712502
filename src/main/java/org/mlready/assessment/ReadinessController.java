package org.mlready.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlready.account.AccountUser;
import org.mlready.assessment.cat.MasteryStatus;
import org.mlready.assessment.cat.TestResult;
import org.mlready.assessment.cat.TopicResult;
import org.mlready.assessment.item.check.AnswerFormatHints;
import org.mlready.curriculum.Area;
import org.mlready.curriculum.Curriculum;
import org.mlready.progress.Module1Outlook;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The readiness check's pages: start or resume, one question at a time, the result with its evidence. */
@Controller
class ReadinessController {

    record TopicRow(String topicId, String title, TopicResult result, List<Driver> drivers) {
    }

    record Driver(String stem, String answer, int changePercent) {
    }

    record AreaRow(String areaId, String title, List<TopicRow> topics, long mastered, long notYet, long uncertain) {
    }

    private final ReadinessChecks checks;
    private final Curriculum curriculum;
    private final Module1Outlook outlook;

    ReadinessController(ReadinessChecks checks, Curriculum curriculum, Module1Outlook outlook) {
        this.checks = checks;
        this.outlook = outlook;
        this.curriculum = curriculum;
    }

    @GetMapping("/readiness")
    String index(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("history", checks.history(user.id()));
        model.addAttribute("maxLength", checks.maxLength());
        return "readiness/index";
    }

    @PostMapping("/readiness/start")
    String start(@AuthenticationPrincipal AccountUser user) {
        return "redirect:/readiness/" + checks.startOrResume(user.id());
    }

    @GetMapping("/readiness/{checkId}")
    String question(@PathVariable long checkId, @AuthenticationPrincipal AccountUser user, Model model) {
        var question = checks.next(user.id(), checkId);
        if (question.isEmpty()) {
            return "redirect:/readiness/" + checkId + "/result";
        }
        model.addAttribute("question", question.get());
        model.addAttribute("item", question.get().item());
        model.addAttribute("formatHint", AnswerFormatHints.forType(question.get().item().responseType()));
        model.addAttribute("skill", curriculum.skill(question.get().item().skillId()).orElseThrow());
        return "readiness/question";
    }

    @PostMapping("/readiness/{checkId}/answer")
    String answer(@PathVariable long checkId, @RequestParam String itemId,
                  @RequestParam(name = "response", required = false) List<String> response,
                  @RequestParam(name = "dontKnow", defaultValue = "false") boolean dontKnow,
                  @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        var outcome = checks.answer(user.id(), checkId, itemId, response == null ? "" : String.join(",", response), dontKnow);
        if (!outcome.recorded()) {
            redirect.addFlashAttribute("unreadable", outcome.check().message());
        }
        return outcome.finished() ? "redirect:/readiness/" + checkId + "/result" : "redirect:/readiness/" + checkId;
    }

    @GetMapping("/readiness/{checkId}/result")
    String result(@PathVariable long checkId, @AuthenticationPrincipal AccountUser user, Model model) {
        TestResult result = checks.result(user.id(), checkId);
        Map<String, List<TopicRow>> byArea = new LinkedHashMap<>();
        for (TopicResult topic : result.topics()) {
            List<Driver> drivers = new ArrayList<>();
            topic.drivers().forEach(d -> checks.instance(d.itemId()).ifPresent(item -> drivers.add(new Driver(
                    item.stem(), d.answer().name().replace('_', ' ').toLowerCase(), (int) Math.round(d.change() * 100)))));
            byArea.computeIfAbsent(topic.areaId(), a -> new ArrayList<>()).add(new TopicRow(topic.topicId(),
                    curriculum.topic(topic.topicId()).map(t -> t.title()).orElse(topic.topicId()), topic, drivers));
        }
        List<AreaRow> areas = new ArrayList<>();
        for (Area area : curriculum.studyAreas()) {
            List<TopicRow> rows = byArea.getOrDefault(area.id(), List.of());
            areas.add(new AreaRow(area.id(), area.title(), rows, count(rows, MasteryStatus.MASTERED),
                    count(rows, MasteryStatus.NOT_YET), count(rows, MasteryStatus.UNCERTAIN)));
        }
        model.addAttribute("checkId", checkId);
        model.addAttribute("result", result);
        model.addAttribute("areas", areas);
        model.addAttribute("finished", checks.finished(user.id(), checkId));
        model.addAttribute("outlook", outlook.line(user.id()));
        model.addAttribute("allMastered", result.topics().stream().allMatch(t -> t.status() == MasteryStatus.MASTERED));
        return "readiness/result";
    }

    @PostMapping("/readiness/{checkId}/test-out")
    String testOut(@PathVariable long checkId, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("testedOut", checks.testOut(user.id(), checkId).size());
        return "redirect:/readiness/" + checkId + "/result";
    }

    private static long count(List<TopicRow> rows, MasteryStatus status) {
        return rows.stream().filter(r -> r.result().status() == status).count();
    }
}
