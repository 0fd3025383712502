package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mlready.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * "Your mastery over time" driven as a learner uses it: a newcomer sees the empty state; a learner who practises
 * (right answers, one wrong, one right only after every hint, one unreadable) sees the skills-mastered count rise
 * answer by answer, the answer counts they submitted, the chart's data on the dashboard, and a replayed final
 * mastery per skill equal to what was stored in skill_mastery as they answered. Runs on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mlready.admin.email=" + MasteryGrowthHttpTests.ADMIN, "mlready.admin.password=" + MasteryGrowthHttpTests.ADMIN_PASSWORD})
abstract class MasteryGrowthHttpTests {

    static final String ADMIN = "root@mlready.test";
    static final String ADMIN_PASSWORD = "admin-pass-2026";
    static final String PASSWORD = "study-hard-2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebClient learner(String email) {
        var signUp = new WebClient(port).api("POST", "/api/signup",
                "{\"email\":\"" + email + "\",\"displayName\":\"Grower\",\"password\":\"" + PASSWORD + "\"}", null, null);
        assertThat(signUp.status()).as(signUp.body()).isEqualTo(201);
        WebClient web = new WebClient(port);
        web.logIn(email, PASSWORD);
        return web;
    }

    private static String email() {
        return "grower-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private JsonNode history(String email) {
        var response = new WebClient(port).api("GET", "/api/me/progress/history", null, email, PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode preview(String family, String seed) {
        var response = new WebClient(port).api("GET", "/api/items/preview?family=" + family + "&seed=" + seed, null, ADMIN, ADMIN_PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void aNewLearnerSeesTheEmptyState() {
        String email = email();
        WebClient web = learner(email);

        var dashboard = web.get("/dashboard");
        assertThat(dashboard.body()).contains("Your mastery over time", "id=\"growth-empty\"")
                .doesNotContain("id=\"growth-chart\"", "id=\"growth-table\"");
        JsonNode history = history(email);
        assertThat(history.get("periods").size()).isZero();
        assertThat(history.get("totalAnswers").asInt()).isZero();
        assertThat(history.get("empty").asBoolean()).isTrue();
        assertThat(history.get("skills").asInt()).isEqualTo(65);
        assertThat(new WebClient(port).getJson("/api/me/progress/history").status()).isIn(401, 302);
    }

    @Test
    void practisingRightRaisesTheMasteredCountAndTheReplayMatchesTheStoredMastery() {
        String email = email();
        WebClient web = learner(email);
        long accountId = JSON.readTree(new WebClient(port).api("GET", "/api/me/profile", null, email, PASSWORD).body()).get("id").asLong();

        List<Integer> masteredAfterEachAnswer = new ArrayList<>();
        int submitted = 0;
        int right = 0;
        boolean unreadableSent = false;
        boolean wrongGiven = false;
        while (submitted < 40 && (masteredAfterEachAnswer.isEmpty() || masteredAfterEachAnswer.get(masteredAfterEachAnswer.size() - 1) < 2)) {
            var start = web.get("/topics/big-data/practice");
            assertThat(start.status()).isEqualTo(302);
            String path = URI.create(start.location()).getPath();
            String[] parts = path.split("/");
            JsonNode item = preview(parts[3], parts[4]);
            String type = item.get("responseType").asString();
            List<String> correctIds = new ArrayList<>();
            List<String> wrongIds = new ArrayList<>();
            if (type.endsWith("CHOICE")) {
                item.get("choices").forEach(c -> (c.get("correct").asBoolean() ? correctIds : wrongIds).add(c.get("id").asString()));
            } else {
                correctIds.add(item.get("key").asString().split(" ±")[0]);
                if (type.equals("NUMBER") && !correctIds.get(0).equals("987654321")) {
                    wrongIds.add("987654321");
                }
            }
            if (!unreadableSent && type.endsWith("CHOICE")) {
                var unreadable = web.postHtmx(path, path, Map.of("response", "zz"));
                assertThat(unreadable.body()).contains("We could not read that answer.");
                unreadableSent = true;
            }
            Map<String, String> form = new HashMap<>();
            boolean correct = submitted == 0 || wrongGiven || wrongIds.isEmpty();
            wrongGiven |= !correct;
            form.put("response", String.join(",", correct ? correctIds : List.of(wrongIds.get(0))));
            if (submitted == 2) {
                int hints = item.get("hints").size();
                for (int h = 1; h <= hints; h++) {
                    assertThat(web.get(path + "/hints/" + h).status()).isEqualTo(200);
                }
                form.put("hintsUsed", String.valueOf(hints));
            }
            var feedback = web.postHtmx(path, path, form);
            assertThat(feedback.body()).contains(correct ? "Correct!" : "Not quite.");
            submitted++;
            right += correct ? 1 : 0;

            JsonNode periods = history(email).get("periods");
            masteredAfterEachAnswer.add(periods.get(periods.size() - 1).get("skillsMastered").asInt());
        }

        assertThat(masteredAfterEachAnswer.get(0)).isZero();
        assertThat(masteredAfterEachAnswer.get(masteredAfterEachAnswer.size() - 1)).isGreaterThanOrEqualTo(2);
        for (int i = 1; i < masteredAfterEachAnswer.size(); i++) {
            assertThat(masteredAfterEachAnswer.get(i)).as("mastered after answer %d of %s", i, masteredAfterEachAnswer)
                    .isGreaterThanOrEqualTo(masteredAfterEachAnswer.get(i - 1));
        }

        JsonNode history = history(email);
        assertThat(history.get("totalAnswers").asInt()).isEqualTo(submitted);
        assertThat(history.get("totalCorrect").asInt()).isEqualTo(right);
        int periodAnswers = 0;
        int periodCorrect = 0;
        for (JsonNode period : history.get("periods")) {
            periodAnswers += period.get("answers").asInt();
            periodCorrect += period.get("correct").asInt();
        }
        assertThat(periodAnswers).isEqualTo(submitted);
        assertThat(periodCorrect).isEqualTo(right);

        Map<String, Double> stored = new HashMap<>();
        jdbc.sql("select skill_id, probability from skill_mastery where account_id = ?").param(accountId)
                .query(rs -> {
                    stored.put(rs.getString(1), rs.getDouble(2));
                });
        Map<String, Double> replayed = new HashMap<>();
        history.get("finalMastery").properties().forEach(e -> replayed.put(e.getKey(), e.getValue().asDouble()));
        assertThat(replayed).isEqualTo(stored);
        long storedMastered = stored.values().stream().filter(p -> p >= 0.95).count();
        JsonNode last = history.get("periods").get(history.get("periods").size() - 1);
        assertThat(last.get("skillsMastered").asLong()).isEqualTo(storedMastered);
        assertThat(last.get("areaMastery").get("data-engineering-infrastructure").asDouble()).isGreaterThan(0.2);

        var dashboard = web.get("/dashboard");
        assertThat(dashboard.body()).contains("id=\"growth-chart\"", "id=\"area-growth-chart\"", "id=\"growth-table\"")
                .doesNotContain("id=\"growth-empty\"")
                .contains("&quot;mastered&quot;:[", storedMastered + "]", "from " + submitted + " answers, " + right + " right.")
                .containsPattern("<td>" + submitted + "</td>\\s*<td>" + right + "</td>")
                .contains("area-growth-data-engineering-infrastructure");
    }
}
