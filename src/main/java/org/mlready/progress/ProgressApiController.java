package org.mlready.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlready.account.AccountUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/me/progress")
@Tag(name = "Progress", description = "The signed-in learner's record of study")
class ProgressApiController {

    /** The learner's record; on PUT, it replaces the whole record (omitted lists count as empty). */
    record ProgressBody(List<String> completedResources, List<String> studiedTopics, Map<String, Integer> skillConfidence) {

        Progress toProgress() {
            if (skillConfidence != null && skillConfidence.values().stream().anyMatch(v -> v == null)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "skillConfidence values must be numbers 1 to 5.");
            }
            if ((completedResources != null && completedResources.contains(null))
                    || (studiedTopics != null && studiedTopics.contains(null))) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Lists of ids must not contain null.");
            }
            return new Progress(completedResources == null ? Set.of() : Set.copyOf(completedResources),
                    studiedTopics == null ? Set.of() : Set.copyOf(studiedTopics),
                    skillConfidence == null ? Map.of() : skillConfidence);
        }
    }

    /** {@code masteredSkills} (read-only) are the skills practice has brought to mastery. */
    record ProgressView(List<String> completedResources, List<String> studiedTopics, Map<String, Integer> skillConfidence,
                        List<String> masteredSkills, ProgressReport summary) {
    }

    private final LearnerProgress progress;

    ProgressApiController(LearnerProgress progress) {
        this.progress = progress;
    }

    @GetMapping
    @Operation(summary = "Resources done, topics studied, skill confidence and the derived summary")
    ProgressView get(@AuthenticationPrincipal AccountUser user) {
        Progress current = progress.of(user.id());
        return new ProgressView(current.completedResources().stream().sorted().toList(),
                current.studiedTopics().stream().sorted().toList(),
                new java.util.TreeMap<>(current.skillConfidence()), current.masteredSkills().stream().sorted().toList(),
                progress.report(user.id(), current));
    }

    @PutMapping
    @Operation(summary = "Replace the learner's whole progress record; unknown ids are refused with 400")
    ProgressView put(@AuthenticationPrincipal AccountUser user, @RequestBody ProgressBody body) {
        progress.replace(user.id(), body.toProgress());
        return get(user);
    }
}
