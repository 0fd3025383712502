package org.mlready.planner.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Pathway;
import org.mlready.curriculum.Resource;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.Topic;

/**
 * Computes a learner's week-by-week plan. Pure Java and deterministic: equal requests give equal plans, and the
 * order of the request's sets does not matter. Thread-safe once built.
 *
 * <h2>Work items</h2>
 * A plan is a sequence of <em>study sessions</em>, each counted in the weekly hours:
 * <ul>
 *   <li>a {@link TaskKind#RESOURCE resource} of a topic, in full or in part; a resource longer than what is left in a
 *       week continues the next week, so no task ever exceeds the weekly hours;</li>
 *   <li>a {@linkplain StudyTask#pathwayResource() pathway resource}: one of the learner's pathway's own resources
 *       (such as "Python for Mathematicians"), in full or in part, studied as the opening of one topic it supports
 *       (see below);</li>
 *   <li>one {@link TaskKind#PRACTICE practice set} per topic, one hour, after the topic's resources (it too may
 *       continue the next week);</li>
 *   <li>a weekly {@link TaskKind#CHECKPOINT checkpoint}, a short item-bank quiz on the skills studied that week:
 *       30 minutes at 4 hours a week or more, 15 minutes below.</li>
 * </ul>
 * Time is counted in quarter hours, so week sums are exact.
 *
 * <h2>Study budget (how hours and the seed's week ranges relate)</h2>
 * The curriculum's topic resources add up to 788 hours and each pathway's own to another 60 to 105, far more than
 * the seed's 8 to 24 weeks allow, so each background studies every topic but only a budgeted share of the resources.
 * The seed's week ranges are read at the {@linkplain StudyBudget#REFERENCE_HOURS_PER_WEEK reference pace of 10 hours
 * a week}. For background {@code b} with range {@code [min, max]} (read from the {@link Pathway}):
 * <pre>
 *   S(b)         = (10 h - 0.5 h checkpoint) * (min + max) / 2          planned study: resources + practice
 *   weight(area) = 1    for the pathway's emphasis areas
 *                  1/8  for the area the background already knows (maths for maths-statistics, programming for
 *                       software-engineering): a review
 *                  1/4  for every other area
 *   budget(t)    = clamp(round(s * weight(area of t) * hours(t)), 1 h, hours(t))   resource study of topic t
 *   budget(r)    = clamp(round(s * 1 * hours(r)), 1 h, hours(r))       study of pathway resource r (weighted like an
 *                                                                       emphasis area: it is the pathway's core advice)
 *   s            = the largest scale (found by bisection) with
 *                  sum of budget(t) + sum of budget(r) <= S(b) - 1 h * topics
 * </pre>
 * The pathway resources thus share S(b) with the topics' resources instead of adding to it: the week ranges stay as
 * they were and every topic's share shrinks a little. A learner studying {@code h} hours a week then needs
 * {@code weeks = ceil(study / (h - checkpoint(h)))} weeks, where {@code study} is S(b) less whatever is mastered or
 * completed. With nothing mastered:
 * <pre>
 *   background            range   S(b)    topic res.  pathway res.  practice  s      10 h/week       20 h/week
 *   maths-statistics      8-12    95 h    59 h        15 h          21 h      0.25   10 weeks 100 h  5 weeks
 *   software-engineering  10-14   114 h   77.75 h     15.25 h       21 h      0.17   12 weeks 120 h  6 weeks
 *   beginner              16-24   190 h   149.25 h    19.75 h       21 h      0.19   20 weeks 200 h  10 weeks
 * </pre>
 * (total hours include the weekly checkpoints). So at 10 hours a week each plan lasts the middle of its range, and
 * it stays inside the range from 9 to 14 whole hours a week (maths-statistics) or 9 to 13 (the other two). Maths
 * and statistics graduates get 22.75 of their 59 topic-resource hours on programming and 7.5 on mathematics, plus
 * 15 on their pathway's resources (Python, computational statistics, implementing algorithms); software engineers
 * 40 on mathematics, 19.25 on ML theory and 3 on programming, plus 15.25 on theirs (mostly mathematics); beginners
 * spread evenly (all nine areas are the beginner pathway's emphasis).
 *
 * <p>A topic's budget is filled with its resources shortest first, whole while they fit, and the remainder as the
 * first part of the next one, so a small budget means "watch the short video series", a full one every resource.
 *
 * <h2>Where pathway resources go</h2>
 * Each pathway resource lists the topics it {@linkplain Pathway#topicsSupportedBy supports} (from the content's
 * {@code supports}). It is studied, once, as the opening sessions of the first of those topics that the plan
 * studies (first in the order the topics alone would be studied): after that topic's prerequisites, before the
 * topic's own resources and practice, and in two-hour sittings like them, so beginners still alternate. It is
 * left out when the learner has completed it, or when every topic it supports is skipped (mastered, tested out,
 * or all its skills mastered); when only some are skipped it keeps that fraction of its budget (rounded up to a
 * quarter hour). Ticking it done is the only way to finish it: marking a topic studied does not, as it serves
 * several.
 *
 * <h2>What the learner already knows</h2>
 * Mastered topics are skipped, and so is a topic whose skills are all mastered. A topic with some skills mastered
 * keeps its practice set and that fraction of its budget (rounded up to a quarter hour). Completed resources are not
 * scheduled and their full hours count towards their topic's budget, which may leave only the practice set.
 *
 * <h2>Order</h2>
 * See {@link StudyOrder}: prerequisites (transitively, through topics that are skipped too) finish before a
 * dependent starts; among ready topics, emphasised areas first, then topics leading to them; beginners alternate
 * two-hour sittings of mathematics and programming until both areas are done. Weeks are filled in that order, every
 * week but the last to the brim, so no week is empty.
 *
 * <h2>Target date and re-planning</h2>
 * Week {@code n} starts {@code 7(n - 1)} days after the start date; a plan meets a target date when its last week
 * ends on or before it. If it does not, the answer is {@link TargetUnreachable} with the fewest whole hours per week
 * that would (found by binary search; the number of weeks never grows with the hours), or none when even 80 are not
 * enough. {@link #replan} plans again from the request's start date (today) with its mastered and completed sets,
 * so done work stays out, and lists what changed.
 */
public final class PlanScheduler {

    private final Curriculum curriculum;
    private final StudyOrder order;
    private final Map<String, BackgroundAreas> areasByPathway = new LinkedHashMap<>();
    private final Map<String, StudyBudget> budgetByPathway = new LinkedHashMap<>();

    public PlanScheduler(Curriculum curriculum) {
        this.curriculum = curriculum;
        this.order = new StudyOrder(curriculum);
        for (Pathway pathway : curriculum.pathways()) {
            BackgroundAreas areas = BackgroundAreas.of(curriculum, pathway);
            areasByPathway.put(pathway.id(), areas);
            budgetByPathway.put(pathway.id(), StudyBudget.of(curriculum, pathway, areas));
        }
    }

    /** The plan for a request; when it names a target date the plan cannot meet, the hours it would need. */
    public PlanOutcome plan(PlanRequest request) {
        List<StudyTask> sessions = sessions(request);
        Plan plan = new Plan(request.pathwayId(), request.hoursPerWeek(), request.startDate(),
                WeekPacker.pack(sessions, request.hoursPerWeek(), request.startDate()));
        if (request.targetDate().isEmpty()) {
            return plan;
        }
        LocalDate target = request.targetDate().get();
        int available = weeksAvailable(request.startDate(), target);
        if (plan.weeks().size() <= available) {
            return plan;
        }
        int study = sessions.stream().mapToInt(StudyTask::minutes).sum();
        return new TargetUnreachable(target, available, plan, neededHoursPerWeek(study, request.hoursPerWeek(), available));
    }

    /** Plans again from the request's start date (today), keeping mastered and completed work out. */
    public Replan replan(Plan previous, PlanRequest today) {
        PlanOutcome outcome = plan(today);
        return new Replan(outcome, PlanChanges.between(previous, outcome.plan()));
    }

    /** The study budget of a background (a pathway id). */
    public StudyBudget budget(String pathwayId) {
        StudyBudget budget = budgetByPathway.get(pathwayId);
        if (budget == null) {
            throw new IllegalArgumentException("unknown background '" + pathwayId + "'; known: " + budgetByPathway.keySet());
        }
        return budget;
    }

    /** Whole weeks from the start date up to and including the target date. */
    static int weeksAvailable(LocalDate start, LocalDate target) {
        long days = ChronoUnit.DAYS.between(start, target) + 1;
        return days <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, days / 7);
    }

    private static OptionalInt neededHoursPerWeek(int studyMinutes, int requested, int weeksAvailable) {
        if (weeksAvailable == 0
                || WeekPacker.weeksNeeded(studyMinutes, PlanRequest.MAX_HOURS_PER_WEEK) > weeksAvailable) {
            return OptionalInt.empty();
        }
        int tooFew = requested;
        int enough = PlanRequest.MAX_HOURS_PER_WEEK;
        while (enough - tooFew > 1) {
            int middle = (tooFew + enough) >>> 1;
            if (WeekPacker.weeksNeeded(studyMinutes, middle) <= weeksAvailable) {
                enough = middle;
            } else {
                tooFew = middle;
            }
        }
        return OptionalInt.of(enough);
    }

    private List<StudyTask> sessions(PlanRequest request) {
        StudyBudget budget = budget(request.pathwayId());
        BackgroundAreas areas = areasByPathway.get(request.pathwayId());
        LinkedHashMap<String, List<StudyTask>> work = new LinkedHashMap<>();
        for (String topicId : curriculum.graph().order()) {
            if (request.masteredTopicIds().contains(topicId)) {
                continue;
            }
            Topic topic = curriculum.topic(topicId).orElseThrow();
            List<String> openSkills = topic.skills().stream().map(Skill::id)
                    .filter(skill -> !request.masteredSkillIds().contains(skill)).toList();
            if (!openSkills.isEmpty()) {
                work.put(topicId, TopicWork.sessions(topic, budget.topicMinutes(topicId), openSkills,
                        request.completedResourceIds()));
            }
        }
        List<StudyTask> topicsOnly = order.arrange(work, areas);
        Map<String, List<StudyTask>> openings = pathwayOpenings(request, budget, work, topicsOnly);
        if (openings.isEmpty()) {
            return topicsOnly;
        }
        LinkedHashMap<String, List<StudyTask>> withOpenings = new LinkedHashMap<>();
        work.forEach((topicId, sessions) -> {
            List<StudyTask> all = new ArrayList<>(openings.getOrDefault(topicId, List.of()));
            all.addAll(sessions);
            withOpenings.put(topicId, all);
        });
        return order.arrange(withOpenings, areas);
    }

    /**
     * The pathway's own resources, each as the opening sessions of the first topic (in the order the topics alone
     * would be studied) among those it supports that are still planned; in the pathway's order within a topic.
     */
    private Map<String, List<StudyTask>> pathwayOpenings(PlanRequest request, StudyBudget budget,
                                                         Map<String, List<StudyTask>> work, List<StudyTask> topicsOnly) {
        Pathway pathway = curriculum.pathway(request.pathwayId()).orElseThrow();
        List<String> topicOrder = topicsOnly.stream().map(StudyTask::topicId).distinct().toList();
        Map<String, List<StudyTask>> openings = new HashMap<>();
        for (Resource resource : pathway.resources()) {
            if (request.completedResourceIds().contains(resource.id())) {
                continue;
            }
            List<String> supported = pathway.topicsSupportedBy(resource.id());
            List<String> planned = supported.stream().filter(work::containsKey).toList();
            if (planned.isEmpty()) {
                continue;
            }
            String anchor = topicOrder.stream().filter(planned::contains).findFirst().orElseThrow();
            int minutes = budget.pathwayResourceMinutes(resource.id());
            if (planned.size() < supported.size()) {
                minutes = StudyBudget.ceilToSlot((double) minutes * planned.size() / supported.size());
            }
            List<String> openSkills = work.get(anchor).get(0).skillIds();
            openings.computeIfAbsent(anchor, topic -> new ArrayList<>())
                    .addAll(TopicWork.pathwayOpening(anchor, openSkills, resource.id(), minutes));
        }
        return openings;
    }
}
