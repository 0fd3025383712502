package org.mlready.verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything measured about one learner that can show a topic: the latest completed readiness check, practice
 * mastery per skill, the hands-on labs, the labs that grade ordinary skills (the SQL tasks), and (not a
 * measurement) the topics they marked studied.
 *
 * @param latestCheck {@code null} when the learner has never finished a readiness check
 */
public record LearnerEvidence(Set<String> studiedTopics, CheckEvidence latestCheck, Map<String, SkillPractice> practice,
                              HandsOnEvidence handsOn, List<SkillLabEvidence> skillLabs) {

    public LearnerEvidence {
        studiedTopics = Set.copyOf(studiedTopics);
        practice = Map.copyOf(practice);
        skillLabs = List.copyOf(skillLabs);
    }

    public LearnerEvidence(Set<String> studiedTopics, CheckEvidence latestCheck, Map<String, SkillPractice> practice,
                           HandsOnEvidence handsOn) {
        this(studiedTopics, latestCheck, practice, handsOn, List.of());
    }

    /** A lab outside the hands-on set whose pass shows the skills it grades, e.g. the SQL tasks. */
    public record SkillLabEvidence(LabEvidence lab, Set<String> skillIds) {

        public SkillLabEvidence {
            skillIds = Set.copyOf(skillIds);
        }
    }

    /** A finished readiness check: the day it was completed (UTC) and P(mastered) per topic. */
    public record CheckEvidence(long checkId, LocalDate completedOn, Map<String, Double> pMastered) {

        public CheckEvidence {
            pMastered = Map.copyOf(pMastered);
        }
    }

    /** Knowledge-tracing mastery of one skill and the number of practice answers behind it. */
    public record SkillPractice(double mastery, int answers) {
    }

    /** The topic the hands-on labs validate, and each lab with the day it was first passed. */
    public record HandsOnEvidence(String topicId, List<LabEvidence> labs) {

        public HandsOnEvidence {
            labs = List.copyOf(labs);
        }
    }

    /** @param passedOn the UTC day of the first passing attempt, {@code null} if never passed */
    public record LabEvidence(String slug, String title, String href, LocalDate passedOn) {

        public boolean passed() {
            return passedOn != null;
        }
    }
}
