package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mlready.support.HeadlessChromium;
import org.mlready.support.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An instructor creates a cohort in Chromium, a learner joins it from the profile, the instructor sees the member. */
class CohortBrowserTests extends BrowserJourney {

    private static final String PASSWORD = "teach-a-class-2026";

    private void logIn(String email) {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit].button")).click();
        waiting().until(ExpectedConditions.urlContains("/dashboard"));
    }

    private void logOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        waiting().until(ExpectedConditions.urlContains("loggedOut"));
    }

    @Test
    void instructorCreatesACohortALearnerJoinsFromTheProfileAndTheInstructorSeesThem() {
        var api = new WebClient(port);
        String teacher = "teacher-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        var signedUp = api.api("POST", "/api/signup", "{\"email\":\"" + teacher + "\",\"displayName\":\"Ms Hopper\",\"password\":\""
                + PASSWORD + "\"}", null, null);
        String id = signedUp.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");
        assertThat(api.api("PUT", "/api/admin/accounts/" + id + "/role", "{\"role\":\"INSTRUCTOR\"}", ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(200);

        browser = HeadlessChromium.start(1280, 1000);
        logIn(teacher);
        browser.findElement(By.linkText("Cohorts")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-cohort")));
        assertThat(browser.findElement(By.id("no-cohorts")).getText()).isEqualTo("No cohorts yet.");
        assertAccessible("cohorts");
        browser.findElement(By.id("cohort-name")).sendKeys("Evening class");
        browser.findElement(By.cssSelector("#new-cohort button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("join-code")));
        String code = browser.findElement(By.id("join-code")).getText();
        String cohortPath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        assertThat(browser.findElement(By.id("no-members")).getText()).isEqualTo("Nobody has joined yet.");
        assertAccessible("new cohort");
        logOut();

        open("/signup");
        browser.findElement(By.id("email")).sendKeys("member-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        browser.findElement(By.id("displayName")).sendKeys("Grace");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit].button")).click();
        waiting().until(ExpectedConditions.urlContains("/profile"));
        browser.findElement(By.id("profile-join-code")).sendKeys(code);
        browser.findElement(By.cssSelector("#profile-join button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("joined")));
        assertThat(browser.findElement(By.id("memberships")).getText()).contains("Evening class", "run by Ms Hopper");
        assertAccessible("your cohorts");
        browser.findElement(By.id("join-code")).sendKeys(code);
        browser.findElement(By.cssSelector("#join-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("join-error")));
        assertThat(browser.findElement(By.id("join-error")).getText()).isEqualTo("You are already a member of 'Evening class'.");
        assertAccessible("join refused");
        logOut();

        logIn(teacher);
        open(cohortPath);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("members")));
        assertThat(browser.findElement(By.id("members")).getText()).contains("Grace", "0%", "not taken", "no plan");
        assertThat(browser.findElement(By.id("nobody-stuck")).getText()).isEqualTo("Nobody is stuck.");
        assertThat(browser.findElement(By.id("grid")).getText()).contains("Grace", "Big Data Technologies");
        assertAccessible("cohort overview");
    }
}
