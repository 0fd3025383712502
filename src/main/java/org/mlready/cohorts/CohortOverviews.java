package org.mlready.cohorts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mlready.account.Account;
import org.mlready.account.AccountUser;
import org.mlready.account.Profiles;
import org.mlready.cohorts.CohortOverview.AreaColumns;
import org.mlready.cohorts.CohortOverview.MemberRow;
import org.mlready.cohorts.CohortOverview.PlanSummary;
import org.mlready.cohorts.CohortOverview.ReadinessSummary;
import org.mlready.cohorts.CohortOverview.TopicCell;
import org.mlready.cohorts.CohortOverview.TopicColumn;
import org.mlready.cohorts.CohortOverview.TopicSummary;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.Topic;
import org.mlready.planner.LearnerPlans;
import org.mlready.progress.LearnerProgress;
import org.mlready.progress.MasteryTracker;
import org.mlready.progress.Progress;
import org.mlready.progress.ProgressReport;
import org.mlready.progress.SkillMastery;
import org.springframework.stereotype.Service;

/** Builds a cohort's {@link CohortOverview} from the other modules' services and {@link LearnerActivity}. */
@Service
public class CohortOverviews {

    private final Cohorts cohorts;
    private final LearnerActivity activity;
    private final Profiles profiles;
    private final LearnerProgress progress;
    private final MasteryTracker mastery;
    private final LearnerPlans plans;
    private final Curriculum curriculum;
    private final Clock clock;

    CohortOverviews(Cohorts cohorts, LearnerActivity activity, Profiles profiles, LearnerProgress progress,
                    MasteryTracker mastery, LearnerPlans plans, Curriculum curriculum, Clock clock) {
        this.clock = clock;
        this.cohorts = cohorts;
        this.activity = activity;
        this.profiles = profiles;
        this.progress = progress;
        this.mastery = mastery;
        this.plans = plans;
        this.curriculum = curriculum;
    }

    /** The overview of a cohort the user manages (404 for any other). */
    public CohortOverview of(AccountUser user, long cohortId) {
        Cohort cohort = cohorts.managed(user, cohortId);
        List<CohortStore.Member> members = cohorts.members(cohort);
        List<Long> ids = members.stream().map(CohortStore.Member::accountId).toList();
        Instant now = clock.instant();
        Evidence evidence = new Evidence(clock.getZone(), LocalDate.now(clock),
                activity.practiceSince(ids, now.minus(Duration.ofDays(StuckRules.PRACTICE_WINDOW_DAYS))).stream()
                        .collect(Collectors.groupingBy(LearnerActivity.SkillAnswers::accountId)),
                activity.latestCompletedChecks(ids), activity.openChecks(ids), activity.lastActivity(ids),
                failedCheckpointScores(activity.failedCheckpoints(ids)));
        List<MemberRow> rows = members.stream().map(m -> row(m, evidence)).toList();
        return new CohortOverview(cohort, evidence.today(), columns(), rows, summaries(rows));
    }

    private record Evidence(ZoneId zone, LocalDate today, Map<Long, List<LearnerActivity.SkillAnswers>> practice,
                            Map<Long, LearnerActivity.CompletedCheck> completed, Map<Long, LearnerActivity.OpenCheck> open,
                            Map<Long, Instant> lastActivity,
                            Map<Long, Map<String, List<Integer>>> failedCheckpoints) {

        LocalDate day(Instant instant) {
            return instant == null ? null : LocalDate.ofInstant(instant, zone);
        }
    }

    /** Per learner, per checkpoint topic set never passed: the failed attempts' scores, oldest first. */
    private static Map<Long, Map<String, List<Integer>>> failedCheckpointScores(List<LearnerActivity.FailedCheckpoint> failed) {
        Map<Long, Map<String, List<Integer>>> scores = new java.util.HashMap<>();
        for (LearnerActivity.FailedCheckpoint f : failed) {
            scores.computeIfAbsent(f.accountId(), k -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(f.topicIds(), k -> new ArrayList<>()).add(f.scorePercent());
        }
        return scores;
    }

    private MemberRow row(CohortStore.Member member, Evidence evidence) {
        long id = member.accountId();
        Account account = profiles.get(id);
        Progress recorded = progress.of(id);
        ProgressReport report = progress.report(id, recorded);
        Map<String, SkillMastery> skills = mastery.all(id);
        Map<String, ProgressReport.TopicProgress> topicProgress = report.topics().stream()
                .collect(Collectors.toMap(ProgressReport.TopicProgress::topicId, Function.identity()));
        LearnerActivity.CompletedCheck check = evidence.completed().get(id);
        Map<String, LearnerActivity.TopicResult> readiness = check == null ? Map.of() : check.topics().stream()
                .collect(Collectors.toMap(LearnerActivity.TopicResult::topicId, Function.identity()));
        Map<String, LearnerActivity.SkillAnswers> recent = evidence.practice().getOrDefault(id, List.of()).stream()
                .collect(Collectors.toMap(LearnerActivity.SkillAnswers::skillId, Function.identity()));

        List<TopicCell> cells = new ArrayList<>();
        List<StuckFlag> flags = new ArrayList<>();
        for (Topic topic : curriculum.topics()) {
            Optional<StuckFlag> stuck = recentPractice(topic, recent, skills, evidence).flatMap(StuckRules::onTopic);
            stuck.ifPresent(flags::add);
            cells.add(cell(topic, topicProgress.get(topic.id()), readiness.get(topic.id()), skills, recent, stuck.isPresent()));
        }

        PlanSummary plan = plans.current(id).map(p -> new PlanSummary(p.status().state(), p.status().hours(),
                p.status().text(), p.inputs().hoursPerWeek(), p.status().currentWeek())).orElse(null);
        if (plan != null && plan.state().equals("BEHIND")) {
            StuckRules.behindPlan(plan.hours(), plan.hoursPerWeek()).ifPresent(flags::add);
        }
        evidence.failedCheckpoints().getOrDefault(id, Map.of()).forEach((topicIds, scores) -> {
            List<String> topics = List.of(topicIds.split(","));
            List<String> titles = topics.stream().map(t -> curriculum.topic(t).map(Topic::title).orElse(t)).toList();
            StuckRules.failedCheckpoint(topics.get(0), titles, scores).ifPresent(flags::add);
        });
        LocalDate signedUp = evidence.day(account.createdAt());
        LocalDate lastActive = evidence.day(evidence.lastActivity().get(id));
        StuckRules.inactive(lastActive == null ? signedUp : lastActive, lastActive != null, evidence.today())
                .ifPresent(flags::add);

        LearnerActivity.OpenCheck open = evidence.open().get(id);
        ReadinessSummary readinessSummary = new ReadinessSummary(check == null ? null : check.checkId(),
                check == null ? null : evidence.day(check.completedAt()), open == null ? null : open.checkId(),
                open == null ? null : open.answered());
        int done = (int) cells.stream().filter(TopicCell::done).count();
        int mastered = (int) cells.stream().filter(TopicCell::mastered).count();
        return new MemberRow(id, account.displayName(), account.email(), evidence.day(member.joinedAt()), signedUp,
                report.percentComplete(), done, mastered, cells.size(), plan, lastActive, readinessSummary, cells, flags);
    }

    /** The topic's practice in the window, if any: answers summed over its skills, mastery averaged over them. */
    private static Optional<TopicPractice> recentPractice(Topic topic, Map<String, LearnerActivity.SkillAnswers> recent,
                                                          Map<String, SkillMastery> skills, Evidence evidence) {
        List<LearnerActivity.SkillAnswers> answers = topic.skills().stream().map(s -> recent.get(s.id()))
                .filter(Objects::nonNull).toList();
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        double mean = answers.stream().mapToDouble(a -> skills.containsKey(a.skillId()) ? skills.get(a.skillId()).probability() : 0)
                .average().orElseThrow();
        Instant first = answers.stream().map(LearnerActivity.SkillAnswers::first).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = answers.stream().map(LearnerActivity.SkillAnswers::last).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new TopicPractice(topic.id(), topic.title(),
                answers.stream().mapToInt(LearnerActivity.SkillAnswers::answers).sum(),
                answers.stream().mapToInt(LearnerActivity.SkillAnswers::correct).sum(),
                evidence.day(first), evidence.day(last), mean));
    }

    private static TopicCell cell(Topic topic, ProgressReport.TopicProgress done, LearnerActivity.TopicResult readiness,
                                  Map<String, SkillMastery> skills, Map<String, LearnerActivity.SkillAnswers> recent,
                                  boolean stuck) {
        List<SkillMastery> practised = topic.skills().stream().map(Skill::id).map(skills::get).filter(Objects::nonNull).toList();
        Double practice = practised.isEmpty() ? null
                : practised.stream().mapToDouble(SkillMastery::probability).average().orElseThrow();
        boolean allSkillsMastered = !topic.skills().isEmpty() && practised.size() == topic.skills().size()
                && practised.stream().allMatch(SkillMastery::mastered);
        boolean readinessMastered = readiness != null && readiness.status().equals("MASTERED");
        int recentAnswers = topic.skills().stream().map(s -> recent.get(s.id())).filter(Objects::nonNull)
                .mapToInt(LearnerActivity.SkillAnswers::answers).sum();
        return new TopicCell(topic.id(), done.percent(), done.done(), readiness == null ? null : readiness.status(),
                readiness == null ? null : readiness.probability(), practice, recentAnswers,
                readinessMastered || allSkillsMastered, stuck);
    }

    private List<AreaColumns> columns() {
        return curriculum.studyAreas().stream().map(a -> new AreaColumns(a.id(), a.title(),
                a.topics().stream().map(t -> new TopicColumn(t.id(), t.title())).toList())).toList();
    }

    private List<TopicSummary> summaries(List<MemberRow> rows) {
        List<TopicSummary> summaries = new ArrayList<>();
        List<Topic> topics = curriculum.topics();
        for (int i = 0; i < topics.size(); i++) {
            int index = i;
            List<TopicCell> cells = rows.stream().map(r -> r.topics().get(index)).toList();
            summaries.add(new TopicSummary(topics.get(i).id(), topics.get(i).title(), topics.get(i).areaId(),
                    count(cells, TopicCell::done), count(cells, TopicCell::mastered), count(cells, TopicCell::stuck),
                    count(cells, c -> c.recentAnswers() > 0)));
        }
        return summaries;
    }

    private static int count(List<TopicCell> cells, java.util.function.Predicate<TopicCell> test) {
        return (int) cells.stream().filter(test).count();
    }
}
