package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mlready.support.MutableClock;
import org.mlready.support.PreviewAnswers;
import org.mlready.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Spaced review driven like a learner: master a skill through the practice pages, then let days pass on a test
 * clock (the application's {@link Clock} bean, replaced here) and review through the review pages. Runs once per
 * database (see the subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mlready.admin.email=root@mlready.test", "mlready.admin.password=admin-pass-2026"})
@Import(ReviewHttpTests.TestClock.class)
abstract class ReviewHttpTests {

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    static final String PASSWORD = "study-hard-2026";
    static final String ADMIN = "root@mlready.test";
    static final String ADMIN_PASSWORD = "admin-pass-2026";
    static final String SKILL = "vectors-dot-cross";
    private static final Pattern ACTION = Pattern.compile("action=\"(/review/([a-z0-9-]+)/(\\d+))\"");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private final ObjectMapper json = new ObjectMapper();

    WebClient browser() {
        return new WebClient(port);
    }

    static String email() {
        return "reviewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    JsonNode preview(String family, long seed) {
        var preview = browser().api("GET", "/api/items/preview?family=" + family + "&seed=" + seed, null, ADMIN, ADMIN_PASSWORD);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        return json.readTree(preview.body());
    }

    /** The right answer as a learner would type it, read from the instructors' preview. */
    String rightAnswer(String family, long seed) {
        return PreviewAnswers.typedRightAnswer(preview(family, seed));
    }

    JsonNode reviews(WebClient web) {
        var response = web.getJson("/api/me/reviews");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Answers the dot-product question with this seed on the review page; returns the feedback fragment. */
    String review(WebClient web, long seed, String answer, int hintsUsed) {
        String path = "/review/dot-product/" + seed;
        assertThat(web.get(path).status()).isEqualTo(200);
        var feedback = web.postHtmx(path, path, Map.of("response", answer, "hintsUsed", String.valueOf(hintsUsed)));
        assertThat(feedback.status()).as(feedback.body()).isEqualTo(200);
        return feedback.body();
    }

    void assertSchedule(WebClient web, String dueOn, int intervalDays, int successfulReviews) {
        JsonNode reviews = reviews(web);
        assertThat(reviews.get("due")).as(reviews.toString()).isEmpty();
        JsonNode skill = reviews.get("upcoming").get(0);
        assertThat(skill.get("skillId").asString()).isEqualTo(SKILL);
        assertThat(skill.get("dueOn").asString()).isEqualTo(dueOn);
        assertThat(skill.get("intervalDays").asInt()).isEqualTo(intervalDays);
        assertThat(skill.get("successfulReviews").asInt()).isEqualTo(successfulReviews);
    }

    @Test
    void aMasteredSkillComesBackForReviewAtGrowingIntervalsAndAFailureResetsIt() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        var web = browser();
        web.signUp(email(), "Rev", PASSWORD);
        var empty = web.get("/review");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Nothing to review today", "No skill is in review yet").doesNotContain("Check answer");
        assertThat(web.get("/dashboard").body()).contains("id=\"reviews-due\"", "Reviews due: <strong>0</strong>", "href=\"/review\"");

        // Mastery 20% -> 60% -> 89% -> 98% (knowledge tracing by hand: guess 0.2, slip 0.1, learn 0.15): three right answers.
        List<String> feedback = new ArrayList<>();
        for (long seed = 100; seed < 103; seed++) {
            assertThat(reviews(web).get("upcoming")).as("not mastered yet").isEmpty();
            String path = "/practice/linear-algebra/dot-product/" + seed;
            var answered = web.postHtmx(path, path, Map.of("response", rightAnswer("dot-product", seed)));
            assertThat(answered.body()).contains("Correct!");
            feedback.add(answered.body());
        }
        assertThat(feedback.get(2)).contains("Mastery: 89% → 98%");
        JsonNode mastered = reviews(web);
        assertThat(mastered.get("today").asString()).isEqualTo("2026-03-02");
        assertThat(mastered.get("upcoming").get(0).get("masteredAt").asString()).startsWith("2026-03-02T09:00");
        assertSchedule(web, "2026-03-03", 1, 0);
        var notYet = web.get("/review");
        assertThat(notYet.body()).contains("Nothing to review today", "id=\"review-row-" + SKILL + "\"", "2026-03-03",
                "id=\"due-count\">0<").doesNotContain("Check answer");

        clock.set(Instant.parse("2026-03-03T08:00:00Z"));
        JsonNode due = reviews(web);
        assertThat(due.get("due").get(0).get("skillId").asString()).isEqualTo(SKILL);
        assertThat(due.get("upcoming")).isEmpty();
        assertThat(web.get("/dashboard").body()).contains("Reviews due: <strong>1</strong>", "review now");
        var session = web.get("/review");
        assertThat(session.body()).contains("id=\"due-count\">1<", "Check answer", "Show a hint");
        Matcher action = ACTION.matcher(session.body());
        assertThat(action.find()).as(session.body()).isTrue();
        String family = action.group(2);
        long seed = Long.parseLong(action.group(3));
        assertThat(preview(family, seed).get("skillId").asString()).as("the served question is on the due skill").isEqualTo(SKILL);
        var hint = web.get(action.group(1) + "/hints/1");
        assertThat(hint.status()).isEqualTo(200);
        assertThat(hint.body()).contains("hint-1", "/review/" + family + "/" + seed + "/hints/2");
        var reviewed = web.postHtmx(action.group(1), "/review", Map.of("response", rightAnswer(family, seed)));
        assertThat(reviewed.body()).contains("Correct!", "Worked solution", "Mastery: ", "Next review", "href=\"/review\"");
        assertSchedule(web, "2026-03-06", 3, 1);
        assertThat(web.get("/review").body()).contains("Nothing to review today", "id=\"next-due\"");

        clock.set(Instant.parse("2026-03-04T12:00:00Z"));
        assertThat(review(web, 500, rightAnswer("dot-product", 500), 0)).contains("Correct!");
        assertSchedule(web, "2026-03-06", 3, 1);

        clock.set(Instant.parse("2026-03-07T09:00:00Z"));
        assertThat(reviews(web).get("due").get(0).get("dueOn").asString()).as("a day overdue").isEqualTo("2026-03-06");
        assertThat(review(web, 501, rightAnswer("dot-product", 501), 0)).contains("Correct!");
        assertSchedule(web, "2026-03-14", 7, 2);

        clock.set(Instant.parse("2026-03-14T09:00:00Z"));
        double key = Double.parseDouble(rightAnswer("dot-product", 502));
        assertThat(review(web, 502, String.valueOf((long) key + 1), 0)).contains("Not quite.", "Worked solution");
        assertSchedule(web, "2026-03-15", 1, 0);

        clock.set(Instant.parse("2026-03-15T09:00:00Z"));
        assertThat(review(web, 503, rightAnswer("dot-product", 503), 1)).contains("Correct!");
        assertSchedule(web, "2026-03-16", 1, 0);
        clock.set(Instant.parse("2026-03-16T09:00:00Z"));
        assertThat(review(web, 504, rightAnswer("dot-product", 504), 0)).contains("Correct!");
        assertSchedule(web, "2026-03-19", 3, 1);

        var statistics = browser().api("GET", "/api/items/statistics?topic=linear-algebra", null, ADMIN, ADMIN_PASSWORD);
        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        JsonNode dotProduct = null;
        for (JsonNode f : json.readTree(statistics.body()).get("families")) {
            if (f.get("familyId").asString().equals("dot-product")) {
                dotProduct = f;
            }
        }
        assertThat(dotProduct).isNotNull();
        assertThat(dotProduct.get("practiceResponses").asInt()).as("review answers are stored as practice answers")
                .isEqualTo(3 + 5 + (family.equals("dot-product") ? 1 : 0));
    }

    @Test
    void reviewPagesNeedALoginAndOnlyServeSkillsInReview() {
        assertThat(browser().get("/review").status()).isEqualTo(302);
        assertThat(browser().getJson("/api/me/reviews").status()).isEqualTo(401);
        var web = browser();
        web.signUp(email(), "New", PASSWORD);
        var notInReview = web.get("/review/dot-product/1");
        assertThat(notInReview.status()).isEqualTo(404);
        assertThat(notInReview.body()).contains("is not in your reviews yet");
        assertThat(web.get("/review/astrology/1").status()).isEqualTo(404);
        assertThat(web.get("/review/dot-product/-1").status()).isEqualTo(400);
        var posted = web.postForm("/review/dot-product/1", "/review", Map.of("response", "3"));
        assertThat(posted.status()).as("nothing is stored for a skill not in review").isEqualTo(404);
        JsonNode reviews = reviews(web);
        assertThat(reviews.get("due")).isEmpty();
        assertThat(reviews.get("upcoming")).isEmpty();
    }
}
