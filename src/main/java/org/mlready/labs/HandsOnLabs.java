package org.mlready.labs;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** What other modules may ask the labs: which topic the hands-on labs validate, and which of them a learner passed. */
@Service
public class HandsOnLabs {

    /** One hands-on lab and when the learner first passed it ({@code null}: not passed yet). */
    public record LabStanding(String slug, String title, String path, List<String> skillIds, Instant firstPassedAt) {

        public boolean passed() {
            return firstPassedAt != null;
        }
    }

    private final LabAttempts attempts;

    HandsOnLabs(LabAttempts attempts) {
        this.attempts = attempts;
    }

    /** The curriculum topic that passing every hands-on lab validates. */
    public String validatedTopicId() {
        return Lab.VALIDATION_TOPIC;
    }

    /** The labs that grade ordinary curriculum skills rather than the hands-on tasks (the SQL tasks). */
    public List<LabStanding> skillLabStandings(long accountId) {
        Map<Lab, Instant> passes = attempts.firstPasses(accountId);
        return Arrays.stream(Lab.values()).filter(lab -> !lab.handsOn()).map(lab -> new LabStanding(lab.slug(),
                lab.title(), "/labs/" + lab.slug(), lab.skillIds(), passes.get(lab))).toList();
    }

    /** Every hands-on lab, in the order the labs page lists them. */
    public List<LabStanding> standings(long accountId) {
        Map<Lab, Instant> passes = attempts.firstPasses(accountId);
        return Arrays.stream(Lab.values()).filter(Lab::handsOn).map(lab -> new LabStanding(lab.slug(), lab.title(),
                "/labs/" + lab.slug(), lab.skillIds(), passes.get(lab))).toList();
    }
}
