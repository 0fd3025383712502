package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mlready.cohorts.StuckRules;
import org.mlready.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.mlready.support.ShiftableClock;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Cohorts driven over HTTP as instructors and learners use them: an instructor makes a cohort, learners join with
 * its code, one of them practises a topic without success and shows up as stuck on it with the evidence, another
 * starts the readiness check and makes a plan; owners alone see their cohorts. Runs on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mlready.admin.email=" + CohortHttpTests.ADMIN, "mlready.admin.password=" + CohortHttpTests.ADMIN_PASSWORD})
@Import(CohortHttpTests.TestClock.class)
abstract class CohortHttpTests {

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        ShiftableClock shiftableClock() {
            return new ShiftableClock();
        }
    }

    @Autowired
    ShiftableClock clock;

    static final String ADMIN = "root@mlready.test";
    static final String ADMIN_PASSWORD = "admin-pass-2026";
    static final String PASSWORD = "study-hard-2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    WebClient browser() {
        return new WebClient(port);
    }

    static String email(String kind) {
        return kind + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static JsonNode json(WebClient.Response response) {
        return JSON.readTree(response.body());
    }

    String signUp(String email, String name) {
        var response = browser().api("POST", "/api/signup",
                "{\"email\":\"" + email + "\",\"displayName\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}", null, null);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return email;
    }

    /** Signs up and is made an instructor by the admin, through the admin's role API. */
    String instructor(String name) {
        String email = signUp(email("teacher"), name);
        long id = json(browser().api("GET", "/api/me/profile", null, email, PASSWORD)).get("id").asLong();
        var promoted = browser().api("PUT", "/api/admin/accounts/" + id + "/role", "{\"role\":\"INSTRUCTOR\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        return email;
    }

    long accountId(String email) {
        return json(browser().api("GET", "/api/me/profile", null, email, PASSWORD)).get("id").asLong();
    }

    JsonNode createCohort(String instructor, String name) {
        var created = browser().api("POST", "/api/instructor/cohorts", "{\"name\":\"" + name + "\"}", instructor, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    static JsonNode member(JsonNode overview, long accountId) {
        for (JsonNode member : overview.get("members")) {
            if (member.get("accountId").asLong() == accountId) {
                return member;
            }
        }
        throw new AssertionError("no member " + accountId + " in " + overview);
    }

    static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.get(field).asString())) {
                return node;
            }
        }
        throw new AssertionError("nothing with " + field + "=" + value + " in " + array);
    }

    /**
     * Answers practice questions of a topic wrongly through the practice pages until {@code wanted} answers were
     * marked wrong (questions whose wrong answer is awkward to type are skipped); returns how many were marked wrong.
     */
    int practiseWrongly(WebClient learner, String topicId, int wanted, String previewer) {
        int wrong = 0;
        for (int tries = 0; wrong < wanted && tries < 80; tries++) {
            var start = learner.get("/topics/" + topicId + "/practice");
            assertThat(start.status()).isEqualTo(302);
            String path = URI.create(start.location()).getPath();
            String[] parts = path.split("/");
            JsonNode item = json(browser().api("GET", "/api/items/preview?family=" + parts[3] + "&seed=" + parts[4], null,
                    previewer, PASSWORD));
            String type = item.get("responseType").asString();
            String answer = null;
            if (type.equals("SINGLE_CHOICE")) {
                for (JsonNode choice : item.get("choices")) {
                    if (!choice.get("correct").asBoolean()) {
                        answer = choice.get("id").asString();
                        break;
                    }
                }
            } else if (type.equals("NUMBER") && !item.get("key").asString().startsWith("987654321")) {
                answer = "987654321";
            }
            if (answer == null) {
                continue;
            }
            var feedback = learner.postHtmx(path, path, Map.of("response", answer));
            assertThat(feedback.status()).isEqualTo(200);
            if (feedback.body().contains("Not quite.")) {
                wrong++;
            }
        }
        assertThat(wrong).as("wrong answers given").isEqualTo(wanted);
        return wrong;
    }

    @Test
    void instructorSeesEachMembersFiguresAndWhoIsStuckWhereWithTheEvidence() {
        String teacher = instructor("Ms Turing");
        JsonNode cohort = createCohort(teacher, "Autumn cohort");
        long cohortId = cohort.get("id").asLong();
        String code = cohort.get("joinCode").asString();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{10}");
        assertThat(cohort.get("members").asInt()).isZero();

        // Ada joins on the join page (typing the code in lower case with a dash), practises Big Data wrongly.
        var ada = browser();
        String adaEmail = email("ada");
        ada.signUp(adaEmail, "Ada", PASSWORD);
        var joined = ada.postForm("/cohorts/join", "/cohorts/join",
                Map.of("code", code.substring(0, 5).toLowerCase() + "-" + code.substring(5)));
        assertThat(joined.status()).as(joined.body()).isEqualTo(302);
        assertThat(ada.get("/cohorts").body()).contains("You joined Autumn cohort", "run by Ms Turing");
        var again = ada.postForm("/cohorts/join", "/cohorts/join", Map.of("code", code));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("You are already a member of &#39;Autumn cohort&#39;.");
        int wrong = practiseWrongly(ada, "big-data", StuckRules.MIN_RECENT_ANSWERS + 2, teacher);

        // Bob joins through the API, makes a plan, finishes a resource and answers three readiness questions.
        String bob = signUp(email("bob"), "Bob");
        var notACode = browser().api("POST", "/api/me/cohorts", "{\"code\":\"hello\"}", bob, PASSWORD);
        assertThat(notACode.status()).isEqualTo(400);
        assertThat(json(notACode).get("detail").asString()).contains("'hello' is not a join code");
        String unknown = code.equals("ABCDEFGHJK") ? "ABCDEFGHJM" : "ABCDEFGHJK";
        var wrongCode = browser().api("POST", "/api/me/cohorts", "{\"code\":\"" + unknown + "\"}", bob, PASSWORD);
        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(json(wrongCode).get("detail").asString()).contains("No cohort has the join code " + unknown);
        var bobJoined = browser().api("POST", "/api/me/cohorts", "{\"code\":\"" + code + "\"}", bob, PASSWORD);
        assertThat(bobJoined.status()).as(bobJoined.body()).isEqualTo(201);
        assertThat(json(bobJoined).get("instructor").asString()).isEqualTo("Ms Turing");
        browser().api("PUT", "/api/me/profile", "{\"displayName\":\"Bob\",\"background\":\"software-engineering\",\"weeklyHours\":6}",
                bob, PASSWORD);
        assertThat(browser().api("PUT", "/api/me/plan", "{}", bob, PASSWORD).status()).isEqualTo(200);
        browser().api("PUT", "/api/me/progress", "{\"completedResources\":[\"khan-linear-algebra\"]}", bob, PASSWORD);
        long check = json(browser().api("POST", "/api/readiness", null, bob, PASSWORD)).get("id").asLong();
        int readinessAnswers = 3;
        for (int i = 0; i < readinessAnswers; i++) {
            String itemId = json(browser().api("GET", "/api/readiness/" + check + "/next", null, bob, PASSWORD)).get("itemId").asString();
            var answered = browser().api("POST", "/api/readiness/" + check + "/responses",
                    "{\"itemId\":\"" + itemId + "\",\"dontKnow\":true}", bob, PASSWORD);
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        }
        JsonNode bobsProgress = json(browser().api("GET", "/api/me/progress", null, bob, PASSWORD)).get("summary");
        JsonNode bobsPlan = json(browser().api("GET", "/api/me/plan", null, bob, PASSWORD)).get("status");

        // The instructor's API: both members, Ada stuck on Big Data with her counts, Bob's figures as he sees them.
        var response = browser().api("GET", "/api/instructor/cohorts/" + cohortId, null, teacher, PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode overview = json(response);
        assertThat(overview.get("members").size()).isEqualTo(2);
        assertThat(overview.get("cohort").get("members").asInt()).isEqualTo(2);

        JsonNode adaRow = member(overview, accountId(adaEmail));
        JsonNode flag = byField(adaRow.get("flags"), "kind", "TOPIC");
        assertThat(flag.get("topicId").asString()).isEqualTo("big-data");
        String evidence = flag.get("evidence").asString();
        Matcher figures = Pattern.compile("(\\d+) practice answers in the last 14 days \\((\\d{4}-\\d\\d-\\d\\d) to "
                + "(\\d{4}-\\d\\d-\\d\\d)\\), (\\d+) correct; mastery (\\d+)%, below 40%").matcher(evidence);
        assertThat(figures.matches()).as(evidence).isTrue();
        assertThat(Integer.parseInt(figures.group(1))).isEqualTo(wrong);
        assertThat(Integer.parseInt(figures.group(4))).isZero();
        assertThat(Integer.parseInt(figures.group(5))).isLessThan(40);
        assertThat(figures.group(3)).as("her last practice is her last activity").isEqualTo(adaRow.get("lastActivity").asString());
        JsonNode adaCell = byField(adaRow.get("topics"), "topicId", "big-data");
        assertThat(adaCell.get("recentAnswers").asInt()).isEqualTo(wrong);
        assertThat(adaCell.get("stuck").asBoolean()).isTrue();
        assertThat(Math.floor(adaCell.get("practiceMastery").asDouble() * 100)).isLessThan(40);
        assertThat(adaRow.get("readiness").get("openAnswers").isNull()).isTrue();
        assertThat(adaRow.get("plan").isNull()).isTrue();

        JsonNode bobRow = member(overview, accountId(bob));
        assertThat(bobRow.get("flags").size()).as(bobRow.toString()).isZero();
        assertThat(bobRow.get("readiness").get("openAnswers").asInt()).isEqualTo(readinessAnswers);
        assertThat(bobRow.get("readiness").get("completedOn").isNull()).isTrue();
        assertThat(bobRow.get("readiness").get("openCheckId").asLong()).isEqualTo(check);
        assertThat(bobRow.get("percentComplete").asInt()).isEqualTo(bobsProgress.get("percentComplete").asInt());
        int bobsTopicsDone = 0;
        for (JsonNode topic : bobsProgress.get("topics")) {
            bobsTopicsDone += topic.get("done").asBoolean() ? 1 : 0;
        }
        assertThat(bobRow.get("topicsDone").asInt()).isEqualTo(bobsTopicsDone);
        assertThat(bobRow.get("plan").get("text").asString()).isEqualTo(bobsPlan.get("text").asString());
        assertThat(bobRow.get("plan").get("hoursPerWeek").asInt()).isEqualTo(6);
        JsonNode bobLinearAlgebra = byField(bobRow.get("topics"), "topicId", "linear-algebra");
        JsonNode bobsOwnLinearAlgebra = byField(bobsProgress.get("topics"), "topicId", "linear-algebra");
        assertThat(bobLinearAlgebra.get("percentDone").asInt()).isEqualTo(bobsOwnLinearAlgebra.get("percent").asInt()).isPositive();

        JsonNode bigData = byField(overview.get("topics"), "topicId", "big-data");
        assertThat(bigData.get("stuck").asInt()).isEqualTo(1);
        assertThat(bigData.get("practising").asInt()).isEqualTo(1);
        assertThat(overview.get("stuck").size()).isEqualTo(1);
        assertThat(overview.get("stuck").get(0).get("displayName").asString()).isEqualTo("Ada");

        // The same facts on the instructor's page.
        var page = browser();
        page.logIn(teacher, PASSWORD);
        var html = page.get("/instructor/cohorts/" + cohortId);
        assertThat(html.status()).isEqualTo(200);
        long adaId = accountId(adaEmail);
        assertThat(html.body()).contains("Autumn cohort", code, "Ada", "Bob", "stuck on Big Data Technologies",
                evidence, "in progress, " + readinessAnswers + " answers", bobsPlan.get("text").asString() + " (6 h/week)",
                "id=\"cell-" + adaId + "-big-data\" class=\"stuck-cell\"");
        assertThat(html.body()).containsPattern("id=\"summary-big-data\">\\s*<th scope=\"row\">Big Data Technologies</th>\\s*"
                + "<td class=\"done\">0</td>\\s*<td class=\"mastered\">0</td>\\s*<td class=\"practising\">1</td>\\s*<td class=\"stuck\">1</td>");
        assertThat(page.get("/instructor/cohorts").body()).contains("Autumn cohort", code);
    }

    @Test
    void aLearnerWhoMadeAPlanAndDidNothingForThreeWeeksIsBehindAndInactive() {
        String teacher = instructor("Mr Hopper");
        JsonNode cohort = createCohort(teacher, "Winter cohort");
        long cohortId = cohort.get("id").asLong();
        String cy = signUp(email("cy"), "Cy");
        assertThat(browser().api("POST", "/api/me/cohorts", "{\"code\":\"" + cohort.get("joinCode").asString() + "\"}", cy,
                PASSWORD).status()).isEqualTo(201);
        browser().api("PUT", "/api/me/profile", "{\"displayName\":\"Cy\",\"background\":\"beginner\",\"weeklyHours\":5}", cy, PASSWORD);
        assertThat(browser().api("PUT", "/api/me/plan", "{}", cy, PASSWORD).status()).isEqualTo(200);
        java.time.LocalDate signedUp = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

        JsonNode today = member(json(browser().api("GET", "/api/instructor/cohorts/" + cohortId, null, teacher, PASSWORD)), accountId(cy));
        assertThat(today.get("flags")).as("nothing is overdue on day one").isEmpty();

        clock.advance(java.time.Duration.ofDays(21));
        try {
            JsonNode later = member(json(browser().api("GET", "/api/instructor/cohorts/" + cohortId, null, teacher, PASSWORD)), accountId(cy));
            JsonNode plan = json(browser().api("GET", "/api/me/plan", null, cy, PASSWORD)).get("status");
            assertThat(plan.get("state").asString()).isEqualTo("BEHIND");
            int behind = plan.get("hours").asInt();
            assertThat(behind).as("three weeks of a 5-hour plan undone").isGreaterThan(5);
            assertThat(byField(later.get("flags"), "kind", "BEHIND_PLAN").get("evidence").asString())
                    .isEqualTo("behind the plan by " + behind + " hours, more than its 5 hours a week");
            assertThat(byField(later.get("flags"), "kind", "INACTIVE").get("evidence").asString())
                    .isEqualTo("no activity since signing up on " + signedUp + " (21 days)");
            var page = browser();
            page.logIn(teacher, PASSWORD);
            assertThat(page.get("/instructor/cohorts/" + cohortId).body())
                    .contains("behind the plan by " + behind + " hours", "no activity since signing up on " + signedUp);

            browser().api("PUT", "/api/me/progress", "{\"completedResources\":[\"khan-linear-algebra\"]}", cy, PASSWORD);
            JsonNode active = member(json(browser().api("GET", "/api/instructor/cohorts/" + cohortId, null, teacher, PASSWORD)), accountId(cy));
            assertThat(active.get("flags").toString()).as("ticking a resource is activity").doesNotContain("INACTIVE");
        } finally {
            clock.advance(java.time.Duration.ofDays(-21));
        }
    }

    @Test
    void aFinishedReadinessCheckGivesEachTopicsVerdictAndCountsMasteredTopics() {
        String teacher = instructor("Ms Noether");
        JsonNode cohort = createCohort(teacher, "Readiness cohort");
        String learner = signUp(email("checked"), "Checked");
        browser().api("POST", "/api/me/cohorts", "{\"code\":\"" + cohort.get("joinCode").asString() + "\"}", learner, PASSWORD);
        long check = json(browser().api("POST", "/api/readiness", null, learner, PASSWORD)).get("id").asLong();
        boolean finished = false;
        for (int i = 0; i < 60 && !finished; i++) {
            JsonNode next = json(browser().api("GET", "/api/readiness/" + check + "/next", null, learner, PASSWORD));
            var answered = browser().api("POST", "/api/readiness/" + check + "/responses",
                    "{\"itemId\":\"" + next.get("itemId").asString() + "\",\"dontKnow\":true}", learner, PASSWORD);
            finished = json(answered).get("finished").asBoolean();
        }
        assertThat(finished).isTrue();
        JsonNode result = json(browser().api("GET", "/api/readiness/" + check + "/result", null, learner, PASSWORD));

        JsonNode row = member(json(browser().api("GET", "/api/instructor/cohorts/" + cohort.get("id").asLong(), null, teacher,
                PASSWORD)), accountId(learner));
        assertThat(row.get("readiness").get("completedCheckId").asLong()).isEqualTo(check);
        assertThat(row.get("readiness").get("openAnswers").isNull()).isTrue();
        int mastered = 0;
        for (JsonNode topic : result.get("topics")) {
            String status = topic.get("status").asString();
            JsonNode cell = byField(row.get("topics"), "topicId", topic.get("topicId").asString());
            assertThat(cell.get("readiness").asString()).as(topic.toString()).isEqualTo(status);
            mastered += status.equals("MASTERED") ? 1 : 0;
        }
        assertThat(row.get("topicsMastered").asInt()).isEqualTo(mastered);
    }

    @Test
    void onlyTheOwnerOrAnAdminSeesACohortAndLearnersSeeNoInstructorPages() {
        String owner = instructor("Owner");
        String other = instructor("Other");
        long cohortId = createCohort(owner, "Private class").get("id").asLong();
        String learner = signUp(email("learner"), "Lea");

        assertThat(browser().api("GET", "/api/instructor/cohorts/" + cohortId, null, other, PASSWORD).status()).isEqualTo(404);
        assertThat(browser().api("GET", "/api/instructor/cohorts", null, other, PASSWORD).body()).doesNotContain("Private class");
        assertThat(browser().api("POST", "/api/instructor/cohorts/" + cohortId + "/code", null, other, PASSWORD).status()).isEqualTo(404);
        var otherPage = browser();
        otherPage.logIn(other, PASSWORD);
        assertThat(otherPage.get("/instructor/cohorts/" + cohortId).status()).isEqualTo(404);
        assertThat(browser().api("GET", "/api/instructor/cohorts/" + cohortId, null, ADMIN, ADMIN_PASSWORD).status()).isEqualTo(200);

        assertThat(browser().api("GET", "/api/instructor/cohorts", null, learner, PASSWORD).status()).isEqualTo(403);
        assertThat(browser().api("GET", "/api/instructor/cohorts/" + cohortId, null, learner, PASSWORD).status()).isEqualTo(403);
        assertThat(browser().api("POST", "/api/instructor/cohorts", "{\"name\":\"Mine\"}", learner, PASSWORD).status()).isEqualTo(403);
        var learnerPage = browser();
        learnerPage.logIn(learner, PASSWORD);
        assertThat(learnerPage.get("/instructor/cohorts").status()).isEqualTo(403);
        assertThat(learnerPage.get("/instructor/cohorts/" + cohortId).status()).isEqualTo(403);
        assertThat(browser().api("GET", "/api/instructor/cohorts", null, null, null).status()).isEqualTo(401);
        assertThat(browser().get("/cohorts").status()).isEqualTo(302);
    }

    @Test
    void guessingJoinCodesIsStoppedAfterTenUnknownCodes() {
        String teacher = instructor("Guarded");
        String code = json(browser().api("POST", "/api/instructor/cohorts", "{\"name\":\"Guarded cohort\"}", teacher, PASSWORD))
                .get("joinCode").asString();
        String guesser = signUp(email("guesser"), "Guesser");
        java.util.Random random = new java.util.Random(7);
        int unknown = 0;
        while (unknown < 10) {
            StringBuilder guess = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                guess.append("ABCDEFGHJKMNPQRSTUVWXYZ23456789".charAt(random.nextInt(31)));
            }
            if (guess.toString().equals(code)) {
                continue;
            }
            var miss = browser().api("POST", "/api/me/cohorts", "{\"code\":\"" + guess + "\"}", guesser, PASSWORD);
            assertThat(miss.status()).isEqualTo(404);
            unknown++;
        }
        var refused = browser().api("POST", "/api/me/cohorts", "{\"code\":\"" + code + "\"}", guesser, PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(json(refused).get("detail").asString()).matches("Too many unknown join codes: try again in \\d+ minutes, with the code your instructor gave you\\.");
        String other = signUp(email("other"), "Other");
        assertThat(browser().api("POST", "/api/me/cohorts", "{\"code\":\"" + code + "\"}", other, PASSWORD).status())
                .as("another learner is not affected").isEqualTo(201);
    }

    @Test
    void badCohortInputGetsAClear400() {
        String teacher = instructor("Strict");
        var blank = browser().api("POST", "/api/instructor/cohorts", "{\"name\":\"   \"}", teacher, PASSWORD);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(json(blank).get("detail").asString()).isEqualTo("Give the cohort a name.");
        var longName = browser().api("POST", "/api/instructor/cohorts", "{\"name\":\"" + "x".repeat(81) + "\"}", teacher, PASSWORD);
        assertThat(longName.status()).isEqualTo(400);
        assertThat(json(longName).get("detail").asString()).contains("at most 80 characters (this one has 81)");
        var notADate = browser().api("POST", "/api/instructor/cohorts", "{\"name\":\"A\",\"targetDate\":\"next spring\"}", teacher, PASSWORD);
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(json(notADate).get("detail").asString()).contains("'next spring' is not a date");
        var past = browser().api("POST", "/api/instructor/cohorts", "{\"name\":\"A\",\"targetDate\":\"2001-01-01\"}", teacher, PASSWORD);
        assertThat(past.status()).isEqualTo(400);
        assertThat(json(past).get("detail").asString()).contains("2001-01-01 is in the past");
        var malformed = browser().api("POST", "/api/instructor/cohorts", "{\"name\":", teacher, PASSWORD);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(browser().api("GET", "/api/instructor/cohorts/abc", null, teacher, PASSWORD).status()).isEqualTo(400);
        String learner = signUp(email("learner"), "Lea");
        var empty = browser().api("POST", "/api/me/cohorts", "{}", learner, PASSWORD);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(json(empty).get("detail").asString()).isEqualTo("Enter the join code your instructor gave you.");

        var page = browser();
        page.logIn(teacher, PASSWORD);
        var form = page.postForm("/instructor/cohorts", "/instructor/cohorts", Map.of("name", "", "targetDate", ""));
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.body()).contains("Give the cohort a name.");
        assertThat(browser().api("GET", "/api/instructor/cohorts", null, teacher, PASSWORD).body()).isEqualTo("[]");
    }

    @Test
    void codesCanBeReplacedMembersRemovedAndLearnersLeave() {
        String teacher = instructor("Mr Knuth");
        JsonNode cohort = createCohort(teacher, "Winter cohort");
        long cohortId = cohort.get("id").asLong();
        String oldCode = cohort.get("joinCode").asString();
        String stays = signUp(email("stays"), "Stays");
        String removed = signUp(email("removed"), "Removed");
        for (String learner : List.of(stays, removed)) {
            assertThat(browser().api("POST", "/api/me/cohorts", "{\"code\":\"" + oldCode + "\"}", learner, PASSWORD).status()).isEqualTo(201);
        }

        var page = browser();
        page.logIn(teacher, PASSWORD);
        var regenerated = page.postForm("/instructor/cohorts/" + cohortId + "/code", "/instructor/cohorts/" + cohortId, Map.of());
        assertThat(regenerated.status()).isEqualTo(302);
        String newCode = json(browser().api("GET", "/api/instructor/cohorts", null, teacher, PASSWORD)).get(0).get("joinCode").asString();
        assertThat(newCode).isNotEqualTo(oldCode);
        String late = signUp(email("late"), "Late");
        assertThat(browser().api("POST", "/api/me/cohorts", "{\"code\":\"" + oldCode + "\"}", late, PASSWORD).status()).isEqualTo(404);
        assertThat(browser().api("POST", "/api/me/cohorts", "{\"code\":\"" + newCode + "\"}", late, PASSWORD).status()).isEqualTo(201);

        long removedId = accountId(removed);
        var removal = page.postForm("/instructor/cohorts/" + cohortId + "/members/" + removedId + "/remove",
                "/instructor/cohorts/" + cohortId, Map.of());
        assertThat(removal.status()).isEqualTo(302);
        assertThat(browser().api("GET", "/api/me/cohorts", null, removed, PASSWORD).body()).isEqualTo("[]");
        assertThat(browser().api("DELETE", "/api/instructor/cohorts/" + cohortId + "/members/" + removedId, null, teacher, PASSWORD)
                .status()).isEqualTo(404);

        var leaver = browser();
        leaver.logIn(late, PASSWORD);
        assertThat(leaver.get("/cohorts").body()).contains("Winter cohort");
        var left = leaver.postForm("/cohorts/" + cohortId + "/leave", "/cohorts", Map.of());
        assertThat(left.status()).isEqualTo(302);
        assertThat(leaver.get("/cohorts").body()).contains("You left Winter cohort.").doesNotContain("membership-" + cohortId);
        assertThat(browser().api("DELETE", "/api/me/cohorts/" + cohortId, null, late, PASSWORD).status()).isEqualTo(404);

        JsonNode overview = json(browser().api("GET", "/api/instructor/cohorts/" + cohortId, null, teacher, PASSWORD));
        List<Long> members = new ArrayList<>();
        overview.get("members").forEach(m -> members.add(m.get("accountId").asLong()));
        assertThat(members).containsExactly(accountId(stays));
    }
}
