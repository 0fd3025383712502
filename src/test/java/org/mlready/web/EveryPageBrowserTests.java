package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mlready.support.HeadlessChromium;
import org.mlready.support.MutableClock;
import org.mlready.support.PreviewAnswers;
import org.mlready.support.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every page, in the states a learner and an instructor reach, at desktop width and at a 375 px phone width: no
 * serious or critical axe-core violation, no sideways scrolling of the document (a wide table may scroll only inside
 * its own {@code .table-wrap}, which a keyboard can reach), exactly one h1 and a title. Problems are collected over the whole sweep and reported
 * together. A test clock lets a mastered skill fall due for review without waiting a day.
 */
@Import(EveryPageBrowserTests.TestClock.class)
class EveryPageBrowserTests extends BrowserJourney {

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String PASSWORD = "every-page-2026";


    @Autowired
    MutableClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> problems = new ArrayList<>();

    /** Checks the page as it stands at desktop width, then at phone width (charts and grids re-lay out in between). */
    private void sweep(String page) {
        problems.addAll(layoutAndAccessibilityProblems(page));
    }

    /** Fills every field of a lab's form with a plausible but wrong answer, submits it and sweeps the graded page. */
    private void submitAndSweep(String lab, String fields, String answer) {
        open("/labs/" + lab);
        browser.findElements(By.cssSelector("#" + lab + "-form " + fields)).forEach(field -> field.sendKeys(answer));
        var form = browser.findElement(By.id(lab + "-form"));
        browser.findElement(By.cssSelector("#" + lab + "-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.stalenessOf(form));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-count")));
        sweep("/labs/" + lab + " graded");
    }

    private void visit(String path) {
        open(path);
        sweep(path);
    }

    private void signUpInTheBrowser(String email, String name) {
        open("/signup");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("displayName")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit].button")).click();
        waiting().until(ExpectedConditions.urlContains("/profile"));
    }

    private void logInAsAdmin() {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit].button")).click();
        waiting().until(ExpectedConditions.urlContains("/dashboard"));
    }

    private JsonNode api(String method, String path, String body, String email, String password) {
        var response = new WebClient(port).api(method, path, body, email, password);
        assertThat(response.status()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    /** The right answer to a generated question as a learner types it, read from the instructors' preview. */
    private String rightAnswer(String family, long seed) {
        JsonNode item = api("GET", "/api/items/preview?family=" + family + "&seed=" + seed, null, ADMIN, ADMIN_PASSWORD);
        String type = item.get("responseType").asString();
        String key = item.get("key").asString();
        assertThat(type).as("dot-product questions are typed numbers").doesNotEndWith("CHOICE").isNotEqualTo("SQL");
        return type.equals("EXPRESSION") ? key.substring(0, key.lastIndexOf(" in ")) : key.split(" ±")[0];
    }

    /** The right answer to any question, read from the instructors' preview (a checkpoint quiz asks all kinds). */
    private String anyReadableAnswer(String family, long seed) {
        return PreviewAnswers.typedRightAnswer(api("GET", "/api/items/preview?family=" + family + "&seed=" + seed, null,
                ADMIN, ADMIN_PASSWORD));
    }

    /** Answers a dot-product practice question right in the browser and waits for the feedback. */
    private void practiseRight(long seed) {
        open("/practice/linear-algebra/dot-product/" + seed);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("check-answer")));
        browser.findElement(By.id("response")).sendKeys(rightAnswer("dot-product", seed));
        browser.findElement(By.id("check-answer")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Correct!"));
    }

    @Test
    void everyLearnerPageFitsAPhoneAndPassesAxeInEachState() {
        clock.set(START);
        browser = HeadlessChromium.start(DESKTOP, 900);
        for (String page : List.of("/", "/areas/mathematical-foundations", "/topics/linear-algebra", "/pathways/beginner",
                "/search?q=python", "/search?q=zzzzqx", "/login", "/signup")) {
            visit(page);
        }

        String email = "sweep-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        signUpInTheBrowser(email, "Sweeping Learner");
        sweep("/profile");
        browser.findElement(By.cssSelector("label[for=background-beginner]")).click();
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/dashboard"));
        sweep("/dashboard (new learner)");
        visit("/review");
        visit("/account");
        visit("/reset-password/an-expired-or-unknown-link");

        open("/practice/linear-algebra/dot-product/100");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("check-answer")));
        sweep("practice question");
        browser.findElement(By.id("show-hint")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hint-1")));
        browser.findElement(By.id("response")).sendKeys(rightAnswer("dot-product", 100));
        browser.findElement(By.id("check-answer")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Correct!"));
        sweep("practice feedback");
        practiseRight(101);
        practiseRight(102);
        visit("/topics/linear-algebra");

        clock.set(START.plusSeconds(86_400));
        open("/dashboard");
        assertThat(browser.findElement(By.id("reviews-due")).getText()).contains("Reviews due: 1");
        sweep("/dashboard (mastery over time, a review due)");
        open("/review");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("check-answer")));
        sweep("/review (a due question)");

        open("/readiness");
        sweep("/readiness (never taken)");
        browser.findElement(By.id("start-readiness")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-progress")));
        sweep("readiness question");
        long check = api("POST", "/api/readiness", null, email, PASSWORD).get("id").asLong();
        for (int answered = 0; answered < 60; answered++) {
            JsonNode next = api("GET", "/api/readiness/" + check + "/next", null, email, PASSWORD);
            if (next.get("finished").asBoolean()) {
                break;
            }
            api("POST", "/api/readiness/" + check + "/responses", "{\"itemId\":\"" + next.get("itemId").asString()
                    + "\",\"dontKnow\":true}", email, PASSWORD);
        }
        open("/readiness/" + check + "/result");
        waiting().until(d -> (Boolean) browser.executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart('readiness-chart') !== undefined"));
        sweep("readiness result");
        visit("/readiness");
        visit("/ready");
        visit("/answers");

        open("/plan");
        sweep("/plan (no plan yet)");
        browser.findElement(By.id("make-plan")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("this-week")));
        assertThat(browser.findElements(By.cssSelector(".badge.pathway"))).as("pathway-resource badges").isNotEmpty();
        sweep("/plan (with pathway resources)");
        visit("/plan/print");

        open("/plan");
        browser.findElement(By.cssSelector("#plan-weeks-list a.checkpoint-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("start-checkpoint")));
        sweep("checkpoint quiz start");
        browser.findElement(By.id("start-checkpoint")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("checkpoint-position")));
        sweep("checkpoint quiz question");
        String quiz = browser.getCurrentUrl().replaceAll(".*/checkpoints/(\\d+).*", "$1");
        for (int position = 0; ; position++) {
            JsonNode next = api("GET", "/api/me/checkpoints/" + quiz + "/next", null, email, PASSWORD);
            if (next.get("finished").asBoolean()) {
                break;
            }
            String[] item = next.get("itemId").asString().split("#");
            api("POST", "/api/me/checkpoints/" + quiz + "/answers", "{\"position\":" + position + ",\"response\":"
                    + json.writeValueAsString(anyReadableAnswer(item[0], Long.parseLong(item[1]))) + "}", email, PASSWORD);
        }
        visit("/checkpoints/" + quiz + "/result");

        JsonNode cohort = api("POST", "/api/instructor/cohorts", "{\"name\":\"Phone-width class\"}", ADMIN, ADMIN_PASSWORD);
        visit("/cohorts");
        browser.findElement(By.id("join-code")).sendKeys(cohort.get("joinCode").asString());
        browser.findElement(By.cssSelector("#join-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("joined")));
        sweep("/cohorts (joined)");
        open("/cohorts/join");
        sweep("/cohorts/join");

        for (String page : List.of("/labs", "/labs/regression", "/labs/eda", "/labs/classification", "/labs/visualisation",
                "/labs/sql", "/labs/classification/leaderboard")) {
            visit(page);
        }
        submitAndSweep("regression", "input[type=text]", "1.5");
        submitAndSweep("eda", "input[type=text]", "3");
        submitAndSweep("sql", "textarea", "select name from customers");

        assertThat(problems).as("pages a learner sees").isEmpty();
    }

    @Test
    void everyInstructorPageFitsAPhoneAndPassesAxeInEachState() {
        clock.set(START);
        var learner = new WebClient(port);
        String email = "grid-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        assertThat(learner.signUp(email, "Grace Wideworthington-Longname", PASSWORD).status()).isLessThan(400);

        browser = HeadlessChromium.start(DESKTOP, 900);
        logInAsAdmin();
        open("/instructor/cohorts");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-cohort")));
        sweep("/instructor/cohorts");
        browser.findElement(By.id("cohort-name")).sendKeys("A cohort with a rather long name for a narrow screen");
        browser.findElement(By.cssSelector("#new-cohort button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("join-code")));
        String code = browser.findElement(By.id("join-code")).getText();
        String overview = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        sweep("cohort overview (no members)");

        assertThat(learner.postForm("/cohorts/join", "/cohorts", Map.of("code", code)).status()).isLessThan(400);
        String path = "/practice/linear-algebra/dot-product/7";
        assertThat(learner.postHtmx(path, path, Map.of("response", rightAnswer("dot-product", 7))).body()).contains("Correct!");
        open(overview);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("grid")));
        assertThat(browser.findElement(By.id("grid")).getText()).contains("Grace Wideworthington-Longname");
        sweep("cohort overview (one member, learner x topic grid)");
        visit("/instructor/cohorts");

        visit("/instructor/item-statistics");
        visit("/instructor/item-statistics?topic=linear-algebra");
        visit("/instructor/items");
        visit("/instructor/items?skill=vectors-dot-cross&family=dot-product&seed=3");
        visit("/instructor/labs/reviews");
        visit("/instructor/labs/leaderboard");
        visit("/admin/accounts");
        browser.findElement(By.cssSelector("button[id^=reset-]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reset-link")));
        sweep("/admin/accounts with a reset link");
        open(browser.findElement(By.id("reset-link")).getDomAttribute("value").replaceFirst("^https?://[^/]+", ""));
        sweep("reset password form");
        visit("/dashboard");

        assertThat(problems).as("pages an instructor or admin sees").isEmpty();
    }
}
