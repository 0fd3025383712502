package org.mlready.planner;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import org.mlready.account.Account;
import org.mlready.account.Profiles;
import org.mlready.curriculum.Curriculum;
import org.mlready.planner.schedule.Plan;
import org.mlready.planner.schedule.PlanOutcome;
import org.mlready.planner.schedule.PlanRequest;
import org.mlready.planner.schedule.PlanScheduler;
import org.mlready.planner.schedule.PlanWeek;
import org.mlready.planner.schedule.Replan;
import org.mlready.planner.schedule.StudyTask;
import org.mlready.planner.schedule.TaskKind;
import org.mlready.planner.schedule.TargetUnreachable;
import org.mlready.progress.LearnerProgress;
import org.mlready.progress.Progress;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Each learner's study plan: made from their profile (background, weekly hours) and progress (finished resources,
 * studied topics, skills mastered in practice), stored as those inputs, recomputed on every read, re-planned from
 * today on request, and measured against what the learner has finished.
 */
@Service
public class LearnerPlans {

    /** A learner's current plan, recomputed from its stored inputs, with where they stand. */
    public record LearnerPlan(long accountId, PlanInputs inputs, PlanOutcome outcome, PlanStatus status, Progress progress,
                              String calendarToken, Instant createdAt, Instant updatedAt) {

        public Plan plan() {
            return outcome.plan();
        }

        public boolean done(StudyTask task) {
            return isDone(task, progress);
        }
    }

    /** The furthest a start date may lie from today, either way. */
    static final int MAX_START_OFFSET_DAYS = 366;
    /** The furthest a target date may lie after the start. */
    static final int MAX_TARGET_YEARS = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PlanStore store;
    private final PlanScheduler scheduler;
    private final Profiles profiles;
    private final LearnerProgress progress;
    private final Curriculum curriculum;
    private final Clock clock;

    LearnerPlans(PlanStore store, PlanScheduler scheduler, Profiles profiles, LearnerProgress progress,
                 Curriculum curriculum, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.scheduler = scheduler;
        this.profiles = profiles;
        this.progress = progress;
        this.curriculum = curriculum;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The learner's plan, if they made one. */
    public Optional<LearnerPlan> current(long accountId) {
        return store.find(accountId).map(this::load);
    }

    /** The plan behind a calendar feed's secret token. */
    public Optional<LearnerPlan> byCalendarToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return store.findByCalendarToken(token).map(this::load);
    }

    /** Whether the learner's profile has what a plan needs: a known background and weekly hours. */
    public boolean canPlan(long accountId) {
        Account account = profiles.get(accountId);
        return account.hasChosenBackground() && curriculum.pathway(account.background()).isPresent();
    }

    /**
     * Makes (or remakes) the learner's plan from their profile and progress, starting on {@code start} (today when
     * empty). A plan that cannot meet the target date is returned as {@link TargetUnreachable} and not stored.
     */
    @Transactional
    public PlanOutcome create(long accountId, Optional<LocalDate> start, Optional<LocalDate> target) {
        LocalDate startDate = start.orElse(today());
        checkDates(startDate, target, today());
        PlanInputs inputs = inputsFor(accountId, startDate, target);
        PlanOutcome outcome = scheduler.plan(inputs.toRequest());
        if (outcome instanceof Plan) {
            store.save(accountId, inputs, newToken());
        }
        return outcome;
    }

    /**
     * Plans again from today with the learner's current profile and progress, keeping the target date, and says
     * what changed against the plan they had. The new plan is stored even when it can no longer meet the target.
     */
    @Transactional
    public Replan replan(long accountId) {
        PlanStore.StoredPlan stored = store.find(accountId).orElseThrow(LearnerPlans::noPlan);
        Plan previous = scheduler.plan(stored.inputs().toRequest()).plan();
        PlanInputs next = inputsFor(accountId, today(), stored.inputs().targetDate());
        Replan replan = scheduler.replan(previous, next.toRequest());
        store.save(accountId, next, stored.calendarToken());
        return replan;
    }

    /** A plan for any inputs, stored nowhere. */
    public PlanOutcome preview(PlanRequest request) {
        return scheduler.plan(request);
    }

    static ResponseStatusException noPlan() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "You have no study plan yet: create one on /plan, or PUT /api/me/plan.");
    }

    /** Refuses dates a plan cannot sensibly use, with a message saying which and why. */
    static void checkDates(LocalDate start, Optional<LocalDate> target, LocalDate today) {
        if (Math.abs(ChronoUnit.DAYS.between(today, start)) > MAX_START_OFFSET_DAYS) {
            throw badRequest("startDate " + start + " is more than a year from today (" + today + ").");
        }
        if (target.isPresent()) {
            if (target.get().isBefore(start)) {
                throw badRequest("targetDate " + target.get() + " is before startDate " + start + ".");
            }
            if (target.get().isAfter(start.plusYears(MAX_TARGET_YEARS))) {
                throw badRequest("targetDate " + target.get() + " is more than " + MAX_TARGET_YEARS
                        + " years after startDate " + start + ".");
            }
        }
    }

    static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }

    private PlanInputs inputsFor(long accountId, LocalDate start, Optional<LocalDate> target) {
        Account account = profiles.get(accountId);
        if (!canPlan(accountId)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Choose your background and weekly hours on your profile (/profile) before making a plan.");
        }
        Progress current = progress.of(accountId);
        return new PlanInputs(account.background(), account.weeklyHours(), start, target, current.studiedTopics(),
                current.masteredSkills(), current.completedResources());
    }

    private LearnerPlan load(PlanStore.StoredPlan stored) {
        PlanOutcome outcome = scheduler.plan(stored.inputs().toRequest());
        Progress now = progress.of(stored.accountId());
        return new LearnerPlan(stored.accountId(), stored.inputs(), outcome, status(outcome.plan(), now, today()), now,
                stored.calendarToken(), stored.createdAt(), stored.updatedAt());
    }

    /** See {@link PlanStatus}. */
    static PlanStatus status(Plan plan, Progress progress, LocalDate today) {
        long days = ChronoUnit.DAYS.between(plan.startDate(), today);
        int current = days < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE - 1, days / 7 + 1);
        int net = 0;
        int weekPlanned = 0;
        int weekDone = 0;
        for (PlanWeek week : plan.weeks()) {
            for (StudyTask task : week.tasks()) {
                boolean done = isDone(task, progress);
                if (week.number() < current) {
                    net += done ? 0 : -task.minutes();
                } else if (week.number() == current) {
                    weekPlanned += task.minutes();
                    weekDone += done ? task.minutes() : 0;
                } else if (done) {
                    net += task.minutes();
                }
            }
        }
        return PlanStatus.of(net, current, weekPlanned, weekDone);
    }

    /**
     * A resource task is done once its resource is finished or, for a topic's own resource, its topic marked
     * studied. A pathway resource serves several topics, so only ticking it done finishes it. A checkpoint is done
     * once the learner passed a checkpoint quiz on its topics; a practice set once practice has brought every skill it
     * works on to mastery.
     */
    static boolean isDone(StudyTask task, Progress progress) {
        if (task.kind() == TaskKind.CHECKPOINT) {
            return progress.passedCheckpoint(task.topicIds());
        }
        if (task.kind() == TaskKind.PRACTICE) {
            return !task.skillIds().isEmpty() && progress.masteredSkills().containsAll(task.skillIds());
        }
        if (task.kind() != TaskKind.RESOURCE) {
            return false;
        }
        return progress.completedResources().contains(task.resourceId().orElseThrow())
                || (!task.pathwayResource() && progress.studiedTopics().contains(task.topicId()));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
