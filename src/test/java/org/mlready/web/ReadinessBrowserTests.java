package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mlready.support.HeadlessChromium;
import org.mlready.support.PreviewAnswers;
import org.mlready.support.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The readiness check in a real headless Chromium: start, answer, resume after a reload and after leaving, finish. */
class ReadinessBrowserTests extends BrowserJourney {

    private String progress() {
        return browser.findElement(By.id("readiness-progress")).getText();
    }

    private String itemId() {
        return browser.findElement(By.cssSelector("#answer-form input[name=itemId]")).getAttribute("value");
    }

    /** Clicks "I don't know" and waits for the next page (the next question or the result). */
    private void dontKnow() {
        String before = progress();
        browser.findElement(By.id("dont-know")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/result")
                || !d.findElements(By.id("readiness-progress")).isEmpty()
                        && !d.findElement(By.id("readiness-progress")).getText().equals(before));
    }

    /** The right answer to a pool item ("family#seed"), read from the instructors' preview, as the learner types it. */
    private static final class Preview {
        final String type;
        final String answer;
        final List<String> choices = new ArrayList<>();

        Preview(int port, String poolItemId) {
            String family = poolItemId.substring(0, poolItemId.lastIndexOf('#'));
            String seed = poolItemId.substring(poolItemId.lastIndexOf('#') + 1);
            var response = new WebClient(port).api("GET", "/api/items/preview?family=" + family + "&seed=" + seed, null,
                    ADMIN, ADMIN_PASSWORD);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            var json = new tools.jackson.databind.ObjectMapper().readTree(response.body());
            type = json.get("responseType").asString();
            if (type.endsWith("CHOICE")) {
                choices.addAll(PreviewAnswers.choiceIds(json, true));
            }
            answer = PreviewAnswers.typedRightAnswer(json);
        }
    }

    @Test
    void learnerStartsAnswersResumesAndFinishesTheReadinessCheck() {
        browser = HeadlessChromium.start(1280, 1000);
        open("/signup");
        browser.findElement(By.id("email")).sendKeys("ready-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        browser.findElement(By.id("displayName")).sendKeys("Ready");
        browser.findElement(By.id("password")).sendKeys("am-i-ready-2026");
        browser.findElement(By.cssSelector("form button[type=submit].button")).click();
        waiting().until(ExpectedConditions.urlContains("/profile"));

        browser.findElement(By.linkText("Readiness check")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("start-readiness")));
        assertThat(browser.findElement(By.id("start-readiness")).getText()).isEqualTo("Start the readiness check");
        browser.findElement(By.id("start-readiness")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-progress")));
        assertThat(progress()).startsWith("Question 1 (at most ");
        assertAccessible("readiness question");

        dontKnow();
        assertThat(progress()).startsWith("Question 2 ");

        Preview second = new Preview(port, itemId());
        if (second.type.endsWith("CHOICE")) {
            assertThat(second.choices).isNotEmpty();
            for (String id : second.choices) {
                browser.findElement(By.cssSelector("label[for=choice-" + id + "]")).click();
            }
        } else {
            browser.findElement(By.id("response")).sendKeys(second.answer);
        }
        browser.findElement(By.id("submit-answer")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("readiness-progress"), "Question 3 "));
        assertThat(browser.findElements(By.id("unreadable"))).as("the typed answer was read").isEmpty();
        String third = itemId();
        String url = browser.getCurrentUrl();

        browser.navigate().refresh();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-progress")));
        assertThat(progress()).as("a reload shows the same question").startsWith("Question 3 ");
        assertThat(itemId()).isEqualTo(third);

        open("/dashboard");
        browser.findElement(By.linkText("Readiness check")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("start-readiness")));
        assertThat(browser.findElement(By.id("start-readiness")).getText()).isEqualTo("Resume your readiness check");
        assertThat(browser.findElement(By.id("readiness-history")).getText()).contains("In progress");
        browser.findElement(By.id("start-readiness")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-progress")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url);
        assertThat(progress()).as("resuming returns to the same question").startsWith("Question 3 ");
        assertThat(itemId()).isEqualTo(third);

        int clicks = 0;
        while (!browser.getCurrentUrl().endsWith("/result")) {
            assertThat(clicks).as("the check ends within 45 answers of \"I don't know\"").isLessThan(45);
            dontKnow();
            clicks++;
        }
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-summary")));
        assertThat(browser.findElement(By.id("readiness-summary")).getText()).matches("(?s)\\d+ answers · .*");
        assertThat(browser.findElements(By.cssSelector("table.readiness-topics tbody tr"))).hasSizeGreaterThanOrEqualTo(21);
        waiting().until(d -> (Boolean) browser.executeScript("return typeof Chart !== 'undefined' && Chart.getChart('readiness-chart') !== undefined"));
        assertThat(browser.findElement(By.id("readiness-summary")).getText()).as("only \"I don't know\" answers")
                .contains(" 0 topics mastered");
        assertThat(browser.findElements(By.id("test-out"))).as("nothing to test out of").isEmpty();
        assertAccessible("readiness result");

        open("/readiness");
        assertThat(browser.findElement(By.id("start-readiness")).getText()).isEqualTo("Start the readiness check");
        assertThat(browser.findElement(By.id("readiness-history")).getText()).contains("Finished");

        open("/dashboard");
        assertThat(browser.findElement(By.id("module-1-verdict")).getText()).startsWith("Ready for Module 1: not yet.");
        browser.findElement(By.cssSelector("#module-1-verdict a")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verdict-status")));
        assertThat(browser.findElement(By.id("verdict-status")).getText()).isEqualTo("Verdict: NOT YET");
        assertThat(browser.findElements(By.cssSelector("#missing > li"))).hasSize(21);
        assertThat(browser.findElement(By.id("verdict-linear-algebra")).getText())
                .contains("Not yet demonstrated", "Not enough: readiness check of ", "Retake the readiness check");
        assertAccessible("Module 1 verdict");
    }
}
