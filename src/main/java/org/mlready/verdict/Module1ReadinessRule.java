package org.mlready.verdict;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlready.curriculum.Area;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.Topic;
import org.mlready.verdict.LearnerEvidence.CheckEvidence;
import org.mlready.verdict.LearnerEvidence.LabEvidence;
import org.mlready.verdict.LearnerEvidence.SkillLabEvidence;
import org.mlready.verdict.LearnerEvidence.SkillPractice;
import org.mlready.verdict.Module1Verdict.AreaVerdict;
import org.mlready.verdict.Module1Verdict.Evidence;
import org.mlready.verdict.Module1Verdict.NextAction;
import org.mlready.verdict.Module1Verdict.Source;
import org.mlready.verdict.Module1Verdict.TopicStatus;
import org.mlready.verdict.Module1Verdict.TopicVerdict;

/**
 * The rule that says whether a learner is ready for Module 1: ML Fundamentals.
 *
 * <p>A topic is <em>demonstrated</em> when measured evidence shows it:
 * <ul>
 *   <li>the learner's <em>latest</em> completed readiness check gives the topic P(mastered) of at least
 *       {@link #CHECK_MASTERY} (the check's own "mastered" bar; an older check that a later one contradicts no longer
 *       counts), or</li>
 *   <li>every skill of the topic has a knowledge-tracing mastery of at least {@link #PRACTICE_MASTERY} from at least
 *       {@link #MIN_ANSWERS_PER_SKILL} practice answers to that skill, or is graded by a lab the learner passed
 *       (the SQL tasks show relational SQL and warehousing; the topic's other skills still need practice).</li>
 * </ul>
 * The hands-on topic (the one the labs validate: Technical Skills Validation) is decided by the labs alone: it is
 * demonstrated when every hands-on lab has been passed, because its skills are tasks to carry out, which questions
 * cannot show. A topic the learner only marked studied (by hand, or by testing out of it) without such evidence is
 * "studied, not yet demonstrated"; any other topic is "not yet demonstrated".
 *
 * <p>The verdict is READY when every topic is demonstrated, otherwise NOT YET, with the missing topics in
 * prerequisite order and for each what to do next: practise it, take or retake the readiness check, or pass the
 * labs still open. Probabilities are shown cut (not rounded) to two decimals, so a shown value never crosses a bar.
 * Pure: no Spring, no I/O; the service gathers the evidence.
 */
public final class Module1ReadinessRule {

    /** P(mastered) from the latest readiness check at or above which a topic is demonstrated. */
    public static final double CHECK_MASTERY = 0.9;

    /** Knowledge-tracing mastery at or above which a practised skill counts. */
    public static final double PRACTICE_MASTERY = 0.95;

    /** Practice answers a skill needs before its mastery counts (three lucky answers in a row are not enough). */
    public static final int MIN_ANSWERS_PER_SKILL = 4;

    static final String READINESS_HREF = "/readiness";

    private final Curriculum curriculum;

    public Module1ReadinessRule(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    public Module1Verdict decide(LearnerEvidence evidence) {
        List<AreaVerdict> areas = new ArrayList<>();
        Map<String, TopicVerdict> byId = new java.util.HashMap<>();
        for (Area area : curriculum.studyAreas()) {
            List<TopicVerdict> topics = area.topics().stream().map(t -> topic(t, evidence)).toList();
            topics.forEach(t -> byId.put(t.topicId(), t));
            areas.add(new AreaVerdict(area.id(), area.title(), (int) topics.stream().filter(TopicVerdict::demonstrated).count(), topics));
        }
        List<TopicVerdict> missing = curriculum.graph().order().stream().map(byId::get).filter(t -> !t.demonstrated()).toList();
        int total = byId.size();
        int demonstrated = total - missing.size();
        boolean ready = missing.isEmpty();
        String headline = ready
                ? "Ready for Module 1: ML Fundamentals. All " + total + " topics are demonstrated."
                : "Not yet ready for Module 1: ML Fundamentals. " + demonstrated + " of " + total
                        + " topics demonstrated, " + missing.size() + " to go.";
        return new Module1Verdict(ready ? Module1Verdict.Overall.READY : Module1Verdict.Overall.NOT_YET, headline,
                demonstrated, total, areas, missing);
    }

    private TopicVerdict topic(Topic topic, LearnerEvidence evidence) {
        List<Evidence> shown = new ArrayList<>();
        List<NextAction> next = new ArrayList<>();
        if (evidence.handsOn() != null && topic.id().equals(evidence.handsOn().topicId())) {
            for (LabEvidence lab : evidence.handsOn().labs()) {
                shown.add(new Evidence(Source.LAB, lab.passed(), lab.passed()
                        ? "lab: " + lab.title() + " passed " + lab.passedOn()
                        : "lab: " + lab.title() + " not passed yet"));
                if (!lab.passed()) {
                    next.add(new NextAction("Pass the lab: " + lab.title(), lab.href()));
                }
            }
            boolean done = !evidence.handsOn().labs().isEmpty() && evidence.handsOn().labs().stream().allMatch(LabEvidence::passed);
            return verdict(topic, evidence, done, shown, done ? List.of() : next);
        }
        CheckEvidence check = evidence.latestCheck();
        Double p = check == null ? null : check.pMastered().get(topic.id());
        if (p != null) {
            boolean shows = p >= CHECK_MASTERY;
            shown.add(new Evidence(Source.READINESS_CHECK, shows, "readiness check of " + check.completedOn()
                    + ": P(mastered) " + cut(p) + (shows ? "" : ", below " + cut(CHECK_MASTERY))));
        }
        Set<String> topicSkills = topic.skills().stream().map(Skill::id).collect(Collectors.toSet());
        Set<String> shownByLab = new HashSet<>();
        List<NextAction> labActions = new ArrayList<>();
        for (SkillLabEvidence skillLab : evidence.skillLabs()) {
            Set<String> graded = new HashSet<>(skillLab.skillIds());
            graded.retainAll(topicSkills);
            if (graded.isEmpty()) {
                continue;
            }
            LabEvidence lab = skillLab.lab();
            boolean coversTopic = lab.passed() && graded.equals(topicSkills);
            shown.add(new Evidence(Source.LAB, coversTopic, lab.passed()
                    ? "lab: " + lab.title() + " passed " + lab.passedOn() + ", showing " + graded.size() + "/"
                            + topicSkills.size() + " skills"
                    : "lab: " + lab.title() + " not passed yet (it would show " + graded.size() + "/"
                            + topicSkills.size() + " skills)"));
            if (lab.passed()) {
                shownByLab.addAll(graded);
            } else {
                labActions.add(new NextAction("Pass the lab: " + lab.title(), lab.href()));
            }
        }
        PracticeSummary practice = practice(topic, evidence.practice(), shownByLab);
        if (practice.answers() > 0) {
            String byLab = practice.byLab() > 0 ? " (" + practice.byLab() + " of them shown by a lab)" : "";
            shown.add(new Evidence(Source.PRACTICE, practice.shows(), practice.shows()
                    ? "practice: " + practice.answers() + " answers, mastery " + cut(practice.lowest()) + " or more on "
                            + practice.counted() + "/" + practice.skills() + " skills" + byLab
                    : "practice: " + practice.answers() + " answers, " + practice.counted() + "/" + practice.skills()
                            + " skills at mastery " + cut(PRACTICE_MASTERY) + " with " + MIN_ANSWERS_PER_SKILL
                            + " or more answers" + byLab));
        }
        boolean done = shown.stream().anyMatch(Evidence::shows);
        if (!done) {
            next.add(new NextAction("Practise " + topic.title() + " until every skill is mastered ("
                    + practice.counted() + "/" + practice.skills() + " so far)", "/topics/" + topic.id() + "/practice"));
            next.add(new NextAction(check == null ? "Take the readiness check" : "Retake the readiness check", READINESS_HREF));
            next.addAll(labActions);
        }
        return verdict(topic, evidence, done, shown, next);
    }

    private static TopicVerdict verdict(Topic topic, LearnerEvidence evidence, boolean done, List<Evidence> shown,
                                        List<NextAction> next) {
        TopicStatus status = done ? TopicStatus.DEMONSTRATED
                : evidence.studiedTopics().contains(topic.id()) ? TopicStatus.STUDIED_NOT_DEMONSTRATED
                : TopicStatus.NOT_DEMONSTRATED;
        return new TopicVerdict(topic.id(), topic.title(), topic.areaId(), status, shown, next);
    }

    /** @param counted skills shown by practice or by a passed lab; {@code byLab} of them by a lab */
    private record PracticeSummary(int skills, int counted, int answers, double lowest, int byLab) {

        boolean shows() {
            return skills > 0 && counted == skills;
        }
    }

    private static PracticeSummary practice(Topic topic, Map<String, SkillPractice> practice, Set<String> shownByLab) {
        int counted = 0;
        int answers = 0;
        int byLab = 0;
        double lowest = 1;
        for (Skill skill : topic.skills()) {
            SkillPractice p = practice.get(skill.id());
            if (shownByLab.contains(skill.id())) {
                counted++;
                byLab++;
                answers += p == null ? 0 : p.answers();
                continue;
            }
            if (p == null) {
                lowest = 0;
                continue;
            }
            answers += p.answers();
            lowest = Math.min(lowest, p.mastery());
            if (p.mastery() >= PRACTICE_MASTERY && p.answers() >= MIN_ANSWERS_PER_SKILL) {
                counted++;
            }
        }
        return new PracticeSummary(topic.skills().size(), counted, answers, lowest, byLab);
    }

    /** Two decimals, cut towards zero, so 0.899 shows as 0.89 and never as the 0.90 it does not reach. */
    static String cut(double probability) {
        return BigDecimal.valueOf(probability).setScale(2, RoundingMode.FLOOR).toPlainString();
    }
}
