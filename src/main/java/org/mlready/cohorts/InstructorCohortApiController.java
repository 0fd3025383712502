package org.mlready.cohorts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mlready.account.AccountUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/instructor/cohorts")
@Tag(name = "Cohorts (instructors)", description = "An instructor's cohorts, their join codes and where each member stands")
class InstructorCohortApiController {

    record CohortView(long id, String name, LocalDate targetDate, String joinCode, int members, Instant createdAt) {
        static CohortView of(Cohort cohort) {
            return new CohortView(cohort.id(), cohort.name(), cohort.targetDate(), cohort.joinCode(), cohort.memberCount(),
                    cohort.createdAt());
        }
    }

    record CreateRequest(@Schema(description = "Up to 80 characters", example = "Autumn 2026") String name,
                         @Schema(description = "Day the cohort aims to be ready by, if any", example = "2026-12-18")
                         String targetDate) {
    }

    /** The overview: every member's figures and stuck flags, the per-topic summary, and who is stuck where. */
    record OverviewView(CohortView cohort, LocalDate today, List<CohortOverview.MemberRow> members,
                        List<CohortOverview.TopicSummary> topics, List<CohortOverview.StuckEntry> stuck) {
    }

    private final Cohorts cohorts;
    private final CohortOverviews overviews;

    InstructorCohortApiController(Cohorts cohorts, CohortOverviews overviews) {
        this.cohorts = cohorts;
        this.overviews = overviews;
    }

    @GetMapping
    @Operation(summary = "The cohorts you own (every cohort for an admin)")
    List<CohortView> list(@AuthenticationPrincipal AccountUser user) {
        return cohorts.visibleTo(user).stream().map(CohortView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Create a cohort; the answer carries its join code")
    ResponseEntity<CohortView> create(@AuthenticationPrincipal AccountUser user, @RequestBody CreateRequest request) {
        Cohort cohort = cohorts.create(user, request.name(), request.targetDate());
        return ResponseEntity.created(URI.create("/api/instructor/cohorts/" + cohort.id())).body(CohortView.of(cohort));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Each member's progress, readiness, practice mastery, plan status, last activity and stuck flags",
            description = "Stuck rules: at least " + StuckRules.MIN_RECENT_ANSWERS + " practice answers on a topic in the last "
                    + StuckRules.PRACTICE_WINDOW_DAYS + " days with mastery below " + StuckRules.LOW_MASTERY
                    + "; behind the plan by more than its weekly hours; no activity for " + StuckRules.INACTIVE_DAYS + " days; "
                    + "a checkpoint quiz on the same topics failed " + StuckRules.CHECKPOINT_FAILURES + " times and not passed since.")
    OverviewView overview(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        CohortOverview overview = overviews.of(user, id);
        return new OverviewView(CohortView.of(overview.cohort()), overview.today(), overview.members(), overview.topics(),
                overview.stuck());
    }

    @PostMapping("/{id}/code")
    @Operation(summary = "Replace the join code (the old one stops working; members stay)")
    CohortView regenerate(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return CohortView.of(cohorts.regenerateCode(user, id));
    }

    @DeleteMapping("/{id}/members/{accountId}")
    @Operation(summary = "Remove a member from the cohort")
    ResponseEntity<Void> remove(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @PathVariable long accountId) {
        cohorts.removeMember(user, id, accountId);
        return ResponseEntity.noContent().build();
    }
}
