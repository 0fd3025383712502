package org.mlready.planner;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mlready.account.Account;
import org.mlready.account.AccountUser;
import org.mlready.account.Profiles;
import org.mlready.curriculum.Curriculum;
import org.mlready.planner.schedule.PlanOutcome;
import org.mlready.planner.schedule.Replan;
import org.mlready.planner.schedule.TargetUnreachable;
import org.mlready.progress.LearnerProgress;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The learner's plan page: make or remake the plan, a timeline of topics, this week's tasks to tick off, whether
 * they are on track, re-planning from today, and every week below; a printable copy; and the calendar feed.
 */
@Controller
class PlanPageController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final LearnerPlans plans;
    private final PlanViews views;
    private final PlanCalendar calendar;
    private final Profiles profiles;
    private final LearnerProgress progress;
    private final Curriculum curriculum;

    PlanPageController(LearnerPlans plans, PlanViews views, PlanCalendar calendar, Profiles profiles,
                       LearnerProgress progress, Curriculum curriculum) {
        this.plans = plans;
        this.views = views;
        this.calendar = calendar;
        this.profiles = profiles;
        this.progress = progress;
        this.curriculum = curriculum;
    }

    @GetMapping("/plan")
    String plan(@AuthenticationPrincipal AccountUser user, Model model) {
        return show(user, model);
    }

    @PostMapping("/plan")
    String create(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String startDate,
                  @RequestParam(required = false) String targetDate, Model model) {
        model.addAttribute("formStart", startDate);
        model.addAttribute("formTarget", targetDate);
        try {
            PlanOutcome outcome = plans.create(user.id(), PlanDates.parse("Start date", startDate),
                    PlanDates.parse("Target date", targetDate));
            if (outcome instanceof TargetUnreachable unreachable) {
                model.addAttribute("formError", unreachable.explanation() + " Your plan was not changed: choose a later "
                        + "target date, or raise your weekly hours on your profile.");
                model.addAttribute("neededHours", unreachable.neededHoursPerWeek().isPresent()
                        ? unreachable.neededHoursPerWeek().getAsInt() : null);
                return show(user, model);
            }
        } catch (ResponseStatusException rejected) {
            model.addAttribute("formError", rejected.getReason());
            return show(user, model);
        }
        return "redirect:/plan";
    }

    @PostMapping("/plan/replan")
    String replan(@AuthenticationPrincipal AccountUser user, Model model) {
        try {
            Replan replan = plans.replan(user.id());
            model.addAttribute("changes", views.changes(replan.changes()));
        } catch (ResponseStatusException rejected) {
            model.addAttribute("formError", rejected.getReason());
        }
        return show(user, model);
    }

    /** Ticks a resource of the plan done or not done; htmx swaps "this week" in place, otherwise back to the plan. */
    @PostMapping("/plan/resources/{resourceId}")
    String tick(@PathVariable String resourceId, @RequestParam boolean done, @AuthenticationPrincipal AccountUser user,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        progress.markResource(user.id(), resourceId, done);
        if (htmx == null) {
            return "redirect:/plan#this-week";
        }
        show(user, model);
        return "planner/this-week :: week";
    }

    @GetMapping("/plan/print")
    String print(@AuthenticationPrincipal AccountUser user, Model model) {
        show(user, model);
        if (model.getAttribute("plan") == null) {
            return "redirect:/plan";
        }
        return "planner/print";
    }

    @GetMapping("/plan/calendar/{token}.ics")
    ResponseEntity<String> subscribedCalendar(@PathVariable String token) {
        LearnerPlans.LearnerPlan plan = plans.byCalendarToken(token).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No calendar at this address."));
        return calendarResponse(calendar.ics(plan));
    }

    static ResponseEntity<String> calendarResponse(String ics) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("mlready-plan.ics").build().toString())
                .body(ics);
    }

    private String show(AccountUser user, Model model) {
        Account account = profiles.get(user.id());
        model.addAttribute("account", account);
        model.addAttribute("canPlan", plans.canPlan(user.id()));
        model.addAttribute("pathway", account.background() == null ? null : curriculum.pathway(account.background()).orElse(null));
        model.addAttribute("today", plans.today());
        model.addAttribute("hours", new HoursFormat());
        model.addAttribute("topicTitles", curriculum.topics().stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.id(), t -> t.title())));
        Optional<LearnerPlans.LearnerPlan> current = plans.current(user.id());
        if (current.isPresent()) {
            LearnerPlans.LearnerPlan learnerPlan = current.get();
            PlanView plan = views.of(learnerPlan.outcome(), learnerPlan.progress(),
                    learnerPlan.inputs().targetDate().orElse(null));
            PlanStatus status = learnerPlan.status();
            model.addAttribute("plan", plan);
            model.addAttribute("status", status);
            int weekNumber = Math.max(1, status.currentWeek());
            model.addAttribute("thisWeek", plan.weeks().stream().filter(w -> w.number() == weekNumber).findFirst().orElse(null));
            model.addAttribute("notStarted", status.currentWeek() == 0);
            model.addAttribute("finished", status.currentWeek() > plan.weeks().size());
            model.addAttribute("calendarUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/plan/calendar/{token}.ics").buildAndExpand(learnerPlan.calendarToken()).toUriString());
            model.addAttribute("chartLabels", String.join("|", plan.topics().stream().map(PlanView.TopicSpan::title).toList()));
            model.addAttribute("chartStarts", String.join("|", plan.topics().stream().map(t -> String.valueOf(t.firstWeek())).toList()));
            model.addAttribute("chartEnds", String.join("|", plan.topics().stream().map(t -> String.valueOf(t.lastWeek())).toList()));
            if (!model.containsAttribute("formStart")) {
                model.addAttribute("formStart", learnerPlan.inputs().startDate().toString());
                model.addAttribute("formTarget", learnerPlan.inputs().targetDate().map(Object::toString).orElse(""));
            }
        } else if (!model.containsAttribute("formStart")) {
            model.addAttribute("formStart", plans.today().toString());
            model.addAttribute("formTarget", "");
        }
        return "planner/plan";
    }
}
