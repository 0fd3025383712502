package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mlready.support.PreviewAnswers;
import org.mlready.support.WebClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checkpoint quizzes driven as learners would: open the week-1 checkpoint from the study plan, answer question by
 * question, read the result, and see the plan's checkpoint ticked off after a pass. Right answers come from the
 * instructors' preview API, wrong ones are checked to be readable but wrong through the answer-checking API. Runs
 * once per database (see the subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mlready.admin.email=root@mlready.test", "mlready.admin.password=admin-pass-2026"})
abstract class CheckpointHttpTests {

    static final String PASSWORD = "study-hard-2026";
    static final String ADMIN = "root@mlready.test";
    static final String ADMIN_PASSWORD = "admin-pass-2026";
    private static final Pattern CHECKPOINT_LINK = Pattern.compile("href=\"(/checkpoints\\?topics=([a-z0-9,-]+))\"");
    private static final Pattern POSITION = Pattern.compile("Question (\\d+) of (\\d+)");
    private static final Pattern ITEM = Pattern.compile("Question reference: <code>([a-z0-9-]+)#(\\d+)</code>");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    WebClient browser() {
        return new WebClient(port);
    }

    /** The question on the page: its 1-based number, the quiz length, its family and seed. */
    record Shown(int number, int total, String family, long seed) {
    }

    /** A signed-in learner (cookies kept in {@code web}) with a software-engineering plan starting today. */
    String learnerWithPlan(WebClient web) {
        String email = "checkpoint-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(web.signUp(email, "Quizzer", PASSWORD).status()).isEqualTo(302);
        var profile = web.api("PUT", "/api/me/profile",
                "{\"displayName\":\"Quizzer\",\"background\":\"software-engineering\",\"weeklyHours\":10}", email, PASSWORD);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        var plan = web.api("PUT", "/api/me/plan", "{\"startDate\":\"" + LocalDate.now() + "\"}", email, PASSWORD);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        return email;
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

    private static List<String> choices(JsonNode item, boolean correct) {
        return PreviewAnswers.choiceIds(item, correct);
    }

    /** A readable wrong answer, confirmed INCORRECT by the answer-checking API. */
    String wrongAnswer(String family, long seed) {
        JsonNode item = preview(family, seed);
        String type = item.get("responseType").asString();
        String right = rightAnswer(family, seed);
        List<String> candidates = new ArrayList<>();
        if (type.endsWith("CHOICE")) {
            choices(item, false).forEach(candidates::add);
            candidates.add(right.contains(",") ? right.substring(0, right.indexOf(',')) : right);
        } else if (type.equals("EXPRESSION")) {
            candidates.add("(" + right + ")+1000");
        } else if (type.equals("SQL")) {
            candidates.add("select 12345 as nothing_like_it");
        } else {
            Matcher numbers = NUMBER.matcher(right);
            StringBuilder shifted = new StringBuilder();
            while (numbers.find()) {
                numbers.appendReplacement(shifted, String.valueOf((long) Math.abs(Double.parseDouble(numbers.group())) + 1001));
            }
            numbers.appendTail(shifted);
            candidates.add(shifted.toString());
        }
        for (String candidate : candidates) {
            var check = browser().api("POST", "/api/items/check", "{\"skill\":\"" + item.get("skillId").asString()
                    + "\",\"family\":\"" + family + "\",\"seed\":" + seed + ",\"response\":" + json.writeValueAsString(candidate) + "}",
                    ADMIN, ADMIN_PASSWORD);
            assertThat(check.status()).as(check.body()).isEqualTo(200);
            if (json.readTree(check.body()).get("verdict").asString().equals("INCORRECT")) {
                return candidate;
            }
        }
        throw new AssertionError("no readable wrong answer for " + family + "#" + seed + " among " + candidates);
    }

    /** The week-1 checkpoint link on /plan: its path and topic ids. */
    String[] weekOneCheckpoint(WebClient web) {
        var plan = web.get("/plan");
        assertThat(plan.status()).isEqualTo(200);
        String weekOne = plan.body().substring(plan.body().indexOf("id=\"week-1\""), plan.body().indexOf("id=\"week-2\""));
        Matcher link = CHECKPOINT_LINK.matcher(weekOne);
        assertThat(link.find()).as(weekOne).isTrue();
        assertThat(weekOne).contains("Checkpoint quiz on ").doesNotContain("badge free\">done</span>\n              <a href=\"/checkpoints");
        return new String[] {link.group(1), link.group(2)};
    }

    /** Starts (or resumes) the checkpoint from its page; returns the quiz's page path. */
    String start(WebClient web, String[] checkpoint, String button) {
        var page = web.get(checkpoint[0]);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(button, "You pass with 70% or more");
        var started = web.postForm("/checkpoints", checkpoint[0], Map.of("topics", checkpoint[1]));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        assertThat(started.location()).matches(".*/checkpoints/\\d+");
        return started.location().substring(started.location().indexOf("/checkpoints/"));
    }

    Shown shown(WebClient web, String quiz) {
        var page = web.get(quiz);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Matcher position = POSITION.matcher(page.body());
        Matcher item = ITEM.matcher(page.body());
        assertThat(position.find() && item.find()).as(page.body()).isTrue();
        assertThat(page.body()).contains("action=\"" + quiz + "/answers/" + (Integer.parseInt(position.group(1)) - 1) + "\"")
                .doesNotContain("Show a hint", "Answer saved.");
        return new Shown(Integer.parseInt(position.group(1)), Integer.parseInt(position.group(2)), item.group(1),
                Long.parseLong(item.group(2)));
    }

    /** Answers the shown question through htmx; returns where the page sends the learner next. */
    String answer(WebClient web, String quiz, Shown shown, String response) {
        var answered = web.postHtmx(quiz + "/answers/" + (shown.number() - 1), quiz, Map.of("response", response));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        String next = answered.headers().firstValue("HX-Redirect").orElse("");
        assertThat(next).as(answered.body()).startsWith(quiz);
        return next;
    }

    @Test
    void aLearnerPassesTheWeekOneCheckpointFromThePlanAndThePlanTicksItOff() {
        var web = browser();
        String email = learnerWithPlan(web);
        String[] checkpoint = weekOneCheckpoint(web);
        String quiz = start(web, checkpoint, "Start the quiz");
        List<String> topics = List.of(checkpoint[1].split(","));
        Shown first = shown(web, quiz);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.total()).isBetween(6, 10).isEqualTo(Math.max(6, Math.min(10, 2 * topics.size())));

        String next = quiz;
        List<String> families = new ArrayList<>();
        for (int n = 1; n <= first.total(); n++) {
            Shown shown = shown(web, quiz);
            assertThat(shown.number()).isEqualTo(n);
            families.add(shown.family() + "#" + shown.seed());
            next = answer(web, quiz, shown, rightAnswer(shown.family(), shown.seed()));
        }
        assertThat(next).isEqualTo(quiz + "/result");
        assertThat(families).doesNotHaveDuplicates();
        assertThat(web.get(quiz).location()).as("a finished quiz opens its result").endsWith(quiz + "/result");

        var result = web.get(quiz + "/result");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains(first.total() + " of " + first.total() + " right: 100%", "passed",
                "Worked solution", "Correct answer:", "ticked off in your").doesNotContain("not passed");
        for (String topic : topics) {
            assertThat(result.body()).contains("id=\"topic-score-" + topic + "\"");
        }

        var plan = web.get("/plan").body();
        String weekOne = plan.substring(plan.indexOf("id=\"week-1\""), plan.indexOf("id=\"week-2\""));
        assertThat(weekOne).containsPattern("<span class=\"badge free\">done</span>\\s*<a href=\"" + Pattern.quote(checkpoint[0]) + "\"");
        JsonNode apiPlan = json.readTree(web.api("GET", "/api/me/plan", null, email, PASSWORD).body());
        JsonNode task = null;
        for (JsonNode t : apiPlan.get("plan").get("weeks").get(0).get("tasks")) {
            if (t.get("kind").asString().equals("CHECKPOINT")) {
                task = t;
            }
        }
        assertThat(task).as(apiPlan.toString()).isNotNull();
        assertThat(task.get("done").asBoolean()).isTrue();
        assertThat(web.get(checkpoint[0]).body()).contains("You have passed this checkpoint", "Retake the quiz", "100%");

        var api = web.api("GET", "/api" + quiz.replace("/checkpoints/", "/me/checkpoints/") + "/result", null, email, PASSWORD);
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        JsonNode marked = json.readTree(api.body());
        assertThat(marked.get("percent").asInt()).isEqualTo(100);
        assertThat(marked.get("passed").asBoolean()).isTrue();
        assertThat(marked.get("questions")).hasSize(first.total());

        var statistics = browser().api("GET", "/api/items/statistics?topic=" + topics.get(0), null, ADMIN, ADMIN_PASSWORD);
        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        int checkpointResponses = 0;
        for (JsonNode f : json.readTree(statistics.body()).get("families")) {
            checkpointResponses += f.get("checkpointResponses").asInt();
        }
        assertThat(checkpointResponses).as("instructors' item statistics count checkpoint answers").isPositive();
        var practice = web.get("/topics/" + topics.get(0) + "/practice");
        var practicePage = web.get(practice.location().substring(practice.location().indexOf("/practice/")));
        assertThat(practicePage.body()).as("checkpoint answers leave practice mastery alone").contains("% · 0 answered")
                .doesNotContainPattern("% · [1-9]\\d* answered");

        String retake = start(web, checkpoint, "Retake the quiz");
        assertThat(retake).isNotEqualTo(quiz);
        Shown again = shown(web, retake);
        assertThat(again.number()).isEqualTo(1);
    }

    @Test
    void wrongAnswersDoNotPassAndAnUnfinishedQuizResumesWhereItWasLeft() {
        var web = browser();
        String email = learnerWithPlan(web);
        String[] checkpoint = weekOneCheckpoint(web);
        String quiz = start(web, checkpoint, "Start the quiz");
        String apiQuiz = "/api" + quiz.replace("/checkpoints/", "/me/checkpoints/");

        Shown first = shown(web, quiz);
        answer(web, quiz, first, wrongAnswer(first.family(), first.seed()));
        var twice = web.postHtmx(quiz + "/answers/0", quiz, Map.of("response", rightAnswer(first.family(), first.seed())));
        assertThat(twice.status()).as("a double submit does not count twice").isEqualTo(409);
        var twiceApi = web.api("POST", apiQuiz + "/answers", "{\"position\":0,\"response\":\"1\"}", email, PASSWORD);
        assertThat(twiceApi.status()).isEqualTo(409);
        assertThat(twiceApi.body()).contains("has already been answered");

        Shown second = shown(web, quiz);
        assertThat(second.number()).isEqualTo(2);
        var unreadable = web.postHtmx(quiz + "/answers/1", quiz, Map.of("response", "???"));
        assertThat(unreadable.status()).isEqualTo(200);
        assertThat(unreadable.body()).contains("We could not read that answer").doesNotContain("Worked solution");
        var unreadableApi = web.api("POST", apiQuiz + "/answers", "{\"position\":1,\"response\":\"???\"}", email, PASSWORD);
        assertThat(unreadableApi.status()).isEqualTo(400);
        assertThat(unreadableApi.body()).contains("could not be read", "not stored");
        assertThat(shown(web, quiz).number()).as("an unreadable answer is not stored").isEqualTo(2);
        answer(web, quiz, second, wrongAnswer(second.family(), second.seed()));

        // Leave, come back from the plan: the quiz resumes at question 3.
        assertThat(web.get("/dashboard").status()).isEqualTo(200);
        assertThat(web.get(checkpoint[0]).body()).contains("Resume the quiz (2 of " + first.total() + " answered)");
        assertThat(start(web, checkpoint, "Resume the quiz")).isEqualTo(quiz);
        var resumedApi = web.api("POST", "/api/me/checkpoints", "{\"topicIds\":" + json.writeValueAsString(List.of(checkpoint[1].split(","))) + "}",
                email, PASSWORD);
        assertThat(resumedApi.status()).as(resumedApi.body()).isEqualTo(200);
        assertThat(json.readTree(resumedApi.body()).get("resumed").asBoolean()).isTrue();
        JsonNode next = json.readTree(web.api("GET", apiQuiz + "/next", null, email, PASSWORD).body());
        assertThat(next.get("position").asInt()).isEqualTo(2);
        assertThat(next.toString()).doesNotContain("\"key\"", "solution");
        assertThat(web.api("GET", apiQuiz + "/result", null, email, PASSWORD).status()).as("not finished yet").isEqualTo(409);

        Shown third = shown(web, quiz);
        assertThat(third.number()).isEqualTo(3);
        answer(web, quiz, third, rightAnswer(third.family(), third.seed()));
        for (int n = 4; n <= first.total(); n++) {
            Shown shown = shown(web, quiz);
            answer(web, quiz, shown, wrongAnswer(shown.family(), shown.seed()));
        }
        var result = web.get(quiz + "/result");
        assertThat(result.body()).contains("1 of " + first.total() + " right: " + (100 / first.total()) + "%", "not passed",
                "You need 70% to pass", "Your answer:");
        var plan = web.get("/plan").body();
        String weekOne = plan.substring(plan.indexOf("id=\"week-1\""), plan.indexOf("id=\"week-2\""));
        assertThat(weekOne).doesNotContainPattern("<span class=\"badge free\">done</span>\\s*<a href=\"" + Pattern.quote(checkpoint[0]) + "\"");
        var lateAnswer = web.api("POST", apiQuiz + "/answers", "{\"position\":3,\"response\":\"1\"}", email, PASSWORD);
        assertThat(lateAnswer.status()).isEqualTo(409);
    }

    /** Starts a quiz on the checkpoint's topics and answers every question wrongly; returns the result page body. */
    String failAll(WebClient web, String[] checkpoint, String button) {
        String quiz = start(web, checkpoint, button);
        for (int guard = 0; guard < 12; guard++) {
            Shown shown = shown(web, quiz);
            String next = answer(web, quiz, shown, wrongAnswer(shown.family(), shown.seed()));
            if (next.endsWith("/result")) {
                return web.get(next).body();
            }
        }
        throw new AssertionError("the quiz did not end");
    }

    @Test
    void twoFailedCheckpointsOnTheSameTopicsFlagTheLearnerInTheirCohortUntilTheyPass() {
        var code = json.readTree(browser().api("POST", "/api/instructor/cohorts", "{\"name\":\"Checkpoint cohort\"}",
                ADMIN, ADMIN_PASSWORD).body());
        var web = browser();
        String email = learnerWithPlan(web);
        assertThat(browser().api("POST", "/api/me/cohorts", "{\"code\":\"" + code.get("joinCode").asString() + "\"}", email,
                PASSWORD).status()).isEqualTo(201);
        long accountId = json.readTree(browser().api("GET", "/api/me/profile", null, email, PASSWORD).body()).get("id").asLong();
        String overviewPath = "/api/instructor/cohorts/" + code.get("id").asLong();
        String[] checkpoint = weekOneCheckpoint(web);

        assertThat(failAll(web, checkpoint, "Start the quiz")).contains("0%");
        assertThat(flags(overviewPath, accountId)).as("one failure is not stuck").doesNotContain("CHECKPOINT");
        failAll(web, checkpoint, "Retake");
        String flags = flags(overviewPath, accountId);
        assertThat(flags).contains("\"kind\":\"CHECKPOINT\"").containsPattern("2 checkpoint attempts on [^\"]+ without a pass: 0%, 0%");
        var page = browser();
        page.logIn(ADMIN, ADMIN_PASSWORD);
        assertThat(page.get("/instructor/cohorts/" + code.get("id").asLong()).body()).contains("checkpoint not passed");

        String quiz = start(web, checkpoint, "Retake");
        for (int guard = 0; guard < 12; guard++) {
            Shown shown = shown(web, quiz);
            if (answer(web, quiz, shown, rightAnswer(shown.family(), shown.seed())).endsWith("/result")) {
                break;
            }
        }
        assertThat(flags(overviewPath, accountId)).as("passed since").doesNotContain("CHECKPOINT");
    }

    private String flags(String overviewPath, long accountId) {
        var overview = json.readTree(browser().api("GET", overviewPath, null, ADMIN, ADMIN_PASSWORD).body());
        for (JsonNode member : overview.get("members")) {
            if (member.get("accountId").asLong() == accountId) {
                return member.get("flags").toString();
            }
        }
        throw new AssertionError("not a member: " + overview);
    }

    @Test
    void theApiStartsAnswersAndMarksAQuizAndRefusesBadInputAndOtherLearnersQuizzes() {
        var web = browser();
        String email = learnerWithPlan(web);
        assertThat(browser().api("GET", "/api/me/checkpoints/1/next", null, null, null).status()).isEqualTo(401);
        var unknown = web.api("POST", "/api/me/checkpoints", "{\"topicIds\":[\"linear-algebra\",\"astrology\"]}", email, PASSWORD);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("There is no topic called 'astrology'");
        assertThat(web.api("POST", "/api/me/checkpoints", "{}", email, PASSWORD).status()).isEqualTo(400);
        assertThat(web.api("POST", "/api/me/checkpoints", "{\"topicIds\":[]}", email, PASSWORD).status()).isEqualTo(400);
        assertThat(web.api("POST", "/api/me/checkpoints", "not json", email, PASSWORD).status()).isEqualTo(400);
        assertThat(web.get("/checkpoints?topics=astrology").status()).isEqualTo(400);

        var started = web.api("POST", "/api/me/checkpoints", "{\"topicIds\":[\"linear-algebra\"]}", email, PASSWORD);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long id = json.readTree(started.body()).get("id").asLong();
        String path = "/api/me/checkpoints/" + id;
        assertThat(started.location()).endsWith(path + "/next");
        int total = json.readTree(started.body()).get("questionCount").asInt();
        assertThat(total).isEqualTo(6);
        assertThat(web.api("POST", path + "/answers", "{\"response\":\"1\"}", email, PASSWORD).status()).isEqualTo(400);
        assertThat(web.api("POST", path + "/answers", "{\"position\":99,\"response\":\"1\"}", email, PASSWORD).status()).isEqualTo(400);
        assertThat(web.api("POST", path + "/answers", "{\"position\":\"x\"}", email, PASSWORD).status()).isEqualTo(400);
        for (int n = 0; n < total; n++) {
            JsonNode next = json.readTree(web.api("GET", path + "/next", null, email, PASSWORD).body());
            assertThat(next.get("finished").asBoolean()).isFalse();
            assertThat(next.get("position").asInt()).isEqualTo(n);
            assertThat(next.get("topicId").asString()).isEqualTo("linear-algebra");
            String[] item = next.get("itemId").asString().split("#");
            var answered = web.api("POST", path + "/answers", "{\"position\":" + n + ",\"response\":"
                    + json.writeValueAsString(rightAnswer(item[0], Long.parseLong(item[1]))) + "}", email, PASSWORD);
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
            assertThat(json.readTree(answered.body()).get("finished").asBoolean()).isEqualTo(n == total - 1);
        }
        assertThat(json.readTree(web.api("GET", path + "/next", null, email, PASSWORD).body()).get("finished").asBoolean()).isTrue();
        JsonNode result = json.readTree(web.api("GET", path + "/result", null, email, PASSWORD).body());
        assertThat(result.get("percent").asInt()).isEqualTo(100);
        assertThat(result.get("topics").get(0).get("correct").asInt()).isEqualTo(total);
        assertThat(result.get("questions").get(0).get("solution").asString()).isNotBlank();
        assertThat(browser().getJson("/v3/api-docs").body()).contains("/api/me/checkpoints", "/api/me/checkpoints/{id}/answers");

        var stranger = browser();
        String other = learnerWithPlan(stranger);
        for (String theirs : List.of(path + "/next", path + "/result")) {
            var response = stranger.api("GET", theirs, null, other, PASSWORD);
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body()).contains("You have no checkpoint quiz " + id);
        }
        assertThat(stranger.api("POST", path + "/answers", "{\"position\":0,\"response\":\"1\"}", other, PASSWORD).status()).isEqualTo(404);
        assertThat(stranger.get("/checkpoints/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/checkpoints/" + id + "/result").status()).isEqualTo(404);
        assertThat(browser().get("/checkpoints/" + id).status()).as("pages need a login").isEqualTo(302);
    }
}
