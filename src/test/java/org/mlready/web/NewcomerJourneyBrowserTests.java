package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mlready.support.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The newcomer's first visit in a real headless Chromium, with axe-core checking each key page. */
class NewcomerJourneyBrowserTests extends BrowserJourney {

    @Test
    void newcomerSignsUpPicksABackgroundStudiesAndSeesTheDashboardChange() {
        browser = HeadlessChromium.start(1280, 1000);
        open("/");
        assertAccessible("home");
        browser.findElement(By.linkText("Start learning")).click();

        assertAccessible("sign-up");
        browser.findElement(By.id("email")).sendKeys("newcomer-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        browser.findElement(By.id("displayName")).sendKeys("Newcomer");
        browser.findElement(By.id("password")).sendKeys("first-steps-2026");
        browser.findElement(By.cssSelector("form button[type=submit].button")).click();

        waiting().until(ExpectedConditions.urlContains("/profile"));
        assertAccessible("profile");
        browser.findElement(By.cssSelector("label[for=background-software-engineering]")).click();
        WebElement hours = browser.findElement(By.id("weeklyHours"));
        hours.clear();
        hours.sendKeys("10");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();

        waiting().until(ExpectedConditions.urlContains("/dashboard"));
        assertThat(browser.findElement(By.id("percent-complete")).getText()).isEqualTo("0%");
        assertThat(browser.getPageSource()).contains("For Software Engineering Backgrounds");

        browser.findElement(By.id("nav-q")).sendKeys("linear algebra\n");
        waiting().until(ExpectedConditions.urlContains("/search"));
        assertAccessible("search");
        browser.findElement(By.linkText("Linear Algebra Fundamentals")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done-khan-linear-algebra")));
        assertAccessible("topic");
        browser.findElement(By.id("done-khan-linear-algebra")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("done-khan-linear-algebra"), "Done:"));
        browser.findElement(By.cssSelector("label[for=conf-vectors-dot-cross-4]")).click();
        waiting().until(d -> d.findElement(By.id("conf-vectors-dot-cross-4")).isSelected());

        open("/dashboard");
        assertThat(browser.findElement(By.id("percent-complete")).getText()).isNotEqualTo("0%");
        assertThat(browser.findElement(By.id("done-resources")).getText()).contains("Linear Algebra - Khan Academy");
        assertThat((Boolean) browser.executeScript("return Chart.getChart('area-chart') !== undefined")).isTrue();
        assertThat(browser.findElement(By.id("growth-empty")).isDisplayed()).isTrue();
        assertAccessible("dashboard");

        open("/topics/linear-algebra");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("done-khan-linear-algebra"), "Done:"));
        assertThat(browser.findElement(By.id("conf-vectors-dot-cross-4")).isSelected()).isTrue();
    }

    @Test
    void newLearnerMakesAPlanAndTicksOffThisWeeksFirstResource() {
        browser = HeadlessChromium.start(1280, 1000);
        open("/signup");
        browser.findElement(By.id("email")).sendKeys("planner-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        browser.findElement(By.id("displayName")).sendKeys("Planner");
        browser.findElement(By.id("password")).sendKeys("week-by-week-2026");
        browser.findElement(By.cssSelector("form button[type=submit].button")).click();
        waiting().until(ExpectedConditions.urlContains("/profile"));
        browser.findElement(By.cssSelector("label[for=background-beginner]")).click();
        WebElement hours = browser.findElement(By.id("weeklyHours"));
        hours.clear();
        hours.sendKeys("10");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/dashboard"));

        browser.findElement(By.linkText("Plan")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("make-plan")));
        assertAccessible("plan form");
        browser.findElement(By.id("make-plan")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("this-week")));
        assertThat(browser.findElement(By.id("plan-weeks")).getText()).isEqualTo("20");
        assertThat(browser.findElement(By.id("plan-status-text")).getText()).isEqualTo("on track");
        assertThat((Boolean) browser.executeScript("return Chart.getChart('plan-chart') !== undefined")).isTrue();
        assertAccessible("plan");

        String before = browser.findElement(By.id("week-progress")).getText();
        assertThat(before).startsWith("0 of ");
        WebElement firstTask = browser.findElement(By.cssSelector("#this-week input[type=checkbox]"));
        String resource = firstTask.getAttribute("data-resource");
        assertThat(resource).as("a beginner's plan opens with their pathway's maths resource").isEqualTo("khan-academy-math");
        WebElement firstItem = browser.findElement(By.cssSelector("#this-week li.task"));
        assertThat(firstItem.findElement(By.cssSelector(".badge.pathway")).isDisplayed()).isTrue();
        assertThat(firstItem.getText()).contains("Khan Academy Math (pathway resource, for Linear Algebra Fundamentals)");
        firstTask.click();
        waiting().until(d -> !d.findElement(By.id("week-progress")).getText().equals(before));
        assertThat(browser.findElement(By.id("week-progress")).getText()).doesNotStartWith("0 of ");
        assertThat(browser.findElement(By.cssSelector("#this-week input[data-resource='" + resource + "']")).isSelected()).isTrue();
        // Khan Academy Math's 7.5 planned hours run into week 2, so finishing it now puts that part ahead of plan.
        assertThat(browser.findElement(By.id("plan-status-text")).getText()).isEqualTo("ahead by 2 hours");
        assertAccessible("plan after ticking a task");

        open("/dashboard");
        assertThat(browser.findElement(By.id("done-resources")).getText()).isNotBlank();
        open("/plan/print");
        assertThat(browser.findElement(By.cssSelector(".print-table")).getText()).contains("✓");

        open("/plan");
        browser.findElement(By.id("replan")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("plan-changes")));
        assertThat(browser.findElement(By.id("changes-summary")).getText()).contains("1 resource no longer planned");
        assertAccessible("plan after re-planning");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/plan");
        Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("horizontal overflow of /plan on a phone").isLessThanOrEqualTo(0L);
    }

    private java.util.List<String> correctChoiceOf(String practiceUrl) {
        String[] parts = java.net.URI.create(practiceUrl).getPath().split("/");
        var preview = new org.mlready.support.WebClient(port).api("GET", "/api/items/preview?family=" + parts[3] + "&seed=" + parts[4],
                null, ADMIN, ADMIN_PASSWORD);
        var matcher = java.util.regex.Pattern.compile("\\{\"id\":\"([a-z])\",\"text\":\"(?:[^\"\\\\]|\\\\.)*\",\"correct\":true")
                .matcher(preview.body());
        java.util.List<String> correct = new java.util.ArrayList<>();
        while (matcher.find()) {
            correct.add(matcher.group(1));
        }
        assertThat(correct).as(preview.body()).isNotEmpty();
        return correct;
    }

    @Test
    void learnerPractisesATopicAndSeesFeedbackAndMasteryChange() {
        browser = HeadlessChromium.start(1280, 1000);
        open("/signup");
        browser.findElement(By.id("email")).sendKeys("practice-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        browser.findElement(By.id("displayName")).sendKeys("Practiser");
        browser.findElement(By.id("password")).sendKeys("practice-makes-2026");
        browser.findElement(By.cssSelector("form button[type=submit].button")).click();
        waiting().until(ExpectedConditions.urlContains("/profile"));

        open("/topics/big-data");
        browser.findElement(By.id("practise")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("check-answer")));
        untilAChoiceQuestion();
        assertAccessible("practice question");
        java.util.List<String> correctIds = correctChoiceOf(browser.getCurrentUrl());
        browser.findElement(By.id("show-hint")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hint-1")));
        for (String id : correctIds) {
            browser.findElement(By.cssSelector("label[for=choice-" + id + "]")).click();
        }
        browser.findElement(By.id("check-answer")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Correct!"));
        assertThat(browser.findElement(By.id("mastery-change")).getText()).startsWith("Mastery: 20% →");
        assertThat(browser.findElement(By.id("solution")).getText()).isNotBlank();
        assertAccessible("practice feedback");

        browser.findElement(By.id("next-question")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("check-answer")));
        untilAChoiceQuestion();
        java.util.List<String> rightAgain = correctChoiceOf(browser.getCurrentUrl());
        String wrong = browser.findElements(By.cssSelector("label[for^=choice-]")).stream()
                .map(label -> label.getDomAttribute("for").substring("choice-".length()))
                .filter(id -> !rightAgain.contains(id)).findFirst().orElseThrow();
        browser.findElement(By.cssSelector("label[for=choice-" + wrong + "]")).click();
        browser.findElement(By.id("check-answer")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Not quite."));
        assertThat(browser.findElement(By.id("mastery-change")).getText()).startsWith("Mastery:");

        open("/dashboard");
        var counts = java.util.regex.Pattern.compile("(\\d+)/(\\d+)$", java.util.regex.Pattern.MULTILINE)
                .matcher(browser.findElement(By.id("mastery-table")).getText());
        int right = 0;
        int answered = 0;
        while (counts.find()) {
            right += Integer.parseInt(counts.group(1));
            answered += Integer.parseInt(counts.group(2));
        }
        assertThat(right).isEqualTo(1);
        assertThat(answered).isEqualTo(2);

        for (String chart : java.util.List.of("growth-chart", "area-growth-chart")) {
            assertThat((Boolean) browser.executeScript("return Chart.getChart('" + chart + "') !== undefined")).as(chart).isTrue();
            var canvas = browser.findElement(By.id(chart));
            assertThat(canvas.getSize().getWidth()).as(chart).isPositive();
            assertThat(canvas.getSize().getHeight()).as(chart).isPositive();
        }
        assertThat(browser.findElement(By.id("growth-chart")).getDomAttribute("aria-label")).contains("from 2 answers, 1 right.");
        browser.findElement(By.cssSelector("#growth-data summary")).click();
        assertThat(browser.findElement(By.id("growth-table")).getText()).containsPattern("\\b2 1 0 of 65");
        assertAccessible("dashboard with mastery over time");
    }

    @Test
    void mathsInQuestionsIsTypesetWithKatex() {
        browser = HeadlessChromium.start(1280, 1000);
        open("/signup");
        browser.findElement(By.id("email")).sendKeys("maths-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        browser.findElement(By.id("displayName")).sendKeys("Mathematician");
        browser.findElement(By.id("password")).sendKeys("eigen-vectors-2026");
        browser.findElement(By.cssSelector("form button[type=submit].button")).click();
        waiting().until(ExpectedConditions.urlContains("/profile"));
        open("/topics/linear-algebra/practice");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stem .katex")));
        assertAccessible("maths question");
    }

    @Test
    void theAccessibilityCheckDoesCatchViolations() {
        browser = HeadlessChromium.start(800, 600);
        browser.get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>");
        assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).anyMatch(v -> v.contains("image-alt"));
    }

    @Test
    void pagesFitAPhoneScreen() {
        browser = HeadlessChromium.start(390, 844);
        for (String page : new String[] {"/", "/areas/mathematical-foundations", "/topics/neural-network-fundamentals", "/signup", "/search?q=python"}) {
            open(page);
            Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow).as("horizontal overflow on " + page).isLessThanOrEqualTo(0L);
        }
        open("/");
        assertAccessible("home on a phone");
    }

    /** Big Data has generated numeric questions too; this journey answers by clicking choices, so it asks for another. */
    private void untilAChoiceQuestion() {
        for (int tries = 0; tries < 60 && browser.findElements(By.cssSelector("label[for^=choice-]")).isEmpty(); tries++) {
            open("/topics/big-data/practice");
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("check-answer")));
        }
        assertThat(browser.findElements(By.cssSelector("label[for^=choice-]"))).as("a choice question").isNotEmpty();
    }
}
