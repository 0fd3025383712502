package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mlready.support.PreviewAnswers;
import org.mlready.support.WebClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The platform driven over real HTTP, as a browser and as a script would. Runs once per database
 * (see the subclasses), so every page and endpoint is proven on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mlready.admin.email=root@mlready.test", "mlready.admin.password=admin-pass-2026"})
abstract class PlatformHttpTests {

    static final String PASSWORD = "study-hard-2026";

    @LocalServerPort
    int port;

    WebClient browser() {
        return new WebClient(port);
    }

    static String email() {
        return "learner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    String apiSignUp(String email) {
        var response = browser().api("POST", "/api/signup",
                "{\"email\":\"" + email + "\",\"displayName\":\"Ada\",\"password\":\"" + PASSWORD + "\"}", null, null);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return email;
    }

    @Test
    void homePageListsAllTenAreas() {
        var home = browser().get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Mathematical Foundation Requirements", "Personalized Learning Pathways",
                "Assessment and Readiness Check");
        assertThat(home.body().split("class=\"card\"").length - 1).isEqualTo(10);
    }

    @Test
    void topicPageShowsSkillsResourcesAndPrerequisites() {
        var topic = browser().get("/topics/unsupervised-learning");
        assertThat(topic.status()).isEqualTo(200);
        assertThat(topic.body()).contains("Principal Component Analysis (PCA) and t-SNE", "Unsupervised Learning - Scikit-learn",
                "Study first", "Linear Algebra Fundamentals");
        assertThat(browser().get("/areas/mathematical-foundations").body()).contains("Calculus and Optimization");
        assertThat(browser().get("/pathways/beginner").body()).contains("16 to 24 weeks", "freeCodeCamp Data Analysis")
                .containsPattern("(?s)<strong>freeCodeCamp Data Analysis</strong>:\\s*<a href=\"/topics/scientific-computing\">"
                        + "Scientific Computing Libraries</a>, <a href=\"/topics/exploratory-data-analysis\">");
    }

    @Test
    void unknownIdsGiveAClear404() {
        var missing = browser().get("/topics/astrology");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no topic called &#39;astrology&#39;").doesNotContain("Exception");
        assertThat(browser().getJson("/api/curriculum/nothing").status()).isEqualTo(404);
    }

    @Test
    void searchFindsTopicsSkillsAndResources() {
        var results = browser().get("/search?q=eigen");
        assertThat(results.body()).contains("Eigenvalues, eigenvectors, and matrix diagonalization");
        assertThat(browser().get("/search?q=pandas+documentation").body()).contains("Pandas Documentation");
        assertThat(browser().get("/search?q=zzzzqx").body()).contains("Nothing matches");
        assertThat(browser().getJson("/api/curriculum/search?q=backpropagation").body()).contains("chain-rule-backprop");
    }

    @Test
    void curriculumApiIsPublicAndComplete() {
        var response = browser().getJson("/api/curriculum");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"pathways\"", "\"minWeeks\":16", "\"maxWeeks\":24", "\"prerequisites\"",
                "\"before\":\"linear-algebra\"", "\"mit-intro-cs\":[\"python-programming\"]");
    }

    @Test
    void newcomerSignsUpChoosesBackgroundAndTracksProgress() {
        var web = browser();
        String email = email();
        var signUp = web.signUp(email, "Grace", PASSWORD);
        assertThat(signUp.status()).isEqualTo(302);
        assertThat(signUp.location()).endsWith("/profile?welcome");
        var saved = web.postForm("/profile", "/profile",
                Map.of("displayName", "Grace H", "background", "software-engineering", "weeklyHours", "12"));
        assertThat(saved.location()).endsWith("/dashboard");
        var dashboard = web.get("/dashboard");
        assertThat(dashboard.body()).contains("Hello, Grace H", "For Software Engineering Backgrounds", "12 hours a week",
                "id=\"percent-complete\">0%");

        var panel = web.postHtmx("/progress/resources/khan-linear-algebra", "/dashboard", Map.of("done", "true"));
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.body()).contains("Done: Linear Algebra - Khan Academy");
        web.postHtmx("/progress/skills/vectors-dot-cross/confidence", "/dashboard", Map.of("level", "4"));
        var studied = web.postForm("/progress/topics/calculus-optimization/studied", "/dashboard", Map.of("studied", "true"));
        assertThat(studied.location()).endsWith("/topics/calculus-optimization");

        var after = web.get("/dashboard");
        assertThat(after.body()).doesNotContain("id=\"percent-complete\">0%").contains("Calculus and Optimization");
        var progress = web.getJson("/api/me/progress");
        assertThat(progress.body()).contains("\"completedResources\":[\"khan-linear-algebra\"]",
                "\"studiedTopics\":[\"calculus-optimization\"]", "\"vectors-dot-cross\":4");
    }

    @Test
    void signUpRejectsDuplicatesAndWeakPasswordsWithClearMessages() {
        String email = apiSignUp(email());
        var duplicate = browser().signUp(email.toUpperCase(), "Twin", PASSWORD);
        assertThat(duplicate.status()).isEqualTo(200);
        assertThat(duplicate.body()).contains("An account with this email already exists.");
        var weak = browser().signUp(email(), "Weak", "password1");
        assertThat(weak.body()).contains("at least 10 characters");
        var common = browser().api("POST", "/api/signup",
                "{\"email\":\"" + email() + "\",\"displayName\":\"C\",\"password\":\"password123\"}", null, null);
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.body()).contains("too common");
        var conflict = browser().api("POST", "/api/signup",
                "{\"email\":\"" + email + "\",\"displayName\":\"C\",\"password\":\"" + PASSWORD + "\"}", null, null);
        assertThat(conflict.status()).isEqualTo(409);
        var badEmail = browser().api("POST", "/api/signup",
                "{\"email\":\"not-an-email\",\"displayName\":\"C\",\"password\":\"" + PASSWORD + "\"}", null, null);
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.body()).contains("email: Enter a valid email address.");
    }

    @Test
    void profileApiReadsAndValidatesChanges() {
        String email = apiSignUp(email());
        var web = browser();
        var put = web.api("PUT", "/api/me/profile",
                "{\"displayName\":\"Ada L\",\"background\":\"maths-statistics\",\"weeklyHours\":8}", email, PASSWORD);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(web.api("GET", "/api/me/profile", null, email, PASSWORD).body())
                .contains("\"background\":\"maths-statistics\"", "\"weeklyHours\":8", "\"role\":\"LEARNER\"");
        var badBackground = web.api("PUT", "/api/me/profile",
                "{\"displayName\":\"Ada\",\"background\":\"astronaut\",\"weeklyHours\":8}", email, PASSWORD);
        assertThat(badBackground.status()).isEqualTo(400);
        assertThat(badBackground.body()).contains("Unknown background 'astronaut'");
        var badHours = web.api("PUT", "/api/me/profile",
                "{\"displayName\":\"Ada\",\"background\":\"beginner\",\"weeklyHours\":0}", email, PASSWORD);
        assertThat(badHours.status()).isEqualTo(400);
        assertThat(badHours.body()).contains("weeklyHours: Weekly hours must be at least 1.");
    }

    @Test
    void badInputIsAClear4xxNeverA500() {
        String email = apiSignUp(email());
        var web = browser();
        var malformed = web.api("PUT", "/api/me/progress", "{\"completedResources\": [", email, PASSWORD);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("not valid JSON");
        var unknown = web.api("PUT", "/api/me/progress",
                "{\"completedResources\":[\"khan-linear-algebra\",\"made-up\"],\"studiedTopics\":[\"astrology\"]}", email, PASSWORD);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("resource 'made-up'", "topic 'astrology'");
        var level = web.api("PUT", "/api/me/progress", "{\"skillConfidence\":{\"vectors-dot-cross\":9}}", email, PASSWORD);
        assertThat(level.status()).isEqualTo(400);
        assertThat(level.body()).contains("must be 1 to 5");
        var wrongType = web.api("PUT", "/api/me/progress", "{\"skillConfidence\":{\"vectors-dot-cross\":\"high\"}}", email, PASSWORD);
        assertThat(wrongType.status()).isEqualTo(400);
        var huge = web.api("PUT", "/api/me/progress", "{\"completedResources\":[\"" + "x".repeat(300_000) + "\"]}", email, PASSWORD);
        assertThat(huge.status()).isEqualTo(413);
        var chunked = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/api/me/progress"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("{\"completedResources\":[\"" + "y".repeat(400_000) + "\"]}").getBytes())))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes())));
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(413);
        var text = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/api/signup"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("email=a"))
                .header("Content-Type", "text/plain"));
        assertThat(text.status()).isEqualTo(415);
        var unknownResource = browser();
        unknownResource.signUp(email(), "X", PASSWORD);
        assertThat(unknownResource.postHtmx("/progress/resources/nope", "/dashboard", Map.of("done", "true")).status())
                .isEqualTo(404);
        assertThat(unknownResource.postHtmx("/progress/resources/khan-linear-algebra", "/dashboard", Map.of("done", "maybe")).status())
                .isEqualTo(400);
        // progress was not lost by the rejected writes
        var ok = web.api("PUT", "/api/me/progress", "{\"completedResources\":[\"khan-calculus\"]}", email, PASSWORD);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        web.api("PUT", "/api/me/progress", "{\"completedResources\":[\"bogus\"]}", email, PASSWORD);
        assertThat(web.api("GET", "/api/me/progress", null, email, PASSWORD).body()).contains("khan-calculus");
    }

    @Test
    void learnersNeverSeeOrChangeEachOthersData() {
        String alice = apiSignUp(email());
        String bob = apiSignUp(email());
        var web = browser();
        web.api("PUT", "/api/me/progress", "{\"completedResources\":[\"mit-linear-algebra\"],\"skillConfidence\":{\"pytorch\":5}}",
                alice, PASSWORD);
        web.api("PUT", "/api/me/profile", "{\"displayName\":\"Alice\",\"background\":\"beginner\",\"weeklyHours\":5}", alice, PASSWORD);

        assertThat(web.api("GET", "/api/me/progress", null, bob, PASSWORD).body())
                .doesNotContain("mit-linear-algebra").doesNotContain("pytorch");
        assertThat(web.api("GET", "/api/me/profile", null, bob, PASSWORD).body()).doesNotContain("Alice").contains(bob);
        web.api("PUT", "/api/me/progress", "{}", bob, PASSWORD);
        assertThat(web.api("GET", "/api/me/progress", null, alice, PASSWORD).body()).contains("mit-linear-algebra");

        var bobBrowser = browser();
        bobBrowser.logIn(bob, PASSWORD);
        assertThat(bobBrowser.get("/dashboard").body()).doesNotContain("Alice");
        assertThat(bobBrowser.get("/profile").body()).doesNotContain("Alice");
        assertThat(bobBrowser.get("/progress/topics/linear-algebra/panel").body()).doesNotContain("Done: MIT Linear Algebra");
        assertThat(bobBrowser.get("/admin/accounts").status()).isEqualTo(403);
        assertThat(web.api("GET", "/api/admin/accounts", null, bob, PASSWORD).status()).isEqualTo(403);
        assertThat(web.api("PUT", "/api/admin/accounts/1/role", "{\"role\":\"ADMIN\"}", bob, PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsAreAskedToSignIn() {
        var api = browser().api("GET", "/api/me/profile", null, null, null);
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.body()).contains("Authentication required");
        assertThat(browser().api("GET", "/api/me/progress", null, "nobody@example.org", "wrong-password-1").status()).isEqualTo(401);
        var page = browser().get("/dashboard");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
        assertThat(browser().get("/progress/topics/linear-algebra/panel").body()).contains("to track this topic");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        var web = browser();
        web.signUp(email(), "Csrf", PASSWORD);
        var forged = web.postFormRaw("/profile", Map.of("displayName", "Evil", "background", "beginner", "weeklyHours", "3"), Map.of());
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void repeatedFailedLoginsLockTheAccountForAWhile() {
        String email = apiSignUp(email());
        for (int i = 0; i < 5; i++) {
            assertThat(browser().logIn(email, "wrong-password-" + i).location()).endsWith("/login?error");
        }
        var locked = browser().logIn(email, PASSWORD);
        assertThat(locked.location()).endsWith("/login?locked");
        var api = browser().api("GET", "/api/me/profile", null, email, PASSWORD);
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.body()).contains("Too many failed attempts");
        assertThat(browser().get("/login?locked").body()).contains("Too many failed attempts");
    }

    @Test
    void loginAndLogoutWork() {
        String email = apiSignUp(email());
        var web = browser();
        var login = web.logIn(email.toUpperCase(), PASSWORD);
        assertThat(login.location()).endsWith("/dashboard");
        assertThat(web.get("/dashboard").status()).isEqualTo(200);
        assertThat(web.postForm("/logout", "/dashboard", Map.of()).status()).isEqualTo(302);
        assertThat(web.get("/dashboard").status()).isEqualTo(302);
    }

    @Test
    void firstAdminComesFromConfigurationAndCanGrantRoles() {
        String learner = apiSignUp(email());
        var web = browser();
        var accounts = web.api("GET", "/api/admin/accounts", null, "root@mlready.test", "admin-pass-2026");
        assertThat(accounts.status()).isEqualTo(200);
        assertThat(accounts.body()).contains("\"role\":\"ADMIN\"", learner);
        String id = accounts.body().replaceAll("(?s).*\\{\"id\":(\\d+),\"email\":\"" + learner.replace(".", "\\.") + "\".*", "$1");
        var change = web.api("PUT", "/api/admin/accounts/" + id + "/role", "{\"role\":\"INSTRUCTOR\"}", "root@mlready.test", "admin-pass-2026");
        assertThat(change.status()).as(change.body()).isEqualTo(200);
        assertThat(web.api("GET", "/api/me/profile", null, learner, PASSWORD).body()).contains("\"role\":\"INSTRUCTOR\"");
        assertThat(web.api("PUT", "/api/admin/accounts/999999/role", "{\"role\":\"ADMIN\"}", "root@mlready.test", "admin-pass-2026").status())
                .isEqualTo(404);
        assertThat(web.api("PUT", "/api/admin/accounts/" + id + "/role", "{\"role\":\"KING\"}", "root@mlready.test", "admin-pass-2026").status())
                .isEqualTo(400);
    }

    @Test
    void healthMetricsAndApiDocsAreServed() {
        assertThat(browser().getJson("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(browser().api("GET", "/actuator/prometheus", null, null, null).status()).isEqualTo(401);
        var metrics = browser().send(java.net.http.HttpRequest.newBuilder(browser().uri("/actuator/prometheus"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("root@mlready.test:admin-pass-2026".getBytes())));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        var docs = browser().getJson("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/curriculum", "/api/me/profile", "/api/me/progress");
        assertThat(browser().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    static final String ADMIN = "root@mlready.test";
    static final String ADMIN_PASSWORD = "admin-pass-2026";

    /** The id of the correct choice of a choice item, read from the instructors' preview. */
    String correctChoice(String family, String seed) {
        var preview = browser().api("GET", "/api/items/preview?family=" + family + "&seed=" + seed, null, ADMIN, ADMIN_PASSWORD);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        var matcher = java.util.regex.Pattern.compile("\\{\"id\":\"([A-Za-z0-9]+)\",\"text\":\"(?:[^\"\\\\]|\\\\.)*\",\"correct\":true").matcher(preview.body());
        java.util.List<String> correct = new java.util.ArrayList<>();
        while (matcher.find()) {
            correct.add(matcher.group(1));
        }
        assertThat(correct).as(preview.body()).isNotEmpty();
        return String.join(",", correct);
    }

    /** The path of a multiple- or single-choice practice question of the topic, asking for new ones until one is. */
    String choiceQuestion(WebClient web, String topicId) {
        for (int tries = 0; tries < 60; tries++) {
            var start = web.get("/topics/" + topicId + "/practice");
            assertThat(start.status()).isEqualTo(302);
            String path = java.net.URI.create(start.location()).getPath();
            String[] parts = path.split("/");
            var preview = browser().api("GET", "/api/items/preview?family=" + parts[3] + "&seed=" + parts[4], null, ADMIN, ADMIN_PASSWORD);
            if (preview.body().contains("\"responseType\":\"SINGLE_CHOICE\"") || preview.body().contains("\"responseType\":\"MULTIPLE_CHOICE\"")) {
                return path;
            }
        }
        throw new AssertionError("no choice question for " + topicId + " in 60 tries");
    }

    /** Every choice id of a choice item, in the order shown; a "select all" item may have its correct ones first. */
    java.util.List<String> choiceIds(String family, String seed) {
        var preview = browser().api("GET", "/api/items/preview?family=" + family + "&seed=" + seed, null, ADMIN, ADMIN_PASSWORD);
        var matcher = java.util.regex.Pattern.compile("\\{\"id\":\"([A-Za-z0-9]+)\",\"text\":").matcher(preview.body());
        java.util.List<String> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    @Test
    void practiceMarksAnswersStoresThemAndUpdatesMastery() {
        var web = browser();
        web.signUp(email(), "Practiser", PASSWORD);
        String path = choiceQuestion(web, "big-data");
        String[] parts = path.split("/");
        String family = parts[3];
        String seed = parts[4];
        var page = web.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Check answer", "Show a hint");
        String skill = browser().api("GET", "/api/items/preview?family=" + family + "&seed=" + seed, null, ADMIN, ADMIN_PASSWORD)
                .body().replaceAll("(?s).*\"skillId\":\"([a-z-]+)\".*", "$1");
        String right = correctChoice(family, seed);

        var hint = web.get(path + "/hints/1");
        assertThat(hint.status()).isEqualTo(200);
        assertThat(hint.body()).contains("hint-1", "hx-swap-oob");

        var unreadable = web.postHtmx(path, path, java.util.Map.of("response", "zz"));
        assertThat(unreadable.body()).contains("We could not read that answer.").doesNotContain("Mastery:");
        var correct = web.postHtmx(path, path, java.util.Map.of("response", right));
        assertThat(correct.status()).isEqualTo(200);
        assertThat(correct.body()).contains("Correct!", "Mastery: 20% →", "Worked solution", "Next question");
        String wrong = choiceIds(family, seed).stream().filter(id -> !java.util.List.of(right.split(",")).contains(id)).findFirst().orElseThrow();
        var incorrect = web.postHtmx(path, path, java.util.Map.of("response", wrong));
        assertThat(incorrect.body()).contains("Not quite.", "Wrong: ");

        var dashboard = web.get("/dashboard");
        assertThat(dashboard.body()).contains("mastery-row-" + skill, "1/2", "href=\"/topics/big-data/practice?skill=" + skill + "\"");
    }

    @Test
    void practisingOneSkillStaysOnItAndAQuestionAnsweredRightIsNotAskedAgain() {
        var web = browser();
        web.signUp(email(), "Focused", PASSWORD);
        assertThat(web.get("/topics/databases-sql").body()).contains("href=\"/topics/databases-sql/practice?skill=nosql-modelling\"");
        String solvedFamily = null;
        int answeredSince = 0;
        for (int i = 0; i < 30; i++) {
            var start = web.get("/topics/databases-sql/practice?skill=nosql-modelling");
            assertThat(start.status()).isEqualTo(302);
            assertThat(start.location()).endsWith("?skill=nosql-modelling");
            String path = java.net.URI.create(start.location()).getPath();
            String family = path.split("/")[3];
            String seed = path.split("/")[4];
            assertThat(itemBank.family(family).orElseThrow().skillId()).isEqualTo("nosql-modelling");
            assertThat(family).as("answered right before").isNotEqualTo(solvedFamily);
            String page = path + "?skill=nosql-modelling";
            var item = itemBank.instance(family, Long.parseLong(seed)).orElseThrow();
            if (solvedFamily == null && itemBank.family(family).orElseThrow().distinctQuestions() == 1) {
                assertThat(web.get(page).body()).contains("Only this skill", "NoSQL");
                var feedback = web.postHtmx(page, page, Map.of("response", correctChoice(family, seed)));
                assertThat(feedback.body()).contains("Correct!", "href=\"/topics/databases-sql/practice?skill=nosql-modelling\"");
                solvedFamily = family;
                continue;
            }
            String wrong = item.choices().stream().filter(c -> !c.correct()).map(org.mlready.assessment.item.Choice::id)
                    .findFirst().orElse(item.responseType() == org.mlready.assessment.item.ResponseType.NUMBER ? "987654321" : null);
            if (wrong != null && solvedFamily != null) {
                assertThat(web.postHtmx(page, page, Map.of("response", wrong)).body()).contains("Not quite.");
                answeredSince++;
            }
        }
        assertThat(answeredSince).as("enough other answers that the solved question is no longer just 'recent'").isGreaterThan(10);
        assertThat(solvedFamily).as("an authored NoSQL question came up").isNotNull();
        var unknown = web.get("/topics/databases-sql/practice?skill=linear-regression-magic");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("has no skill called");
    }

    @Test
    void itemPreviewIsForInstructorsAndCheckingWorksForEveryone() {
        String learner = apiSignUp(email());
        assertThat(browser().api("GET", "/api/items/preview?skill=vectors-dot-cross&seed=3", null, learner, PASSWORD).status()).isEqualTo(403);
        String key = null;
        long seed = 0;
        for (; seed < 200 && key == null; seed++) {
            var preview = browser().api("GET", "/api/items/preview?skill=matrix-operations&seed=" + seed, null, ADMIN, ADMIN_PASSWORD);
            assertThat(preview.status()).isEqualTo(200);
            if (preview.body().contains("\"responseType\":\"NUMBER\"")) {
                key = preview.body().replaceAll("(?s).*\"key\":\"([^\"]*)\".*", "$1").split(" ±")[0];
            }
        }
        assertThat(key).as("a numeric matrix item").isNotNull();
        seed--;
        var right = browser().api("POST", "/api/items/check",
                "{\"skill\":\"matrix-operations\",\"seed\":" + seed + ",\"response\":\"" + key + "\"}", learner, PASSWORD);
        assertThat(right.body()).as(right.body()).contains("\"verdict\":\"CORRECT\"");
        var junk = browser().api("POST", "/api/items/check",
                "{\"skill\":\"matrix-operations\",\"seed\":" + seed + ",\"response\":\"seven-ish\"}", learner, PASSWORD);
        assertThat(junk.body()).contains("\"verdict\":\"UNREADABLE\"", "Could not read your answer");
        assertThat(browser().api("POST", "/api/items/check", "{\"skill\":\"astrology\",\"seed\":1,\"response\":\"1\"}", learner, PASSWORD)
                .status()).isEqualTo(404);
        assertThat(browser().api("POST", "/api/items/check", "{\"skill\":\"matrix-operations\",\"seed\":-1,\"response\":\"1\"}", learner, PASSWORD)
                .status()).isEqualTo(400);

        var admin = browser();
        admin.logIn(ADMIN, ADMIN_PASSWORD);
        var page = admin.get("/instructor/items?skill=eigen-diagonalisation&seed=4");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Worked solution", "preview-key");
        var coverage = browser().api("GET", "/api/items/coverage", null, ADMIN, ADMIN_PASSWORD);
        assertThat(coverage.body()).contains("\"bias-variance\"");
    }

    /** The right answer to a pool item, as a learner would type it, read from the instructors' preview. */
    String rightAnswer(String poolItemId) {
        String family = poolItemId.substring(0, poolItemId.lastIndexOf('#'));
        String seed = poolItemId.substring(poolItemId.lastIndexOf('#') + 1);
        return typedRightAnswer(family, seed);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Answers the learner's open readiness check right until it ends, reading each key from the preview; the count. */
    int answerEveryQuestionRight(String learner, String id) {
        var web = browser();
        int answered = 0;
        boolean finished = false;
        while (!finished && answered < 60) {
            var next = web.api("GET", "/api/readiness/" + id + "/next", null, learner, PASSWORD).body();
            if (next.contains("\"finished\":true")) {
                break;
            }
            String current = next.replaceAll("(?s).*\"itemId\":\"([^\"]+)\".*", "$1");
            var outcome = web.api("POST", "/api/readiness/" + id + "/responses",
                    "{\"itemId\":\"" + current + "\",\"response\":" + json(rightAnswer(current)) + "}", learner, PASSWORD);
            assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
            assertThat(outcome.body()).as(current).contains("\"recorded\":true");
            finished = outcome.body().contains("\"finished\":true");
            answered++;
        }
        assertThat(finished).isTrue();
        return answered;
    }

    @Test
    void readinessCheckAdaptsStoresEveryAnswerAndCanBeResumed() {
        String learner = apiSignUp(email());
        var web = browser();
        web.api("PUT", "/api/me/profile", "{\"displayName\":\"Ready\",\"background\":\"software-engineering\",\"weeklyHours\":10}", learner, PASSWORD);
        var before = browser();
        before.logIn(learner, PASSWORD);
        assertThat(before.get("/dashboard").body()).contains("id=\"take-readiness\"").doesNotContain("id=\"latest-readiness\"");
        var started = web.api("POST", "/api/readiness", null, learner, PASSWORD);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        assertThat(web.api("POST", "/api/readiness", null, learner, PASSWORD).body()).as("resumes the open check").contains(id);

        var first = web.api("GET", "/api/readiness/" + id + "/next", null, learner, PASSWORD).body();
        assertThat(web.api("GET", "/api/readiness/" + id + "/next", null, learner, PASSWORD).body()).isEqualTo(first);
        assertThat(first).doesNotContain("\"correct\"").doesNotContain("solution");
        String itemId = first.replaceAll("(?s).*\"itemId\":\"([^\"]+)\".*", "$1");

        String other = apiSignUp(email());
        assertThat(web.api("GET", "/api/readiness/" + id + "/next", null, other, PASSWORD).status()).isEqualTo(404);
        assertThat(web.api("POST", "/api/readiness/" + id + "/responses", "{\"itemId\":\"nope#1\",\"response\":\"1\"}", learner, PASSWORD)
                .status()).isEqualTo(409);
        if (!first.contains("CHOICE")) {
            var unreadable = web.api("POST", "/api/readiness/" + id + "/responses",
                    "{\"itemId\":\"" + itemId + "\",\"response\":\"@@@\"}", learner, PASSWORD);
            assertThat(unreadable.body()).contains("\"recorded\":false", "UNREADABLE");
        }

        int answered = answerEveryQuestionRight(learner, id);
        assertThat(answered).isBetween(5, 40);
        var result = web.api("GET", "/api/readiness/" + id + "/result", null, learner, PASSWORD).body();
        assertThat(result.split("\"topicId\"").length - 1).isEqualTo(21);
        assertThat(result).contains("\"status\":\"MASTERED\"");
        assertThat(web.api("POST", "/api/readiness/" + id + "/responses", "{\"itemId\":\"x#1\",\"response\":\"1\"}", learner, PASSWORD)
                .status()).isEqualTo(409);

        var page = browser();
        page.logIn(learner, PASSWORD);
        var resultPage = page.get("/readiness/" + id + "/result");
        assertThat(resultPage.body()).contains("Your readiness", "Mastered", "Questions that decided it", "id=\"test-out\"");
        var testedOut = page.postForm("/readiness/" + id + "/test-out", "/readiness/" + id + "/result", java.util.Map.of());
        assertThat(testedOut.status()).isEqualTo(302);
        assertThat(web.api("GET", "/api/me/progress", null, learner, PASSWORD).body()).contains("\"studiedTopics\":[\"");
        assertThat(page.get("/dashboard").body()).contains("id=\"latest-readiness\"", "/readiness/" + id + "/result")
                .doesNotContain("id=\"take-readiness\"");
        int masteredTopics = result.split("\"status\":\"MASTERED\"").length - 1;
        int uncertainTopics = result.split("\"status\":\"UNCERTAIN\"").length - 1;
        String history = page.get("/readiness").body();
        String row = history.substring(history.indexOf("<tbody>", history.indexOf("readiness-history")));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Finished", "<td>" + answered + "</td>", "<td>" + masteredTopics + "</td>",
                "<td>" + (21 - masteredTopics - uncertainTopics) + "</td>", "<td>" + uncertainTopics + "</td>");
    }

    @Test
    void readinessPagesAcceptIDontKnowAndKeepProgressAcrossVisits() {
        var web = browser();
        web.signUp(email(), "Unsure", PASSWORD);
        var start = web.postForm("/readiness/start", "/readiness", java.util.Map.of());
        assertThat(start.status()).isEqualTo(302);
        String checkPath = java.net.URI.create(start.location()).getPath();
        var question = web.get(checkPath);
        assertThat(question.body()).contains("Question 1", "id=\"dont-know\"");
        String itemId = question.body().replaceAll("(?s).*name=\"itemId\" value=\"([^\"]+)\".*", "$1");
        var answered = web.postForm(checkPath + "/answer", checkPath, java.util.Map.of("itemId", itemId, "dontKnow", "true"));
        assertThat(answered.status()).isEqualTo(302);
        assertThat(web.get(checkPath).body()).contains("Question 2");
        assertThat(web.postForm("/readiness/start", "/readiness", java.util.Map.of()).location()).endsWith(checkPath);
    }

    // ---- Study plans ----

    static int count(String text, String pattern) {
        var matcher = java.util.regex.Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    static String first(String text, String pattern) {
        var matcher = java.util.regex.Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text.substring(0, Math.min(400, text.length()))).isTrue();
        return matcher.group(1);
    }

    /** A learner with a background who has made a plan through the API, starting {@code weeksAgo} weeks ago. */
    String learnerWithPlan(String background, int weeksAgo) {
        String email = apiSignUp(email());
        var web = browser();
        assertThat(web.api("PUT", "/api/me/profile", "{\"displayName\":\"Planner\",\"background\":\"" + background
                + "\",\"weeklyHours\":10}", email, PASSWORD).status()).isEqualTo(200);
        String start = java.time.LocalDate.now().minusWeeks(weeksAgo).toString();
        var created = web.api("PUT", "/api/me/plan", "{\"startDate\":\"" + start + "\"}", email, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.body()).contains("\"startDate\":\"" + start + "\"");
        return email;
    }

    @Test
    void aPracticeSetIsMarkedDoneOnceTheLearnerHasMasteredItsSkills() {
        String email = learnerWithPlan("maths-statistics", 0);
        var json = new tools.jackson.databind.ObjectMapper();
        var plan = json.readTree(browser().api("GET", "/api/me/plan", null, email, PASSWORD).body());
        tools.jackson.databind.JsonNode practiceSet = null;
        for (var week : plan.get("plan").get("weeks")) {
            for (var task : week.get("tasks")) {
                if (practiceSet == null && task.get("kind").asString().equals("PRACTICE")) {
                    practiceSet = task;
                }
            }
        }
        assertThat(practiceSet).as("the plan has a practice set").isNotNull();
        assertThat(practiceSet.get("done").asBoolean()).isFalse();
        String topicId = practiceSet.get("topicIds").get(0).asString();

        var web = browser();
        web.logIn(email, PASSWORD);
        for (var skill : curriculum.topic(topicId).orElseThrow().skills()) {
            for (int answers = 0; answers < 12 && !mastered(email, skill.id()); answers++) {
                String path = java.net.URI.create(web.get("/topics/" + topicId + "/practice?skill=" + skill.id()).location()).getPath();
                String[] parts = path.split("/");
                String page = path + "?skill=" + skill.id();
                assertThat(web.postHtmx(page, page, Map.of("response", typedRightAnswer(parts[3], parts[4]))).body())
                        .as(parts[3] + "#" + parts[4]).contains("Correct!");
            }
            assertThat(mastered(email, skill.id())).as(skill.id() + " mastered").isTrue();
        }
        var after = json.readTree(browser().api("GET", "/api/me/plan", null, email, PASSWORD).body());
        boolean done = false;
        for (var week : after.get("plan").get("weeks")) {
            for (var task : week.get("tasks")) {
                if (task.get("kind").asString().equals("PRACTICE") && task.get("topicIds").get(0).asString().equals(topicId)) {
                    done = task.get("done").asBoolean();
                }
            }
        }
        assertThat(done).as("the practice set on " + topicId + " is done").isTrue();
    }

    @Test
    void theAnswerLogListsEveryAnswerNewestFirstWithAWayToRetryPractice() {
        String email = apiSignUp(email());
        var web = browser();
        web.logIn(email, PASSWORD);
        List<String> practised = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String path = java.net.URI.create(web.get("/topics/linear-algebra/practice").location()).getPath();
            String[] parts = path.split("/");
            assertThat(web.postHtmx(path, path, Map.of("response", typedRightAnswer(parts[3], parts[4]))).body()).contains("Correct!");
            practised.add(path);
        }
        var json = new tools.jackson.databind.ObjectMapper();
        String checkId = json.readTree(browser().api("POST", "/api/readiness", null, email, PASSWORD).body()).get("id").asString();
        String asked = json.readTree(browser().api("GET", "/api/readiness/" + checkId + "/next", null, email, PASSWORD).body())
                .get("itemId").asString();
        browser().api("POST", "/api/readiness/" + checkId + "/responses", "{\"itemId\":\"" + asked + "\",\"dontKnow\":true}", email, PASSWORD);

        var log = json.readTree(browser().api("GET", "/api/me/answers", null, email, PASSWORD).body());
        assertThat(log.get("total").asInt()).isEqualTo(3);
        var answers = log.get("answers");
        assertThat(answers.get(0).get("context").asString()).isEqualTo("READINESS");
        assertThat(answers.get(0).get("retryPath").isNull()).as("readiness questions stay out of practice").isTrue();
        assertThat(answers.get(1).get("context").asString()).isEqualTo("PRACTICE");
        assertThat(answers.get(1).get("verdict").asString()).isEqualTo("CORRECT");
        assertThat(answers.get(1).get("retryPath").asString()).isEqualTo(practised.get(1));
        assertThat(answers.get(2).get("retryPath").asString()).isEqualTo(practised.get(0));
        var oldest = json.readTree(browser().api("GET", "/api/me/answers?page=2&size=1", null, email, PASSWORD).body());
        assertThat(oldest.get("pages").asInt()).isEqualTo(3);
        assertThat(oldest.get("answers").get(0).get("retryPath").asString()).isEqualTo(practised.get(0));
        for (String bad : List.of("size=0", "size=101", "page=-1", "size=abc")) {
            var refused = browser().api("GET", "/api/me/answers?" + bad, null, email, PASSWORD);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).doesNotContain("Exception");
        }

        var page = web.get("/answers");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("3 answers in practice", "Readiness check", "href=\"" + practised.get(1) + "\"");
        assertThat(web.get("/dashboard").body()).contains("href=\"/answers\"");
        assertThat(web.get("/answers?page=7").status()).isEqualTo(200);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.mlready.curriculum.Curriculum curriculum;

    private boolean mastered(String email, String skillId) {
        var progress = new tools.jackson.databind.ObjectMapper().readTree(
                browser().api("GET", "/api/me/progress", null, email, PASSWORD).body());
        for (var skill : progress.get("masteredSkills")) {
            if (skill.asString().equals(skillId)) {
                return true;
            }
        }
        return false;
    }

    /** The right answer to any question as a learner would type it, from the instructors' preview. */
    private String typedRightAnswer(String family, String seed) {
        return PreviewAnswers.typedRightAnswer(new tools.jackson.databind.ObjectMapper().readTree(browser().api("GET",
                "/api/items/preview?family=" + family + "&seed=" + seed, null, ADMIN, ADMIN_PASSWORD).body()));
    }

    WebClient.Response calendar(String path, String email) {
        var request = java.net.http.HttpRequest.newBuilder(browser().uri(path)).GET().header("Accept", "text/calendar");
        if (email != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes()));
        }
        return browser().send(request);
    }

    /** iCalendar folds long lines (CRLF and a space); undone, so that text can be searched. */
    static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",");
    }

    static int vevents(String ics) throws Exception {
        var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
        var events = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT");
        java.util.Set<String> uids = new java.util.HashSet<>();
        for (var event : events) {
            uids.add(event.getUid().orElseThrow().getValue());
            assertThat(event.getStartDate().orElseThrow().getDate()).isInstanceOf(java.time.LocalDate.class);
        }
        assertThat(uids).as("UIDs are unique").hasSize(events.size());
        return events.size();
    }

    @Test
    void planPreviewIsPublicAndEachBackgroundAtTenHoursFitsItsPathwaysRange() {
        java.util.Map<String, int[]> ranges = java.util.Map.of("maths-statistics", new int[] {8, 12},
                "software-engineering", new int[] {10, 14}, "beginner", new int[] {16, 24});
        ranges.forEach((background, range) -> {
            var preview = browser().api("POST", "/api/plans/preview", "{\"background\":\"" + background
                    + "\",\"hoursPerWeek\":10,\"startDate\":\"2026-09-07\"}", null, null);
            assertThat(preview.status()).as(preview.body()).isEqualTo(200);
            int weeks = count(preview.body(), "\\{\"number\":\\d+");
            assertThat(weeks).as(background).isBetween(range[0], range[1]);
            assertThat(preview.body()).contains("\"startDate\":\"2026-09-07\"", "\"kind\":\"CHECKPOINT\"", "\"targetMet\":true");
        });
        var maths = browser().api("POST", "/api/plans/preview", "{\"background\":\"maths-statistics\",\"hoursPerWeek\":10,"
                + "\"startDate\":\"2026-09-07\"}", null, null).body();
        for (String pathwayResource : List.of("python-for-mathematicians", "duke-computational-statistics",
                "algorithm-implementation-practice")) {
            assertThat(maths).contains("\"resourceId\":\"" + pathwayResource + "\"");
        }
        assertThat(maths).contains("\"title\":\"Python for Mathematicians (pathway resource, for Python Programming Mastery)\"",
                "\"url\":\"https://people.duke.edu/~ccc14/sta-663/\"", "\"url\":\"/pathways/maths-statistics\"",
                "\"pathwayResource\":true", "\"pathwayResource\":false").doesNotContain("mml-book");
        var pythonDone = browser().api("POST", "/api/plans/preview", "{\"background\":\"maths-statistics\",\"hoursPerWeek\":10,"
                + "\"startDate\":\"2026-09-07\",\"completedResourceIds\":[\"python-for-mathematicians\"]}", null, null);
        assertThat(pythonDone.status()).as(pythonDone.body()).isEqualTo(200);
        assertThat(pythonDone.body()).doesNotContain("python-for-mathematicians").contains("duke-computational-statistics");
        var tight = browser().api("POST", "/api/plans/preview", "{\"background\":\"beginner\",\"hoursPerWeek\":10,"
                + "\"startDate\":\"2026-09-07\",\"targetDate\":\"2026-11-01\"}", null, null);
        assertThat(tight.status()).isEqualTo(200);
        assertThat(tight.body()).contains("\"targetMet\":false", "That needs", "hours a week");
        assertThat(browser().getJson("/v3/api-docs").body()).contains("/api/plans/preview", "/api/me/plan",
                "/api/me/plan/replan", "/api/me/plan.ics");
    }

    @Test
    void badPlanPreviewInputIsAClear400() {
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{\"background\":\"astronaut\",\"hoursPerWeek\":10}", "Unknown background 'astronaut'");
        cases.put("{\"hoursPerWeek\":10}", "Unknown background");
        cases.put("{\"background\":\"beginner\",\"hoursPerWeek\":0}", "hoursPerWeek must be a whole number from 1 to 80, not 0");
        cases.put("{\"background\":\"beginner\",\"hoursPerWeek\":81}", "from 1 to 80, not 81");
        cases.put("{\"background\":\"beginner\"}", "hoursPerWeek must be");
        cases.put("{\"background\":\"beginner\",\"hoursPerWeek\":10,\"startDate\":\"2026-13-45\"}",
                "startDate must be a date written YYYY-MM-DD");
        cases.put("{\"background\":\"beginner\",\"hoursPerWeek\":10,\"startDate\":\"2026-09-07\",\"targetDate\":\"next week\"}",
                "targetDate must be a date");
        cases.put("{\"background\":\"beginner\",\"hoursPerWeek\":10,\"startDate\":\"2026-09-07\",\"targetDate\":\"2026-09-01\"}",
                "targetDate 2026-09-01 is before startDate 2026-09-07");
        cases.put("{\"background\":\"beginner\",\"hoursPerWeek\":10,\"masteredTopicIds\":[\"astrology\"]}", "topic 'astrology'");
        cases.put("{\"background\":\"beginner\",\"hoursPerWeek\":\"ten\"}", "not valid JSON");
        cases.forEach((body, message) -> {
            var response = browser().api("POST", "/api/plans/preview", body, null, null);
            assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(400);
            assertThat(response.body()).as(body).contains(message);
        });
    }

    @Test
    void learnerMakesAPlanAndNoOtherLearnerSeesIt() {
        String email = apiSignUp(email());
        var web = browser();
        assertThat(web.api("PUT", "/api/me/plan", "{}", email, PASSWORD).status()).isEqualTo(409);
        var none = web.api("GET", "/api/me/plan", null, email, PASSWORD);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body()).contains("You have no study plan yet");

        String owner = learnerWithPlan("software-engineering", 0);
        var plan = web.api("GET", "/api/me/plan", null, owner, PASSWORD);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(plan.body()).contains("\"background\":\"software-engineering\"", "\"state\":\"ON_TRACK\"",
                "\"currentWeek\":1", "/plan/calendar/");
        assertThat(count(plan.body(), "\\{\"number\":\\d+")).isEqualTo(12);
        String token = first(plan.body(), "/plan/calendar/([A-Za-z0-9_-]+)\\.ics");
        String later = first(plan.body().substring(plan.body().indexOf("{\"number\":5,")), "\"resourceId\":\"([a-z0-9-]+)\"");
        web.api("PUT", "/api/me/progress", "{\"completedResources\":[\"" + later + "\"]}", owner, PASSWORD);
        assertThat(web.api("GET", "/api/me/plan", null, owner, PASSWORD).body()).contains("\"state\":\"AHEAD\"", "ahead by ");

        String other = learnerWithPlan("beginner", 0);
        var theirs = web.api("GET", "/api/me/plan", null, other, PASSWORD);
        assertThat(theirs.body()).contains("\"background\":\"beginner\"").doesNotContain(token);
        var stranger = browser();
        stranger.signUp(email(), "Stranger", PASSWORD);
        var page = stranger.get("/plan");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Choose your background on your profile").doesNotContain(token);
        assertThat(browser().get("/plan").status()).isEqualTo(302);
        assertThat(browser().api("GET", "/api/me/plan", null, null, null).status()).isEqualTo(401);

        var impossible = web.api("PUT", "/api/me/plan", "{\"targetDate\":\"" + java.time.LocalDate.now().plusWeeks(2) + "\"}",
                owner, PASSWORD);
        assertThat(impossible.status()).isEqualTo(422);
        assertThat(impossible.body()).contains("That needs", "hours a week");
        assertThat(web.api("PUT", "/api/me/plan", "{\"startDate\":\"someday\"}", owner, PASSWORD).status()).isEqualTo(400);
    }

    @Test
    void learnerMakesAndFollowsAPlanOnThePlanPage() {
        var web = browser();
        web.signUp(email(), "Paige", PASSWORD);
        assertThat(web.get("/plan").body()).contains("Choose your background on your profile");
        web.postForm("/profile", "/profile", Map.of("displayName", "Paige", "background", "maths-statistics", "weeklyHours", "10"));
        assertThat(web.get("/dashboard").body()).contains("open your study plan");
        var empty = web.get("/plan");
        assertThat(empty.body()).contains("Make my plan").doesNotContain("id=\"this-week\"");
        String today = java.time.LocalDate.now().toString();
        var tooSoon = web.postForm("/plan", "/plan", Map.of("startDate", today,
                "targetDate", java.time.LocalDate.now().plusWeeks(3).toString()));
        assertThat(tooSoon.status()).isEqualTo(200);
        assertThat(tooSoon.body()).contains("That needs", "hours a week", "Your plan was not changed");
        var backwards = web.postForm("/plan", "/plan", Map.of("startDate", today, "targetDate", "2000-01-01"));
        assertThat(backwards.body()).contains("is before startDate");
        var made = web.postForm("/plan", "/plan", Map.of("startDate", today, "targetDate", ""));
        assertThat(made.status()).isEqualTo(302);
        assertThat(made.location()).endsWith("/plan");

        var page = web.get("/plan");
        assertThat(page.body()).contains("id=\"this-week\"", "This week: week 1", "on track", "plan-chart",
                "Re-plan from today", "Week 10 · ", "/js/plan.js", "Checkpoint quiz on ", "practise ")
                .doesNotContain("practise null");
        String resource = first(page.body(), "action=\"/plan/resources/([a-z0-9-]+)\"");
        var ticked = web.postHtmx("/plan/resources/" + resource, "/plan", Map.of("done", "true"));
        assertThat(ticked.status()).isEqualTo(200);
        assertThat(ticked.body()).contains("id=\"this-week\"", "checked").doesNotContain("<html");
        assertThat(web.getJson("/api/me/progress").body()).contains(resource);
        assertThat(web.postHtmx("/plan/resources/nope", "/plan", Map.of("done", "true")).status()).isEqualTo(404);

        assertThat(page.body()).contains("Python for Mathematicians (pathway resource, for Python Programming Mastery)",
                "class=\"badge pathway\"", "action=\"/plan/resources/python-for-mathematicians\"");
        var pathwayTicked = web.postForm("/plan/resources/python-for-mathematicians", "/plan", Map.of("done", "true"));
        assertThat(pathwayTicked.status()).isEqualTo(302);
        assertThat(web.getJson("/api/me/progress").body()).contains("python-for-mathematicians");
        assertThat(web.getJson("/api/me/plan").body()).contains("\"resourceId\":\"python-for-mathematicians\",\"title\":"
                + "\"Python for Mathematicians (pathway resource, for Python Programming Mastery)\"")
                .containsPattern("\"resourceId\":\"python-for-mathematicians\"[^}]*\"done\":true,\"pathwayResource\":true");
        assertThat(web.get("/plan").body()).containsPattern("<input[^>]*data-resource=\"python-for-mathematicians\"[^>]*checked");
        assertThat(web.get("/dashboard").body()).contains("Python for Mathematicians (For Mathematics/Statistics Backgrounds)");

        var print = web.get("/plan/print");
        assertThat(print.status()).isEqualTo(200);
        assertThat(print.body()).contains("print-table", "Study plan for Paige", "✓",
                "Python for Mathematicians (pathway resource, for Python Programming Mastery)");
        var replanned = web.postForm("/plan/replan", "/plan", Map.of());
        assertThat(replanned.status()).isEqualTo(200);
        assertThat(replanned.body()).contains("What changed", "changes-summary");
    }

    @Test
    void replanAfterStudyingShowsWhatChangedAndStatusTracksPace() {
        String email = learnerWithPlan("software-engineering", 3);
        var web = browser();
        var plan = web.api("GET", "/api/me/plan", null, email, PASSWORD).body();
        assertThat(plan).contains("\"state\":\"BEHIND\"", "\"currentWeek\":4", "behind by ");
        String firstTopic = first(plan, "\"topicIds\":\\[\"([a-z0-9-]+)\"");
        String firstResource = first(plan, "\"resourceId\":\"([a-z0-9-]+)\"");
        String lastTopic = first(plan, "(?s).*\"topicId\":\"([a-z0-9-]+)\",\"title\":\"[^\"]*\",\"firstWeek\"");
        var progress = web.api("PUT", "/api/me/progress", "{\"completedResources\":[\"" + firstResource
                + "\"],\"studiedTopics\":[\"" + lastTopic + "\"]}", email, PASSWORD);
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        String behindAfter = web.api("GET", "/api/me/plan", null, email, PASSWORD).body();
        assertThat(behindAfter).contains("\"done\":true");

        var replan = web.api("POST", "/api/me/plan/replan", null, email, PASSWORD);
        assertThat(replan.status()).as(replan.body()).isEqualTo(200);
        String changes = replan.body().substring(replan.body().indexOf("\"changes\""));
        assertThat(changes).contains("\"removedTopics\":[{\"id\":\"" + lastTopic + "\"", firstResource, "\"summary\":");
        assertThat(replan.body()).contains("\"startDate\":\"" + java.time.LocalDate.now() + "\"", "\"state\":\"ON_TRACK\"");
        String after = web.api("GET", "/api/me/plan", null, email, PASSWORD).body();
        assertThat(after).doesNotContain("\"resourceId\":\"" + firstResource + "\"");
        assertThat(first(after, "\"topicIds\":\\[\"([a-z0-9-]+)\"")).isNotBlank();
        assertThat(firstTopic).isNotBlank();
        var replanned = web.api("POST", "/api/me/plan/replan", null, email, PASSWORD);
        assertThat(replanned.body()).contains("Nothing changed");
    }

    @Test
    void planCalendarIsValidICalendarThroughBothAddresses() throws Exception {
        String email = learnerWithPlan("maths-statistics", 0);
        var plan = browser().api("GET", "/api/me/plan", null, email, PASSWORD).body();
        int weeks = count(plan, "\\{\"number\":\\d+");
        var own = calendar("/api/me/plan.ics", email);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(vevents(own.body())).isEqualTo(weeks).isEqualTo(10);
        assertThat(own.body()).contains("DTSTART;VALUE=DATE:", "Practice set: ", "Checkpoint quiz on ");
        assertThat(unfolded(own.body())).contains("- Python for Mathematicians (pathway resource, for Python Programming Mastery) (");

        String token = first(plan, "/plan/calendar/([A-Za-z0-9_-]+)\\.ics");
        var subscribed = calendar("/plan/calendar/" + token + ".ics", null);
        assertThat(subscribed.status()).isEqualTo(200);
        assertThat(subscribed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(vevents(subscribed.body())).isEqualTo(weeks);
        assertThat(subscribed.body()).isEqualTo(calendar("/plan/calendar/" + token + ".ics", null).body());
        assertThat(calendar("/plan/calendar/not-" + token + ".ics", null).status()).isEqualTo(404);
        assertThat(calendar("/api/me/plan.ics", null).status()).isEqualTo(401);
        assertThat(calendar("/api/me/plan.ics", apiSignUp(email())).status()).isEqualTo(404);
    }

    // ---- labs ----

    private static java.util.regex.Matcher find(String regex, String text) {
        var matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("/" + regex + "/ in the page").isTrue();
        return matcher;
    }

    private static int attemptCount(String page) {
        var matcher = java.util.regex.Pattern.compile("id=\"attempt-count\">(\\d+)<").matcher(page);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    @Test
    void regressionLabGradesAFitComputedFromTheDownloadedDataset() {
        var web = browser();
        web.signUp(email(), "Gauss", PASSWORD);
        var page = web.get("/labs/regression");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("regression.csv", "No attempts yet.");

        var download = web.download("/labs/regression/regression.csv");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("regression.csv");
        String csv = new String(download.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new String(web.download("/labs/regression/regression.csv").body(),
                java.nio.charset.StandardCharsets.UTF_8)).as("the same learner always gets the same data").isEqualTo(csv);
        var table = org.mlready.support.LabFiles.parse(csv);
        double[] fit = org.mlready.support.LabFiles.leastSquares(table);
        List<String> features = table.header().subList(0, table.header().size() - 1);

        Map<String, String> answer = new java.util.LinkedHashMap<>();
        answer.put("intercept", String.valueOf(fit[0]));
        for (int j = 0; j < features.size(); j++) {
            answer.put("coefficient-" + features.get(j), String.valueOf(fit[j + 1]));
        }
        answer.put("mse", String.valueOf(fit[fit.length - 1] * 2));
        var wrong = web.postForm("/labs/regression", "/labs/regression", answer);
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("Not yet.", "MSE: wrong", "Intercept: correct");
        assertThat(attemptCount(wrong.body())).isEqualTo(1);

        answer.put("mse", String.valueOf(fit[fit.length - 1]));
        var right = web.postForm("/labs/regression", "/labs/regression", answer);
        assertThat(right.body()).contains("Passed: your fit is the least-squares solution.", "id=\"passed-badge\"");
        assertThat(find("id=\"best-score\">(\\d+)%", right.body()).group(1)).isEqualTo("100");
        assertThat(find("id=\"latest-score\">(\\d+)%", right.body()).group(1)).isEqualTo("100");

        answer.put("intercept", "twelve");
        var rejected = web.postForm("/labs/regression", "/labs/regression", answer);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body()).contains("does not count as an attempt", "is not a number");
        assertThat(attemptCount(rejected.body())).as("a rejected submission is not an attempt").isEqualTo(2);

        var labs = web.get("/labs");
        assertThat(labs.body()).contains("Linear regression from scratch", "Best 100% · latest 100% · 2 attempts");
        assertThat(web.get("/").body()).contains("href=\"/labs\"");
    }

    @Test
    void classificationLabScoresUploadsRejectsBrokenFilesAndRanksLearners() {
        var web = browser();
        String name = "Ranker " + UUID.randomUUID().toString().substring(0, 6);
        web.signUp(email(), name, PASSWORD);
        String train = new String(web.download("/labs/classification/train.csv").body(), java.nio.charset.StandardCharsets.UTF_8);
        String test = new String(web.download("/labs/classification/test.csv").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(train).startsWith("id,").contains(",malignant\n");
        assertThat(test).startsWith("id,").doesNotContain("malignant");
        String predictions = org.mlready.support.LabFiles.predictions(train, test);

        var scored = web.postMultipart("/labs/classification", "/labs/classification", Map.of(), List.of(
                new WebClient.Upload("predictions", "predictions.csv", "text/csv", predictions.getBytes())));
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        assertThat(scored.body()).contains("Passed: you beat the baseline.", "id=\"confusion\"", "id=\"roc-chart\"",
                "data-fpr=\"0.0000|", "id=\"score-f1\"", "id=\"score-accuracy\"");
        double auc = Double.parseDouble(find("id=\"score-auc\">([0-9.]+)<", scored.body()).group(1));
        assertThat(auc).isGreaterThan(0.95);

        String sample = new String(web.download("/labs/classification/sample-submission.csv").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        var baseline = web.postMultipart("/labs/classification", "/labs/classification", Map.of(), List.of(
                new WebClient.Upload("predictions", "sample.csv", "text/csv", sample.getBytes())));
        assertThat(baseline.body()).contains("the baseline is not beaten yet");
        assertThat(attemptCount(baseline.body())).isEqualTo(2);

        String nan = org.mlready.support.LabFiles.breakLine(predictions, 3, "NaN");
        var broken = web.postMultipart("/labs/classification", "/labs/classification", Map.of(), List.of(
                new WebClient.Upload("predictions", "nan.csv", "text/csv", nan.getBytes())));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("does not count as an attempt", "(not a number) is not allowed",
                "<td>4</td>", "<td>probability</td>");
        String missingId = predictions.lines().filter(line -> !line.equals(predictions.lines().toList().get(5)))
                .collect(java.util.stream.Collectors.joining("\n"));
        var missing = web.postMultipart("/labs/classification", "/labs/classification", Map.of(), List.of(
                new WebClient.Upload("predictions", "missing.csv", "text/csv", missingId.getBytes())));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("has no prediction, for example");
        var header = web.postMultipart("/labs/classification", "/labs/classification", Map.of(), List.of(
                new WebClient.Upload("predictions", "h.csv", "text/csv", predictions.replace("id,probability", "id,prob").getBytes())));
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.body()).contains("the header must be exactly");
        assertThat(attemptCount(header.body())).as("rejected files are not attempts").isEqualTo(2);

        var board = web.get("/labs/classification/leaderboard");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains(name, "Baseline", "id=\"public-board\"").doesNotContain("private-board");
        assertThat(web.get("/instructor/labs/leaderboard").status()).isEqualTo(403);
        var admin = browser();
        admin.logIn("root@mlready.test", "admin-pass-2026");
        var privateBoard = admin.get("/instructor/labs/leaderboard");
        assertThat(privateBoard.status()).isEqualTo(200);
        assertThat(privateBoard.body()).contains("id=\"private-board\"", name);
    }

    @Test
    void plotsAreReviewedByInstructorsAndVisibleOnlyToTheirOwner() {
        var owner = browser();
        owner.signUp(email(), "Tufte", PASSWORD);
        String title = "Petal length by species " + UUID.randomUUID().toString().substring(0, 4);
        var uploaded = owner.postMultipart("/labs/visualisation/plots", "/labs/visualisation", Map.of("title", title),
                List.of(new WebClient.Upload("plot", "plot.png", "image/png", org.mlready.support.LabFiles.png(320, 200))));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.body()).contains("an instructor will review it", "Waiting for review.");
        String plotPath = find("src=\"(/labs/plots/\\d+\\.png)\"", uploaded.body()).group(1);
        var image = owner.download(plotPath);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");

        var notPng = owner.postMultipart("/labs/visualisation/plots", "/labs/visualisation", Map.of("title", "x"),
                List.of(new WebClient.Upload("plot", "plot.png", "image/png", "GIF89a...".getBytes())));
        assertThat(notPng.status()).isEqualTo(400);
        assertThat(notPng.body()).contains("this is not a PNG file (it is a GIF image)");

        var other = browser();
        other.signUp(email(), "Snoop", PASSWORD);
        assertThat(other.download(plotPath).statusCode()).isEqualTo(404);
        assertThat(other.get("/instructor/labs/reviews").status()).isEqualTo(403);

        var admin = browser();
        admin.logIn("root@mlready.test", "admin-pass-2026");
        assertThat(admin.download(plotPath).statusCode()).isEqualTo(200);
        var queue = admin.get("/instructor/labs/reviews");
        assertThat(queue.body()).contains(title, "Tufte");
        String id = plotPath.replaceAll("\\D", "");
        var bad = admin.postForm("/instructor/labs/reviews/" + id, "/instructor/labs/reviews",
                Map.of("axes", "3", "chartType", "1", "readability", "2", "honesty", "2"));
        assertThat(bad.status()).isEqualTo(400);
        var saved = admin.postForm("/instructor/labs/reviews/" + id, "/instructor/labs/reviews",
                Map.of("axes", "1", "chartType", "2", "readability", "2", "honesty", "2", "comment", "Label the y axis with its unit."));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get("/instructor/labs/reviews").body()).doesNotContain("id=\"queued-" + id + "\"");

        var page = owner.get("/labs/visualisation");
        assertThat(page.body()).contains("Reviewed: 7 / 8", "Labelled axes: 1 / 2", "Label the y axis with its unit.");
    }

    @Test
    void summaryTableAndSqlTasksAreGradedAndOversizedUploadsGetAClearMessage() {
        var web = browser();
        web.signUp(email(), "Summary", PASSWORD);
        var page = web.get("/labs/visualisation");
        assertThat(page.body()).contains("class,column,mean,std");
        var wrongHeader = web.postMultipart("/labs/visualisation/summary", "/labs/visualisation", Map.of(), List.of(
                new WebClient.Upload("table", "t.csv", "text/csv", "species,column,mean,std\n".getBytes())));
        assertThat(wrongHeader.status()).isEqualTo(400);
        assertThat(wrongHeader.body()).contains("the header must be exactly");

        byte[] huge = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) '1');
        String token = web.csrfToken("/labs/classification");
        var tooLarge = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/labs/classification?_csrf=" + token))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(multipart(huge)))
                .header("Content-Type", "multipart/form-data; boundary=XyZ").header("Accept", "text/html"));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Upload too large", "2 MB");

        var sql = web.get("/labs/sql");
        assertThat(sql.body()).contains("Task 1", "Task 2", "Task 3", "name=\"task-2\"");
        assertThat(find("(?s)class=\"stem\">(.*?)</div>", web.get("/labs/sql").body()).group(1)).as("stable tasks")
                .isEqualTo(find("(?s)class=\"stem\">(.*?)</div>", sql.body()).group(1));
        var empty = web.postForm("/labs/sql", "/labs/sql", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        var graded = web.postForm("/labs/sql", "/labs/sql", Map.of("task-0", "select 1 as one"));
        assertThat(graded.status()).isEqualTo(200);
        assertThat(graded.body()).contains("id=\"task-result-0\"", "Score 0%");
        assertThat(attemptCount(graded.body())).isEqualTo(1);
    }

    // ---- every lab passed with answers computed in the test ----

    @org.springframework.beans.factory.annotation.Autowired
    org.mlready.assessment.ItemBank itemBank;

    private static String text(java.net.http.HttpResponse<byte[]> download) {
        assertThat(download.statusCode()).isEqualTo(200);
        return new String(download.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<org.apache.commons.csv.CSVRecord> csvRecords(String csv) {
        try {
            return org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(csv)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** The EDA findings, computed from the downloaded copy following the question texts on the page. */
    private void passEda(WebClient web) {
        var page = web.get("/labs/eda");
        assertThat(page.status()).isEqualTo(200);
        String questions = unescape(page.body());
        String missingColumn = find("in the column ([^\\s?]+)\\?", questions).group(1);
        String medianColumn = find("what is the median of (\\S+) over the rows", questions).group(1);
        String cultivar = find("belong to the cultivar (\\S+)\\?", questions).group(1);
        String outlierColumn = find("how many values of (\\S+) lie outside", questions).group(1);

        String csv = text(web.download("/labs/eda/wine.csv"));
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        List<String> numeric = header.subList(0, header.size() - 1);
        List<List<String>> rows = csvRecords(csv).stream().map(r -> r.toList()).toList();
        List<List<String>> unique = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(rows));
        int label = header.size() - 1;

        long missing = rows.stream().filter(r -> r.get(header.indexOf(missingColumn)).isEmpty()).count();
        long duplicates = rows.size() - unique.size();
        double[] medianValues = unique.stream().map(r -> r.get(header.indexOf(medianColumn))).filter(v -> !v.isEmpty())
                .mapToDouble(Double::parseDouble).sorted().toArray();
        int n = medianValues.length;
        double median = n % 2 == 1 ? medianValues[n / 2] : (medianValues[n / 2 - 1] + medianValues[n / 2]) / 2;

        List<List<String>> complete = unique.stream()
                .filter(r -> r.subList(0, label).stream().noneMatch(String::isEmpty)).toList();
        double[][] data = complete.stream().map(r -> r.subList(0, label).stream().mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
        var correlations = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation(data).getCorrelationMatrix();
        int bestA = 0;
        int bestB = 1;
        for (int a = 0; a < numeric.size(); a++) {
            for (int b = a + 1; b < numeric.size(); b++) {
                if (Math.abs(correlations.getEntry(a, b)) > Math.abs(correlations.getEntry(bestA, bestB))) {
                    bestA = a;
                    bestB = b;
                }
            }
        }
        java.util.function.Function<String, String> normalise =
                s -> s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]", "");
        long spellings = rows.stream().map(r -> r.get(label)).distinct().count();
        long cultivars = rows.stream().map(r -> normalise.apply(r.get(label))).distinct().count();
        long cultivarRows = unique.stream()
                .filter(r -> normalise.apply(r.get(label)).equals(normalise.apply(cultivar))).count();

        double[] outlierValues = unique.stream().map(r -> r.get(header.indexOf(outlierColumn))).filter(v -> !v.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
        var percentile = new org.apache.commons.math3.stat.descriptive.rank.Percentile()
                .withEstimationType(org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType.R_7);
        percentile.setData(outlierValues);
        double q1 = percentile.evaluate(25);
        double q3 = percentile.evaluate(75);
        double iqr = q3 - q1;
        long outliers = java.util.Arrays.stream(outlierValues).filter(v -> v < q1 - 1.5 * iqr || v > q3 + 1.5 * iqr).count();

        assertThat(spellings).as("the copy has misspelt labels").isGreaterThan(3);
        assertThat(duplicates).as("the copy has duplicated rows").isPositive();
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        answers.put("answer-missing-values", String.valueOf(missing));
        answers.put("answer-duplicate-rows", String.valueOf(duplicates));
        answers.put("answer-median-after-cleaning", String.format(java.util.Locale.ROOT, "%.2f", median));
        answers.put("answer-strongest-correlation", numeric.get(bestB) + ", " + numeric.get(bestA));
        answers.put("answer-labels-as-written", String.valueOf(spellings));
        answers.put("answer-distinct-cultivars", String.valueOf(cultivars));
        answers.put("answer-cultivar-rows", String.valueOf(cultivarRows));
        answers.put("answer-iqr-outliers", String.valueOf(outliers));
        var graded = web.postForm("/labs/eda", "/labs/eda", answers);
        assertThat(graded.status()).isEqualTo(200);
        assertThat(graded.body()).as(answers.toString()).contains("Passed: every finding is right.", "8 of 8 correct (100%)",
                "id=\"passed-badge\"");
        assertThat(graded.body().split("class=\"meta\" id=\"result-").length - 1).isEqualTo(8);
        assertThat(graded.body().split(">Correct.</p>").length - 1).isEqualTo(8);
    }

    /** Per-species mean and sample standard deviation of the columns asked, computed from the downloaded iris.csv. */
    private void passSummary(WebClient web) {
        var page = web.get("/labs/visualisation");
        List<String> columns = List.of(find("each of the columns\\s*<strong>([^<]+)</strong>", page.body()).group(1).split(",\\s*"));
        assertThat(columns).hasSize(3);
        var records = csvRecords(text(web.download("/labs/visualisation/iris.csv")));
        List<String> species = records.stream().map(r -> r.get("species")).distinct().toList();
        assertThat(species).hasSize(3);
        StringBuilder table = new StringBuilder("class,column,mean,std\n");
        for (String name : species) {
            for (String column : columns) {
                double[] values = records.stream().filter(r -> r.get("species").equals(name))
                        .mapToDouble(r -> Double.parseDouble(r.get(column))).toArray();
                double mean = java.util.Arrays.stream(values).sum() / values.length;
                double squares = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
                table.append(name).append(',').append(column).append(',')
                        .append(String.format(java.util.Locale.ROOT, "%.6f,%.6f", mean, Math.sqrt(squares / (values.length - 1))))
                        .append('\n');
            }
        }
        var graded = web.postMultipart("/labs/visualisation/summary", "/labs/visualisation", Map.of(), List.of(
                new WebClient.Upload("table", "summary.csv", "text/csv", table.toString().getBytes())));
        assertThat(graded.status()).as(graded.body()).isEqualTo(200);
        assertThat(graded.body()).as(table.toString()).contains("id=\"passed-badge\"");
        assertThat(find("id=\"latest-score\">(\\d+)%", graded.body()).group(1)).isEqualTo("100");
    }

    /** The lab seed of an account, as documented on {@code Lab.seedFor}: SplitMix64 over the id and the slug's hash. */
    private static long labSeed(long accountId, String slug) {
        long z = accountId * 0x9E3779B97F4A7C15L + slug.hashCode() * 0xBF58476D1CE4E5B9L + 0x5DEECE66DL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The learner's SQL tasks as (family, seed): two relational-sql and one warehousing-etl family, drawn from the lab seed. */
    private List<String[]> sqlTasks(long seed) {
        java.util.Random random = org.mlready.assessment.item.SeededRandom.of(seed);
        random.nextLong();
        List<String[]> tasks = new java.util.ArrayList<>();
        for (var draw : List.of(Map.entry("relational-sql", 2), Map.entry("warehousing-etl", 1))) {
            List<String> families = new java.util.ArrayList<>(itemBank.familiesFor(draw.getKey()).stream()
                    .filter(f -> f.generate(0).responseType() == org.mlready.assessment.item.ResponseType.SQL)
                    .map(org.mlready.assessment.item.ItemFamily::id).sorted().toList());
            for (int k = 0; k < draw.getValue() && !families.isEmpty(); k++) {
                String family = families.remove(random.nextInt(families.size()));
                tasks.add(new String[] {family, String.valueOf(random.nextInt(1_000_000))});
            }
        }
        return tasks;
    }

    /** Each SQL task answered with the reference query from the instructors' preview. */
    private void passSql(WebClient web) {
        long accountId = Long.parseLong(find("\"id\":(\\d+)", web.getJson("/api/me/profile").body()).group(1));
        var page = web.get("/labs/sql");
        List<String[]> tasks = sqlTasks(labSeed(accountId, "sql"));
        assertThat(tasks).hasSize(3);
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            var preview = browser().api("GET", "/api/items/preview?family=" + tasks.get(i)[0] + "&seed=" + tasks.get(i)[1],
                    null, ADMIN, ADMIN_PASSWORD);
            assertThat(preview.status()).as(preview.body()).isEqualTo(200);
            var json = new tools.jackson.databind.ObjectMapper().readTree(preview.body());
            assertThat(json.get("responseType").asString()).isEqualTo("SQL");
            String key = json.get("key").asString();
            assertThat(key).matches("(?s).+ \\((row order matters|any row order)\\)");
            queries.put("task-" + i, key.substring(0, key.lastIndexOf(" (")));
            String stemStart = json.get("stem").asString().lines().findFirst().orElseThrow().split("[`*$]")[0].strip();
            assertThat(unescape(page.body())).as("task %d is %s", i + 1, tasks.get(i)[0]).contains(stemStart);
        }
        var graded = web.postForm("/labs/sql", "/labs/sql", queries);
        assertThat(graded.status()).isEqualTo(200);
        assertThat(graded.body()).as(queries.toString()).contains("Score 100%: passed.", "id=\"passed-badge\"");
        assertThat(graded.body().split("<strong>Correct.</strong>").length - 1).isEqualTo(3);
    }

    private void passRegression(WebClient web) {
        double[] fit = org.mlready.support.LabFiles.leastSquares(
                org.mlready.support.LabFiles.parse(text(web.download("/labs/regression/regression.csv"))));
        List<String> features = org.mlready.support.LabFiles.parse(text(web.download("/labs/regression/regression.csv")))
                .header();
        Map<String, String> answer = new java.util.LinkedHashMap<>();
        answer.put("intercept", String.valueOf(fit[0]));
        for (int j = 0; j < features.size() - 1; j++) {
            answer.put("coefficient-" + features.get(j), String.valueOf(fit[j + 1]));
        }
        answer.put("mse", String.valueOf(fit[fit.length - 1]));
        assertThat(web.postForm("/labs/regression", "/labs/regression", answer).body()).contains("id=\"passed-badge\"");
    }

    private void passClassification(WebClient web) {
        String predictions = org.mlready.support.LabFiles.predictions(text(web.download("/labs/classification/train.csv")),
                text(web.download("/labs/classification/test.csv")));
        var scored = web.postMultipart("/labs/classification", "/labs/classification", Map.of(), List.of(
                new WebClient.Upload("predictions", "predictions.csv", "text/csv", predictions.getBytes())));
        assertThat(scored.body()).contains("Passed: you beat the baseline.", "id=\"passed-badge\"");
    }

    private List<String> studiedTopics(WebClient web) {
        var progress = new tools.jackson.databind.ObjectMapper().readTree(web.getJson("/api/me/progress").body());
        List<String> topics = new java.util.ArrayList<>();
        progress.get("studiedTopics").forEach(node -> topics.add(node.asString()));
        return topics;
    }

    @Test
    void edaLabPassesWithFindingsComputedFromTheDownloadedCopy() {
        var web = browser();
        web.signUp(email(), "Tukey", PASSWORD);
        passEda(web);
    }

    @Test
    void summaryTablePassesWithStatisticsComputedFromTheDownloadedIris() {
        var web = browser();
        web.signUp(email(), "Fisher", PASSWORD);
        passSummary(web);
    }

    @Test
    void sqlLabPassesWithTheReferenceQueries() {
        var web = browser();
        web.signUp(email(), "Codd", PASSWORD);
        passSql(web);
        var verdict = jsonTree(web.getJson("/api/me/readiness-verdict").body());
        var databases = verdictTopics(verdict).get("databases-sql");
        assertThat(databases.get("status").asString()).isEqualTo("NOT_DEMONSTRATED");
        assertThat(databases.get("evidence").get(0).get("text").asString())
                .matches("lab: SQL tasks passed \\d{4}-\\d\\d-\\d\\d, showing 2/3 skills");
        assertThat(databases.get("next").get(0).get("label").asString()).contains("(2/3 so far)");
    }

    @Test
    void passingAllFourHandsOnLabsMarksTechnicalSkillsValidationStudied() {
        var web = browser();
        web.signUp(email(), "Validated", PASSWORD);
        passSql(web);
        passEda(web);
        passRegression(web);
        passClassification(web);
        assertThat(studiedTopics(web)).as("SQL is not hands-on and visualisation is not passed yet")
                .doesNotContain("technical-skills-validation");
        passSummary(web);
        assertThat(studiedTopics(web)).contains("technical-skills-validation");
        assertThat(web.get("/labs").body()).contains("id=\"validated-notice\"", "Best 100% · latest 100% · 1 attempt");
    }

    // ---- the Module 1 verdict ----

    private static tools.jackson.databind.JsonNode jsonTree(String body) {
        return new tools.jackson.databind.ObjectMapper().readTree(body);
    }

    /** Topic id to its verdict node, from the areas of GET /api/me/readiness-verdict. */
    private static Map<String, tools.jackson.databind.JsonNode> verdictTopics(tools.jackson.databind.JsonNode verdict) {
        Map<String, tools.jackson.databind.JsonNode> topics = new java.util.LinkedHashMap<>();
        verdict.get("areas").forEach(area -> area.get("topics").forEach(t -> topics.put(t.get("topicId").asString(), t)));
        return topics;
    }

    /** The /ready page shows each topic's status, evidence and next actions exactly as the API gives them. */
    private static void pageAgreesWithApi(String page, tools.jackson.databind.JsonNode verdict) {
        assertThat(page).contains(verdict.get("status").asString().equals("READY") ? "Verdict: READY" : "Verdict: NOT YET",
                unescapeFree(verdict.get("headline").asString()));
        for (var topic : verdictTopics(verdict).values()) {
            String id = topic.get("topicId").asString();
            String row = find("(?s)<tr id=\"verdict-" + id + "\">(.*?)</tr>", page).group(1);
            assertThat(unescape(row)).as(id).contains(statusLabel(topic.get("status").asString()));
            topic.get("evidence").forEach(e -> assertThat(unescape(row)).as(id)
                    .contains((e.get("shows").asBoolean() ? "Shows it: " : "Not enough: ") + e.get("text").asString()));
            topic.get("next").forEach(a -> assertThat(unescape(row)).as(id)
                    .contains("href=\"" + a.get("href").asString() + "\">" + a.get("label").asString() + "</a>"));
        }
        List<String> missing = new java.util.ArrayList<>();
        verdict.get("missing").forEach(t -> missing.add(t.get("topicId").asString()));
        var listed = java.util.regex.Pattern.compile("<li id=\"missing-([a-z-]+)\">").matcher(page);
        List<String> onPage = new java.util.ArrayList<>();
        while (listed.find()) {
            onPage.add(listed.group(1));
        }
        assertThat(onPage).isEqualTo(missing);
    }

    private static String unescapeFree(String text) {
        assertThat(text).doesNotContain("&", "<", "'", "\"");
        return text;
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case "DEMONSTRATED" -> ">Demonstrated<";
            case "STUDIED_NOT_DEMONSTRATED" -> ">Studied, not yet demonstrated<";
            default -> ">Not yet demonstrated<";
        };
    }

    @Test
    void module1VerdictComesFromTheLatestCheckAndTheHandsOnLabs() {
        var web = browser();
        String learner = email();
        web.signUp(learner, "Verdict", PASSWORD);
        List<String> order = new java.util.ArrayList<>();
        jsonTree(browser().getJson("/api/curriculum").body()).get("areas").forEach(a -> a.get("topics")
                .forEach(t -> order.add(t.get("id").asString())));

        var fresh = jsonTree(web.api("GET", "/api/me/readiness-verdict", null, learner, PASSWORD).body());
        assertThat(fresh.get("status").asString()).isEqualTo("NOT_YET");
        assertThat(fresh.get("demonstrated").asInt()).isZero();
        assertThat(fresh.get("missing")).hasSize(21);
        assertThat(verdictTopics(fresh).values()).allSatisfy(t -> {
            assertThat(t.get("status").asString()).isEqualTo("NOT_DEMONSTRATED");
            assertThat(t.get("evidence")).allSatisfy(e -> assertThat(e.get("shows").asBoolean()).isFalse());
        });
        assertThat(verdictTopics(fresh).get("linear-algebra").get("evidence")).as("nothing measured yet").isEmpty();
        assertThat(verdictTopics(fresh).keySet()).containsExactlyInAnyOrderElementsOf(order);
        var freshPage = web.get("/ready");
        assertThat(freshPage.status()).isEqualTo(200);
        pageAgreesWithApi(freshPage.body(), fresh);
        assertThat(freshPage.body()).contains("href=\"/readiness\">Take the readiness check</a>",
                "href=\"/topics/linear-algebra/practice\">", "href=\"/labs/regression\">Pass the lab: ");
        assertThat(web.get("/dashboard").body()).containsPattern(
                "(?s)id=\"module-1-verdict\".*Ready for Module 1: not yet\\..*0 of 21 topics demonstrated\\..*href=\"/ready\"");
        assertThat(browser().get("/ready").status()).as("signed-out visitors are sent to log in").isEqualTo(302);
        assertThat(browser().api("GET", "/api/me/readiness-verdict", null, null, null).status()).isEqualTo(401);

        java.time.LocalDate firstDay = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String id = web.api("POST", "/api/readiness", null, learner, PASSWORD).body().replaceAll("\\D", "");
        answerEveryQuestionRight(learner, id);
        java.time.LocalDate lastDay = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        Map<String, Double> pMastered = new java.util.HashMap<>();
        jsonTree(web.api("GET", "/api/readiness/" + id + "/result", null, learner, PASSWORD).body()).get("topics")
                .forEach(t -> pMastered.put(t.get("topicId").asString(), t.get("pMastered").asDouble()));
        assertThat(pMastered).hasSize(21);

        var checked = jsonTree(web.getJson("/api/me/readiness-verdict").body());
        var topics = verdictTopics(checked);
        List<String> shownByCheck = new java.util.ArrayList<>();
        for (String topicId : order) {
            var topic = topics.get(topicId);
            if (topicId.equals("technical-skills-validation")) {
                assertThat(topic.get("status").asString()).as("the check cannot show hands-on tasks").isEqualTo("NOT_DEMONSTRATED");
                assertThat(topic.get("evidence")).allSatisfy(e -> assertThat(e.get("source").asString()).isEqualTo("LAB"));
                continue;
            }
            double p = pMastered.get(topicId);
            var evidence = topic.get("evidence").get(0);
            assertThat(evidence.get("source").asString()).isEqualTo("READINESS_CHECK");
            var text = find("^readiness check of (\\d{4}-\\d{2}-\\d{2}): P\\(mastered\\) (\\d\\.\\d\\d)(, below 0\\.90)?$",
                    evidence.get("text").asString());
            assertThat(java.time.LocalDate.parse(text.group(1))).isBetween(firstDay, lastDay);
            assertThat(Double.parseDouble(text.group(2))).as(topicId).isCloseTo(Math.floor(p * 100) / 100, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(topic.get("status").asString()).as(topicId + " at P " + p).isEqualTo(p >= 0.9 ? "DEMONSTRATED" : "NOT_DEMONSTRATED");
            assertThat(evidence.get("shows").asBoolean()).isEqualTo(p >= 0.9);
            if (p >= 0.9) {
                shownByCheck.add(topicId);
            } else {
                assertThat(topic.get("next").toString()).contains("Retake the readiness check");
            }
        }
        assertThat(shownByCheck).as("a perfect learner masters some topics").isNotEmpty();
        assertThat(checked.get("demonstrated").asInt()).isEqualTo(shownByCheck.size());
        List<String> missing = new java.util.ArrayList<>();
        checked.get("missing").forEach(t -> missing.add(t.get("topicId").asString()));
        assertThat(missing).doesNotContainAnyElementsOf(shownByCheck).contains("technical-skills-validation")
                .hasSize(21 - shownByCheck.size());
        pageAgreesWithApi(web.get("/ready").body(), checked);
        assertThat(web.get("/readiness/" + id + "/result").body()).containsPattern("(?s)id=\"module-1-verdict\".*"
                + shownByCheck.size() + " of 21 topics demonstrated.*href=\"/ready\"");

        web.postForm("/readiness/" + id + "/test-out", "/readiness/" + id + "/result", Map.of());
        var testedOut = verdictTopics(jsonTree(web.getJson("/api/me/readiness-verdict").body()));
        if (pMastered.get("technical-skills-validation") >= 0.9) {
            assertThat(testedOut.get("technical-skills-validation").get("status").asString())
                    .as("tested out, yet the labs are still to pass").isEqualTo("STUDIED_NOT_DEMONSTRATED");
        }

        passRegression(web);
        passEda(web);
        passClassification(web);
        var threeLabs = verdictTopics(jsonTree(web.getJson("/api/me/readiness-verdict").body())).get("technical-skills-validation");
        assertThat(threeLabs.get("status").asString()).isNotEqualTo("DEMONSTRATED");
        assertThat(threeLabs.get("next")).singleElement().satisfies(a -> assertThat(a.get("href").asString()).isEqualTo("/labs/visualisation"));
        java.time.LocalDate labsStart = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        passSummary(web);
        java.time.LocalDate labsEnd = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

        var validated = jsonTree(web.getJson("/api/me/readiness-verdict").body());
        var handsOn = verdictTopics(validated).get("technical-skills-validation");
        assertThat(handsOn.get("status").asString()).isEqualTo("DEMONSTRATED");
        assertThat(handsOn.get("evidence")).hasSize(4).allSatisfy(e -> {
            assertThat(e.get("shows").asBoolean()).isTrue();
            var passed = find("^lab: .+ passed (\\d{4}-\\d{2}-\\d{2})$", e.get("text").asString());
            assertThat(java.time.LocalDate.parse(passed.group(1))).isBetween(firstDay, labsEnd);
        });
        assertThat(handsOn.get("evidence").get(3).get("text").asString()).contains("Visualisation");
        assertThat(java.time.LocalDate.parse(handsOn.get("evidence").get(3).get("text").asString().replaceAll(".* ", "")))
                .isBetween(labsStart, labsEnd);
        assertThat(validated.get("demonstrated").asInt()).isEqualTo(shownByCheck.size() + 1);
        assertThat(validated.get("status").asString()).isEqualTo(shownByCheck.size() == 20 ? "READY" : "NOT_YET");
        pageAgreesWithApi(web.get("/ready").body(), validated);
        assertThat(web.get("/dashboard").body()).contains((shownByCheck.size() + 1) + " of 21 topics demonstrated.",
                shownByCheck.size() == 20 ? "Ready for Module 1: yes." : "Ready for Module 1: not yet.");

        String retake = web.api("POST", "/api/readiness", null, learner, PASSWORD).body().replaceAll("\\D", "");
        assertThat(retake).isNotEqualTo(id);
        boolean over = false;
        for (int answered = 0; !over && answered < 60; answered++) {
            String current = jsonTree(web.api("GET", "/api/readiness/" + retake + "/next", null, learner, PASSWORD).body())
                    .get("itemId").asString();
            over = web.api("POST", "/api/readiness/" + retake + "/responses", "{\"itemId\":\"" + current + "\",\"dontKnow\":true}",
                    learner, PASSWORD).body().contains("\"finished\":true");
        }
        assertThat(over).isTrue();
        var afterRetake = jsonTree(web.getJson("/api/me/readiness-verdict").body());
        assertThat(afterRetake.get("status").asString()).as("only the latest check counts").isEqualTo("NOT_YET");
        assertThat(afterRetake.get("demonstrated").asInt()).as("the labs still show the hands-on topic").isEqualTo(1);
        var linearAlgebra = verdictTopics(afterRetake).get("linear-algebra");
        assertThat(linearAlgebra.get("evidence").get(0).get("shows").asBoolean()).isFalse();
        assertThat(linearAlgebra.get("status").asString()).isEqualTo(shownByCheck.contains("linear-algebra")
                ? "STUDIED_NOT_DEMONSTRATED" : "NOT_DEMONSTRATED");
        pageAgreesWithApi(web.get("/ready").body(), afterRetake);
    }

    private static byte[] multipart(byte[] content) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"predictions\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes());
        out.writeBytes(content);
        out.writeBytes("\r\n--XyZ--\r\n".getBytes());
        return out.toByteArray();
    }
}
