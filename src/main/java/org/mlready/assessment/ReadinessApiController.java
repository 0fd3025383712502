package org.mlready.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.mlready.account.AccountUser;
import org.mlready.assessment.cat.TestResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/readiness")
@Tag(name = "Readiness check", description = "The adaptive readiness check: start, next question, answers, result")
class ReadinessApiController {

    /** {@code calibrationRunId}: the item calibration the check uses (null: the authors' parameters). */
    record Started(long id, Long calibrationRunId) {
    }

    record ChoiceView(String id, String text) {
    }

    /** The question without its key: what a learner sees. */
    record QuestionView(boolean finished, String itemId, int position, int maxLength, String skillId, String stem,
                        String responseType, List<ChoiceView> choices) {
    }

    record AnswerRequest(@NotBlank(message = "itemId is required.") String itemId,
                         @Size(max = 4000, message = "response must be at most 4000 characters.") String response,
                         Boolean dontKnow) {
    }

    record AnswerView(boolean recorded, String verdict, String message, boolean finished) {
    }

    private final ReadinessChecks checks;

    ReadinessApiController(ReadinessChecks checks) {
        this.checks = checks;
    }

    @PostMapping
    @Operation(summary = "Start a readiness check, or resume the one in progress")
    ResponseEntity<Started> start(@AuthenticationPrincipal AccountUser user) {
        long id = checks.startOrResume(user.id());
        return ResponseEntity.created(URI.create("/api/readiness/" + id + "/next")).body(new Started(id, checks.calibrationRun(user.id(), id).orElse(null)));
    }

    @GetMapping("/{id}/next")
    @Operation(summary = "The current question, or finished=true")
    QuestionView next(@PathVariable long id, @AuthenticationPrincipal AccountUser user) {
        return checks.next(user.id(), id).map(q -> new QuestionView(false, q.poolItem().id(), q.position(), q.maxLength(),
                        q.item().skillId(), q.item().stem(), q.item().responseType().name(),
                        q.item().choices().stream().map(c -> new ChoiceView(c.id(), c.text())).toList()))
                .orElse(new QuestionView(true, null, 0, checks.maxLength(), null, null, null, List.of()));
    }

    @PostMapping("/{id}/responses")
    @Operation(summary = "Answer the current question (or dontKnow=true); an unreadable answer is returned, not recorded")
    AnswerView answer(@PathVariable long id, @Valid @RequestBody AnswerRequest request, @AuthenticationPrincipal AccountUser user) {
        var outcome = checks.answer(user.id(), id, request.itemId(), request.response(), Boolean.TRUE.equals(request.dontKnow()));
        // Like any test, the check does not say whether an answer was right until the result; only unreadable answers come back.
        return outcome.recorded() ? new AnswerView(true, null, null, outcome.finished())
                : new AnswerView(false, outcome.check().verdict().name(), outcome.check().message(), false);
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "Per topic: mastered / not yet / uncertain with the probability and the answers that drove it")
    TestResult result(@PathVariable long id, @AuthenticationPrincipal AccountUser user) {
        return checks.result(user.id(), id);
    }
}
