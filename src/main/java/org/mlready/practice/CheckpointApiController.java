package org.mlready.practice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.mlready.account.AccountUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/me/checkpoints")
@Tag(name = "Checkpoint quizzes", description = "Short auto-graded quizzes over a study plan week's topics; passing one marks the plan's checkpoint done")
class CheckpointApiController {

    record StartRequest(@NotNull(message = "topicIds is required.") @Size(min = 1, max = 50, message = "topicIds must name 1 to 50 topics.")
                        List<String> topicIds) {
    }

    record QuizView(long id, List<String> topicIds, int questionCount, boolean resumed, Instant startedAt) {
    }

    record ChoiceView(String id, String text) {
    }

    /**
     * The question without its key. {@code position} is 0-based; send it back with the answer. {@code itemId} (family
     * and seed) names the question, as practice URLs do.
     */
    record QuestionView(boolean finished, int position, int total, String itemId, String topicId, String skillId, String stem,
                        String responseType, List<ChoiceView> choices) {
    }

    record AnswerRequest(@NotNull(message = "position is required.") Integer position,
                         @Size(max = 4000, message = "response must be at most 4000 characters.") String response) {
    }

    record AnswerView(boolean recorded, int position, boolean finished) {
    }

    record TopicScoreView(String topicId, String title, int correct, int total) {
    }

    record AnsweredView(int position, String topicId, String skillId, String stem, String response, boolean correct,
                        String correctAnswer, String solution) {
    }

    record ResultView(long id, List<String> topicIds, int correct, int total, int percent, int passPercent, boolean passed,
                      Instant completedAt, List<TopicScoreView> topics, List<AnsweredView> questions) {
    }

    private final Checkpoints checkpoints;

    CheckpointApiController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @PostMapping
    @Operation(summary = "Start a checkpoint quiz on these topics, or resume the unfinished one",
            description = "201 with a new quiz (a new random seed, so a retake asks new questions); 200 when an unfinished quiz "
                    + "on the same topics is resumed. 400 for an unknown topic. About two questions per topic, 6 to 10 in all.")
    ResponseEntity<QuizView> start(@Valid @RequestBody StartRequest request, @AuthenticationPrincipal AccountUser user) {
        Checkpoints.Started started = checkpoints.start(user.id(), checkpoints.topics(request.topicIds()));
        var quiz = started.quiz();
        QuizView view = new QuizView(quiz.id(), quiz.topicIds(), quiz.questionCount(), !started.created(), quiz.startedAt());
        return started.created() ? ResponseEntity.created(URI.create("/api/me/checkpoints/" + quiz.id() + "/next")).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/{id}/next")
    @Operation(summary = "The question waiting to be answered, or finished=true once every question is answered")
    QuestionView next(@PathVariable long id, @AuthenticationPrincipal AccountUser user) {
        var quiz = checkpoints.owned(user.id(), id);
        return checkpoints.next(user.id(), id).map(c -> new QuestionView(false, c.position(), c.total(), c.item().id(), c.topicId(),
                        c.item().skillId(), c.item().stem(), c.item().responseType().name(),
                        c.item().choices().stream().map(ch -> new ChoiceView(ch.id(), ch.text())).toList()))
                .orElse(new QuestionView(true, quiz.questionCount(), quiz.questionCount(), null, null, null, null, null, List.of()));
    }

    @PostMapping("/{id}/answers")
    @Operation(summary = "Answer the question at this position; committed at once",
            description = "Whether an answer was right is only told in the result. 409 when the position is already answered "
                    + "(or is not the current one), 400 with the checker's message when the answer cannot be read (it is not "
                    + "stored: correct it and send again). The last answer completes the quiz; a pass (70% or more) marks "
                    + "the study plan's checkpoint for these topics done.")
    AnswerView answer(@PathVariable long id, @Valid @RequestBody AnswerRequest request, @AuthenticationPrincipal AccountUser user) {
        Checkpoints.AnswerOutcome outcome = checkpoints.answer(user.id(), id, request.position(), request.response());
        if (!outcome.recorded()) {
            String message = outcome.result().message();
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The answer could not be read"
                    + (message == null || message.isBlank() ? "." : ": " + message) + " It was not stored; send a corrected answer.");
        }
        return new AnswerView(true, request.position(), outcome.finished());
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "The marked quiz: score, pass, right answers per topic, and each question with the answer given, "
            + "the correct answer and the worked solution (409 until every question is answered)")
    ResultView result(@PathVariable long id, @AuthenticationPrincipal AccountUser user) {
        Checkpoints.Result result = checkpoints.result(user.id(), id);
        return new ResultView(id, result.quiz().topicIds(), result.correct(), result.total(), result.percent(),
                Checkpoints.PASS_PERCENT, result.passed(), result.quiz().completedAt(),
                result.topicScores().stream().map(s -> new TopicScoreView(s.topicId(), s.title(), s.correct(), s.total())).toList(),
                result.questions().stream().map(q -> new AnsweredView(q.position(), q.topicId(), q.item().skillId(),
                        q.item().stem(), q.response(), q.correct(), q.correctAnswer(), q.item().solution())).toList());
    }
}
