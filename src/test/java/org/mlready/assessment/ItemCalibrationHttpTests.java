package org.mlready.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mlready.account.Profiles;
import org.mlready.assessment.cat.PoolItem;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.curriculum.Curriculum;
import org.mlready.progress.LearnerProgress;
import org.mlready.support.PreviewAnswers;
import org.mlready.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Item statistics and calibration driven over HTTP on a database of their own (see the subclasses), so that every
 * number can be computed by hand. The methods run in order: the hand-computed statistics first, then the numbers
 * learners add through the real endpoints (checked as differences), then recalibration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mlready.admin.email=root@mlready.test", "mlready.admin.password=admin-pass-2026"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ItemCalibrationHttpTests {

    static final String ADMIN = "root@mlready.test";
    static final String ADMIN_PASSWORD = "admin-pass-2026";
    static final String PASSWORD = "study-hard-2026";
    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ItemBank bank;
    @Autowired
    Curriculum curriculum;
    @Autowired
    ItemCalibrations calibrations;
    @Autowired
    ReadinessEngines engines;
    @Autowired
    Profiles profiles;
    @Autowired
    LearnerProgress progress;
    @Autowired
    ReadinessCheckStore checkStore;
    @Autowired
    ResponseLog responseLog;
    @Autowired
    PlatformTransactionManager transactionManager;

    WebClient browser() {
        return new WebClient(port);
    }

    String topicOf(ItemFamily family) {
        return curriculum.skill(family.skillId()).orElseThrow().topicId();
    }

    /** Families of the first topic that has at least three. */
    List<ItemFamily> threeFamiliesOfOneTopic() {
        for (var topic : curriculum.topics()) {
            List<ItemFamily> families = bank.families().stream().filter(f -> topicOf(f).equals(topic.id())).toList();
            if (families.size() >= 3) {
                return families.subList(0, 3);
            }
        }
        throw new AssertionError("no topic with three families");
    }

    /** Three families of one topic, none answered yet, the first a free-response family declared far from b = 1.2. */
    List<ItemFamily> untouchedFamiliesOfOneTopic() {
        for (var topic : curriculum.topics()) {
            List<ItemFamily> families = bank.families().stream().filter(f -> topicOf(f).equals(topic.id()))
                    .filter(f -> jdbc.sql("select count(*) from item_responses where family_id = ?").param(f.id()).query(Integer.class).single() == 0)
                    .sorted(java.util.Comparator.comparing(f -> calibrations.declared(f.id()).c() == 0
                            && Math.abs(calibrations.declared(f.id()).b() - 1.2) > 0.5 ? 0 : 1))
                    .toList();
            if (families.size() >= 3 && calibrations.declared(families.get(0).id()).c() == 0
                    && Math.abs(calibrations.declared(families.get(0).id()).b() - 1.2) > 0.5) {
                return families.subList(0, 3);
            }
        }
        throw new AssertionError("no topic with three unanswered families");
    }

    /** A learner inserted through JDBC (no password anyone can use), for synthetic responses. */
    long syntheticLearner() {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into accounts (email, display_name, password_hash, role, created_at) values (?, 'Synthetic', '{noop}-', 'LEARNER', ?)")
                .params("synthetic-" + UUID.randomUUID() + "@example.org", T0).update(keys, "id");
        return keys.getKey().longValue();
    }

    void response(long account, ItemFamily family, long seed, String context, String verdict, int hints, int minutes) {
        jdbc.sql("insert into item_responses (account_id, family_id, seed, skill_id, context, response, verdict, hints_used, answered_at) "
                        + "values (?, ?, ?, ?, ?, 'x', ?, ?, ?)")
                .params(account, family.id(), seed, family.skillId(), context, verdict, hints, T0.plusMinutes(minutes)).update();
    }

    long check(long account, String... itemAndAnswer) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into readiness_checks (account_id, background, random_seed, status, started_at, completed_at) "
                        + "values (?, 'unknown', 1, 'COMPLETED', ?, ?)").params(account, T0, T0).update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < itemAndAnswer.length; i += 2) {
            jdbc.sql("insert into readiness_answers (check_id, position, item_id, answer, response, answered_at) values (?, ?, ?, ?, 'x', ?)")
                    .params(id, i / 2, itemAndAnswer[i], itemAndAnswer[i + 1], T0).update();
        }
        return id;
    }

    JsonNode statistics() {
        var response = browser().api("GET", "/api/items/statistics", null, ADMIN, ADMIN_PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    static JsonNode family(JsonNode statistics, String familyId) {
        for (JsonNode row : statistics.get("families")) {
            if (row.get("familyId").asString().equals(familyId)) {
                return row;
            }
        }
        throw new AssertionError("no statistics for " + familyId);
    }

    @Test
    @Order(1)
    void statisticsEqualValuesComputedByHandFromInsertedResponses() {
        // Responses inserted through JDBC, so that the expected values below can be worked out on paper.
        List<ItemFamily> three = threeFamiliesOfOneTopic();
        ItemFamily f1 = three.get(0);
        ItemFamily f2 = three.get(1);
        ItemFamily f3 = three.get(2);
        long l1 = syntheticLearner();
        long l2 = syntheticLearner();
        long l3 = syntheticLearner();
        long l4 = syntheticLearner();
        // first answers per learner:  F1 F2 F3  =  L1: 1 1 0,  L2: 0 1 0,  L3: 1 0 1,  L4: 0 0 -
        response(l1, f1, 0, "READINESS", "CORRECT", 0, 0);
        response(l1, f1, 3, "PRACTICE", "INCORRECT", 0, 60); // a second answer: counted, but not a first answer
        response(l1, f2, 1, "PRACTICE", "CORRECT", 0, 1);
        response(l1, f3, 1, "READINESS", "INCORRECT", 0, 2);
        response(l2, f1, 1, "READINESS", "INCORRECT", 0, 0);
        response(l2, f2, 0, "PRACTICE", "UNREADABLE", 0, 1); // never counted
        response(l2, f2, 0, "PRACTICE", "CORRECT", 1, 2);
        response(l2, f3, 0, "PRACTICE", "INCORRECT", 0, 3);
        response(l3, f1, 0, "PRACTICE", "CORRECT", 0, 0);
        response(l3, f2, 0, "READINESS", "INCORRECT", 0, 1);
        response(l3, f3, 2, "PRACTICE", "CORRECT", 0, 2);
        response(l4, f1, 0, "PRACTICE", "INCORRECT", 0, 0);
        response(l4, f2, 1, "READINESS", "INCORRECT", 0, 1);
        check(l1, f1.id() + "#0", "CORRECT", f3.id() + "#1", "INCORRECT");
        check(l2, f1.id() + "#1", "INCORRECT");
        check(l3, f2.id() + "#0", "INCORRECT");
        check(l4, f2.id() + "#1", "DONT_KNOW");
        // 30 learners who all got a family of another topic right: "too easy"
        ItemFamily easy = bank.families().stream().filter(f -> !topicOf(f).equals(topicOf(f1))).findFirst().orElseThrow();
        for (int i = 0; i < 30; i++) {
            response(syntheticLearner(), easy, 0, "PRACTICE", "CORRECT", 0, i);
        }

        JsonNode stats = statistics();
        assertThat(stats.get("checksWithAnswers").asInt()).isEqualTo(4);
        JsonNode s1 = family(stats, f1.id());
        assertThat(s1.get("readinessResponses").asInt()).isEqualTo(2);
        assertThat(s1.get("practiceResponses").asInt()).isEqualTo(3);
        assertThat(s1.get("proportionCorrect").asDouble()).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(s1.get("proportionDontKnow").asDouble()).isZero();
        assertThat(s1.get("exposure").asDouble()).isCloseTo(2.0 / 4, within(1e-12));
        // item (1,0,1,0) against rest (0.5,0.5,0.5,0): r = 0.25 / sqrt(1 * 0.1875) = 1/sqrt(3)
        assertThat(s1.get("pointBiserial").asDouble()).isCloseTo(1 / Math.sqrt(3), within(1e-9));
        assertThat(s1.get("pointBiserialLearners").asInt()).isEqualTo(4);
        assertThat(s1.get("flags").toString()).isEqualTo("[]");
        JsonNode s2 = family(stats, f2.id());
        assertThat(s2.get("readinessResponses").asInt()).isEqualTo(2);
        assertThat(s2.get("practiceResponses").asInt()).isEqualTo(2);
        assertThat(s2.get("proportionCorrect").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(s2.get("proportionDontKnow").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(s2.get("exposure").asDouble()).isCloseTo(0.5, within(1e-12));
        // item (1,1,0,0) against rest (0.5,0,1,0): r = -0.25 / sqrt(1 * 0.6875)
        assertThat(s2.get("pointBiserial").asDouble()).isCloseTo(-0.25 / Math.sqrt(0.6875), within(1e-9));
        assertThat(s2.get("flags").toString()).contains("negative point-biserial");
        JsonNode s3 = family(stats, f3.id());
        assertThat(s3.get("readinessResponses").asInt()).isEqualTo(1);
        assertThat(s3.get("practiceResponses").asInt()).isEqualTo(2);
        assertThat(s3.get("proportionCorrect").asDouble()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s3.get("exposure").asDouble()).isCloseTo(0.25, within(1e-12));
        // item (0,0,1) against rest (1,0.5,0.5): r = (-1/6) / sqrt(2/3 * 1/6) = -0.5
        assertThat(s3.get("pointBiserial").asDouble()).isCloseTo(-0.5, within(1e-9));
        JsonNode e = family(stats, easy.id());
        assertThat(e.get("practiceResponses").asInt()).isEqualTo(30);
        assertThat(e.get("proportionCorrect").asDouble()).isEqualTo(1.0);
        assertThat(e.get("pointBiserial").isNull()).isTrue();
        assertThat(e.get("flags").toString()).contains("too easy");
        IrtParameters declared = calibrations.declared(f1.id());
        assertThat(s1.get("declared").get("a").asDouble()).isEqualTo(declared.a());
        assertThat(s1.get("calibrated").isNull()).isTrue();

        var instructor = browser();
        instructor.logIn(ADMIN, ADMIN_PASSWORD);
        String topic = topicOf(f1);
        var page = instructor.get("/instructor/item-statistics?topic=" + topic);
        assertThat(page.status()).isEqualTo(200);
        String row = page.body().substring(page.body().indexOf("id=\"family-" + f2.id() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<td class=\"readiness\">2</td>", "<td class=\"practice\">2</td>", "<td class=\"correct\">0.500</td>",
                "<td class=\"dont-know\">0.500</td>", "<td class=\"point-biserial\">-0.302</td>", "<td class=\"exposure\">0.500</td>",
                "negative point-biserial", "/instructor/items?skill=" + f2.skillId() + "&amp;family=" + f2.id() + "&amp;seed=0");
        assertThat(page.body()).doesNotContain("id=\"family-" + easy.id() + "\"");
        var flagged = instructor.get("/instructor/item-statistics?flagged=true");
        assertThat(flagged.body()).contains("id=\"family-" + easy.id() + "\"", "id=\"family-" + f2.id() + "\"")
                .doesNotContain("id=\"family-" + f1.id() + "\"");
        assertThat(instructor.get("/instructor/item-statistics?topic=astrology").status()).isEqualTo(400);
        assertThat(instructor.get("/instructor/items").body()).contains("/instructor/item-statistics");
    }

    @Test
    @Order(2)
    void learnersAnsweringThroughTheEndpointsShowUpForInstructorsAndLearnersCannotSeeIt() {
        JsonNode before = statistics();
        var learner = browser();
        String email = "stats-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        learner.signUp(email, "Stats", PASSWORD);
        String path = java.net.URI.create(learner.get("/topics/big-data/practice").location()).getPath();
        String[] parts = path.split("/");
        String practised = parts[3];
        String right = rightAnswer(practised, parts[4]);
        var feedback = learner.postHtmx(path, path, Map.of("response", right));
        assertThat(feedback.body()).contains("Correct!");

        var started = learner.api("POST", "/api/readiness", null, email, PASSWORD);
        String checkId = started.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        String next = learner.api("GET", "/api/readiness/" + checkId + "/next", null, email, PASSWORD).body();
        String asked = next.replaceAll("(?s).*\"itemId\":\"([^\"]+)\".*", "$1");
        String askedFamily = asked.substring(0, asked.lastIndexOf('#'));
        assertThat(learner.api("POST", "/api/readiness/" + checkId + "/responses", "{\"itemId\":\"" + asked + "\",\"dontKnow\":true}",
                email, PASSWORD).body()).contains("\"recorded\":true");

        JsonNode after = statistics();
        assertThat(after.get("checksWithAnswers").asInt()).isEqualTo(before.get("checksWithAnswers").asInt() + 1);
        JsonNode p0 = family(before, practised);
        JsonNode p1 = family(after, practised);
        int samePractised = practised.equals(askedFamily) ? 1 : 0;
        assertThat(p1.get("practiceResponses").asInt()).isEqualTo(p0.get("practiceResponses").asInt() + 1);
        assertThat(correct(p1)).isEqualTo(correct(p0) + 1);
        JsonNode a0 = family(before, askedFamily);
        JsonNode a1 = family(after, askedFamily);
        assertThat(a1.get("readinessResponses").asInt()).isEqualTo(a0.get("readinessResponses").asInt() + 1);
        assertThat(a1.get("readinessAnswers").asInt()).isEqualTo(a0.get("readinessAnswers").asInt() + 1);
        assertThat(Math.round(a1.get("proportionDontKnow").asDouble() * a1.get("readinessAnswers").asInt()))
                .isEqualTo(Math.round(a0.get("proportionDontKnow").asDouble(0) * a0.get("readinessAnswers").asInt()) + 1);
        assertThat(a1.get("checksAsked").asInt()).isEqualTo(a0.get("checksAsked").asInt() + 1);
        assertThat(correct(a1)).isEqualTo(correct(a0) + samePractised);

        var instructor = browser();
        instructor.logIn(ADMIN, ADMIN_PASSWORD);
        String page = instructor.get("/instructor/item-statistics?topic=big-data").body();
        String row = page.substring(page.indexOf("id=\"family-" + practised + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("<td class=\"practice\">" + p1.get("practiceResponses").asInt() + "</td>");

        assertThat(learner.get("/instructor/item-statistics").status()).isEqualTo(403);
        assertThat(learner.api("GET", "/api/items/statistics", null, email, PASSWORD).status()).isEqualTo(403);
        assertThat(learner.api("POST", "/api/items/calibrations", null, email, PASSWORD).status()).isEqualTo(403);
        assertThat(browser().api("GET", "/api/items/statistics", null, null, null).status()).isEqualTo(401);
        assertThat(learner.get("/").body()).doesNotContain("/instructor/item-statistics");
        assertThat(instructor.get("/").body()).contains("/instructor/item-statistics");
    }

    static int correct(JsonNode row) {
        int n = row.get("readinessResponses").asInt() + row.get("practiceResponses").asInt();
        return n == 0 ? 0 : (int) Math.round(row.get("proportionCorrect").asDouble() * n);
    }

    /** The right answer as a learner would type it (choice ids, or the key's value), from the instructors' preview. */
    String rightAnswer(String family, String seed) {
        var preview = browser().api("GET", "/api/items/preview?family=" + family + "&seed=" + seed, null, ADMIN, ADMIN_PASSWORD);
        return PreviewAnswers.typedRightAnswer(new tools.jackson.databind.ObjectMapper().readTree(preview.body()));
    }

    @Test
    @Order(3)
    void recalibrationChangesTheParametersOfNewChecksWhileAnOpenCheckResumesAsItStarted() {
        String email = "open-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var learner = browser();
        learner.signUp(email, "Open", PASSWORD);
        long account = jdbc.sql("select id from accounts where email = ?").param(email).query(Long.class).single();
        var started = learner.api("POST", "/api/readiness", null, email, PASSWORD);
        assertThat(started.body()).contains("\"calibrationRunId\":null");
        String checkId = started.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        for (int i = 0; i < 2; i++) {
            String item = learner.api("GET", "/api/readiness/" + checkId + "/next", null, email, PASSWORD).body()
                    .replaceAll("(?s).*\"itemId\":\"([^\"]+)\".*", "$1");
            learner.api("POST", "/api/readiness/" + checkId + "/responses", "{\"itemId\":\"" + item + "\",\"dontKnow\":true}", email, PASSWORD);
        }
        String pendingBefore = learner.api("GET", "/api/readiness/" + checkId + "/next", null, email, PASSWORD).body();

        // Synthetic responses inserted through JDBC: 400 learners answer three families of one topic nobody has
        // answered yet (one answer per family cannot tell a from b; three can). The target family is simulated from a
        // 2PL with a = 2.0, b = 1.2, far from what its authors declared; plus answers the data rule must ignore.
        List<ItemFamily> untouched = untouchedFamiliesOfOneTopic();
        ItemFamily target = untouched.get(0);
        IrtParameters[] truth = {IrtParameters.of(2.0, 1.2), calibrations.declared(untouched.get(1).id()), calibrations.declared(untouched.get(2).id())};
        Random random = new Random(42);
        for (int i = 0; i < 400; i++) {
            long synthetic = syntheticLearner();
            double theta = random.nextGaussian();
            for (int j = 0; j < 3; j++) {
                IrtParameters p = truth[j];
                boolean right = random.nextDouble() < p.c() + (1 - p.c()) / (1 + Math.exp(-1.7 * p.a() * (theta - p.b())));
                if (j == 0 && i < 40) {
                    response(synthetic, target, 0, "PRACTICE", "UNREADABLE", 0, 0); // unreadable first: skipped by the rule
                }
                response(synthetic, untouched.get(j), i, i % 2 == 0 ? "PRACTICE" : "READINESS", right ? "CORRECT" : "INCORRECT", 0, 1 + j);
                if (j == 0) {
                    response(synthetic, target, i, "PRACTICE", "CORRECT", 0, 10); // second answers are not used
                }
            }
        }
        for (int i = 0; i < 20; i++) { // practice with hints does not qualify
            response(syntheticLearner(), target, 0, "PRACTICE", "CORRECT", 2, 0);
        }

        var refused = browser();
        refused.logIn(ADMIN, ADMIN_PASSWORD);
        assertThat(refused.postFormRaw("/instructor/item-statistics/recalibrate", Map.of(), Map.of()).status()).as("no CSRF token").isEqualTo(403);

        var run = browser().api("POST", "/api/items/calibrations", null, ADMIN, ADMIN_PASSWORD);
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        JsonNode body = new ObjectMapper().readTree(run.body());
        long runId = body.get("id").asLong();
        JsonNode fitted = null;
        for (JsonNode f : body.get("families")) {
            if (f.get("familyId").asString().equals(target.id())) {
                fitted = f;
            }
        }
        assertThat(fitted).as(run.body()).isNotNull();
        assertThat(fitted.get("responses").asInt()).isEqualTo(400);
        double a = fitted.get("parameters").get("a").asDouble();
        double b = fitted.get("parameters").get("b").asDouble();
        assertThat(b).isCloseTo(1.2, within(0.4));
        assertThat(a).isGreaterThan(1.2);
        IrtParameters calibrated = new IrtParameters(a, b, 0);

        // a new check uses the run's parameters
        String otherEmail = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        browser().signUp(otherEmail, "New", PASSWORD);
        var newCheck = browser().api("POST", "/api/readiness", null, otherEmail, PASSWORD);
        assertThat(newCheck.body()).contains("\"calibrationRunId\":" + runId);
        List<PoolItem> targetItems = engines.forRun(runId).pool().items().stream().filter(p -> p.familyId().equals(target.id())).toList();
        assertThat(targetItems).isNotEmpty().allSatisfy(p -> assertThat(p.irt()).isEqualTo(calibrated));
        assertThat(engines.forRun(null).pool().items().stream().filter(p -> p.familyId().equals(target.id())))
                .allSatisfy(p -> assertThat(p.irt()).isEqualTo(target.generate(p.seed().orElse(0)).irt()));
        assertThat(family(statistics(), target.id()).get("calibrated").get("a").asDouble()).isEqualTo(a);

        // the open check resumes exactly as it started, through the API and after a restart (a fresh service, no kept tests)
        assertThat(learner.api("GET", "/api/readiness/" + checkId + "/next", null, email, PASSWORD).body()).isEqualTo(pendingBefore);
        assertThat(checkStore.find(Long.parseLong(checkId)).orElseThrow().calibrationRunId()).isNull();
        var restarted = new ReadinessChecks(bank, curriculum, profiles, progress, checkStore, responseLog,
                new ReadinessEngines(bank, curriculum, calibrations), transactionManager);
        String pendingItem = pendingBefore.replaceAll("(?s).*\"itemId\":\"([^\"]+)\".*", "$1");
        assertThat(restarted.next(account, Long.parseLong(checkId)).orElseThrow().poolItem().id()).isEqualTo(pendingItem);
        var authorsReplay = engines.authors().forBackground("unknown")
                .resume(checkStore.find(Long.parseLong(checkId)).orElseThrow().randomSeed(), checkStore.answers(Long.parseLong(checkId)));
        assertThat(authorsReplay.next().orElseThrow().id()).isEqualTo(pendingItem);

        // the page's button, with its CSRF token, stores another run
        var instructor = browser();
        instructor.logIn(ADMIN, ADMIN_PASSWORD);
        var posted = instructor.postForm("/instructor/item-statistics/recalibrate", "/instructor/item-statistics", Map.of());
        assertThat(posted.status()).isEqualTo(302);
        assertThat(instructor.get("/instructor/item-statistics").body()).contains("id=\"recalibrated\"", "Calibration run <span>" + (runId + 1) + "</span> stored");
    }
}
