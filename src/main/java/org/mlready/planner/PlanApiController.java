package org.mlready.planner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mlready.account.AccountUser;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Pathway;
import org.mlready.planner.schedule.PlanOutcome;
import org.mlready.planner.schedule.PlanRequest;
import org.mlready.planner.schedule.Replan;
import org.mlready.planner.schedule.TargetUnreachable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api")
@Tag(name = "Plans", description = "Week-by-week study plans: a public preview, and the signed-in learner's own plan")
class PlanApiController {

    /** Inputs of a preview. Dates are YYYY-MM-DD; omitted lists count as empty, an omitted start date as today. */
    record PreviewRequest(
            @Schema(description = "A pathway id: maths-statistics, software-engineering or beginner") String background,
            @Schema(description = "Whole hours of study a week, 1 to 80") Integer hoursPerWeek,
            @Schema(description = "First day of week 1 (default today)", example = "2026-09-07") String startDate,
            @Schema(description = "Day to be done by, if any", example = "2026-12-20") String targetDate,
            List<String> masteredTopicIds, List<String> masteredSkillIds, List<String> completedResourceIds) {
    }

    /** Making the learner's own plan: background and hours come from their profile, the rest from their progress. */
    record CreateRequest(@Schema(description = "First day of week 1 (default today)") String startDate,
                         @Schema(description = "Day to be done by, if any") String targetDate) {
    }

    record LearnerPlanView(PlanView plan, PlanStatus status, String calendarUrl, Instant createdAt, Instant updatedAt) {
    }

    record ReplanView(LearnerPlanView plan, PlanViews.ChangesView changes) {
    }

    private final LearnerPlans plans;
    private final PlanViews views;
    private final PlanCalendar calendar;
    private final Curriculum curriculum;

    PlanApiController(LearnerPlans plans, PlanViews views, PlanCalendar calendar, Curriculum curriculum) {
        this.plans = plans;
        this.views = views;
        this.calendar = calendar;
        this.curriculum = curriculum;
    }

    @PostMapping("/plans/preview")
    @Operation(summary = "Plan any inputs, without signing in (nothing is stored)",
            description = "When a target date cannot be met, targetMet is false and targetExplanation says how many hours "
                    + "a week it would need. Unknown backgrounds or ids, hours outside 1-80, malformed dates or a target "
                    + "before the start give 400.")
    PlanView preview(@RequestBody PreviewRequest body) {
        PlanRequest request = toRequest(body);
        return views.of(plans.preview(request), null, request.targetDate().orElse(null));
    }

    @GetMapping("/me/plan")
    @Operation(summary = "The signed-in learner's plan, with their progress against it and the calendar feed's URL",
            responses = {@ApiResponse(responseCode = "200"), @ApiResponse(responseCode = "404", description = "No plan yet",
                    content = @Content(mediaType = "application/problem+json"))})
    LearnerPlanView get(@AuthenticationPrincipal AccountUser user) {
        return view(plans.current(user.id()).orElseThrow(LearnerPlans::noPlan));
    }

    @PutMapping("/me/plan")
    @Operation(summary = "Make (or remake) the learner's plan from their profile and progress",
            description = "Needs a background in the profile (409 otherwise). A target date the plan cannot meet gives "
                    + "422 with the hours a week it would need, and nothing is stored.")
    LearnerPlanView create(@AuthenticationPrincipal AccountUser user,
                           @RequestBody(required = false) CreateRequest body) {
        CreateRequest request = body == null ? new CreateRequest(null, null) : body;
        PlanOutcome outcome = plans.create(user.id(), PlanDates.parse("startDate", request.startDate()),
                PlanDates.parse("targetDate", request.targetDate()));
        if (outcome instanceof TargetUnreachable unreachable) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, unreachable.explanation());
        }
        return get(user);
    }

    @PostMapping("/me/plan/replan")
    @Operation(summary = "Plan again from today, keeping finished work out, and list what changed")
    ReplanView replan(@AuthenticationPrincipal AccountUser user) {
        Replan replan = plans.replan(user.id());
        return new ReplanView(get(user), views.changes(replan.changes()));
    }

    @GetMapping(value = "/me/plan.ics", produces = "text/calendar")
    @Operation(summary = "The learner's plan as iCalendar: one all-day event per week listing its tasks",
            description = "To subscribe from a calendar app without a password, use calendarUrl from GET /api/me/plan.")
    ResponseEntity<String> ics(@AuthenticationPrincipal AccountUser user) {
        return PlanPageController.calendarResponse(calendar.ics(plans.current(user.id()).orElseThrow(LearnerPlans::noPlan)));
    }

    private LearnerPlanView view(LearnerPlans.LearnerPlan plan) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/plan/calendar/{token}.ics")
                .buildAndExpand(plan.calendarToken()).toUriString();
        return new LearnerPlanView(views.of(plan.outcome(), plan.progress(), plan.inputs().targetDate().orElse(null)),
                plan.status(), url, plan.createdAt(), plan.updatedAt());
    }

    private PlanRequest toRequest(PreviewRequest body) {
        if (body.background() == null || curriculum.pathway(body.background()).isEmpty()) {
            throw LearnerPlans.badRequest("Unknown background '" + body.background() + "'; expected one of "
                    + String.join(", ", curriculum.pathways().stream().map(Pathway::id).toList()) + ".");
        }
        if (body.hoursPerWeek() == null || body.hoursPerWeek() < PlanRequest.MIN_HOURS_PER_WEEK
                || body.hoursPerWeek() > PlanRequest.MAX_HOURS_PER_WEEK) {
            throw LearnerPlans.badRequest("hoursPerWeek must be a whole number from " + PlanRequest.MIN_HOURS_PER_WEEK
                    + " to " + PlanRequest.MAX_HOURS_PER_WEEK + (body.hoursPerWeek() == null ? "." : ", not " + body.hoursPerWeek() + "."));
        }
        LocalDate start = PlanDates.parse("startDate", body.startDate()).orElse(plans.today());
        Optional<LocalDate> target = PlanDates.parse("targetDate", body.targetDate());
        LearnerPlans.checkDates(start, target, plans.today());
        List<String> unknown = new ArrayList<>();
        Set<String> topics = ids(body.masteredTopicIds(), "topic", id -> curriculum.topic(id).isPresent(), unknown);
        Set<String> skills = ids(body.masteredSkillIds(), "skill", id -> curriculum.skill(id).isPresent(), unknown);
        Set<String> resources = ids(body.completedResourceIds(), "resource", id -> curriculum.anyResource(id).isPresent(), unknown);
        if (!unknown.isEmpty()) {
            throw LearnerPlans.badRequest("Unknown ids: " + String.join(", ", unknown) + ".");
        }
        return new PlanRequest(body.background(), body.hoursPerWeek(), start, target, topics, skills, resources);
    }

    private static Set<String> ids(List<String> ids, String kind, java.util.function.Predicate<String> known, List<String> unknown) {
        if (ids == null) {
            return Set.of();
        }
        for (String id : ids) {
            if (id == null || !known.test(id)) {
                unknown.add(kind + " '" + id + "'");
            }
        }
        return Set.copyOf(ids.stream().filter(id -> id != null).toList());
    }
}
