package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlready.support.HeadlessChromium;
import org.mlready.support.LabFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A learner takes the classification lab in a real headless Chromium: download, a correct and a broken upload; the
 * result and the rejection screens are checked by axe and for layout at desktop and phone width.
 */
class LabsBrowserTests extends BrowserJourney {

    @TempDir
    Path files;

    /** Fetches a link as the browser would download it: status, Content-Disposition and text. */
    @SuppressWarnings("unchecked")
    private List<Object> download(String href) {
        return (List<Object>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(t => done([r.status, r.headers.get('Content-Disposition'), t])));
                """, href);
    }

    @Test
    void learnerDownloadsTheDataUploadsPredictionsAndSeesTheScoreThenTheErrorOfABrokenFile() throws Exception {
        browser = HeadlessChromium.start(1280, 1000);
        open("/signup");
        browser.findElement(By.id("email")).sendKeys("lab-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        browser.findElement(By.id("displayName")).sendKeys("Lab Learner");
        browser.findElement(By.id("password")).sendKeys("hands-on-labs-2026");
        browser.findElement(By.cssSelector("form button[type=submit].button")).click();
        waiting().until(ExpectedConditions.urlContains("/profile"));

        browser.findElement(By.linkText("Labs")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("labs")));
        assertAccessible("labs");
        browser.findElement(By.linkText("Classification on breast-cancer data")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("classification-form")));
        assertAccessible("classification lab");

        List<Object> train = download(browser.findElement(By.id("train-link")).getAttribute("href"));
        List<Object> test = download(browser.findElement(By.id("test-link")).getAttribute("href"));
        assertThat(train.get(0)).isEqualTo(200L);
        assertThat((String) train.get(1)).startsWith("attachment").contains("breast_cancer_train.csv");
        assertThat((String) test.get(2)).startsWith("id,mean_radius");

        String predictions = LabFiles.predictions((String) train.get(2), (String) test.get(2));
        Path good = Files.writeString(files.resolve("predictions.csv"), predictions, StandardCharsets.UTF_8);
        browser.findElement(By.id("predictions")).sendKeys(good.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#classification-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("score-auc")));
        assertThat(Double.parseDouble(browser.findElement(By.id("score-auc")).getText())).isGreaterThan(0.95);
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("you beat the baseline");
        assertThat(browser.findElement(By.id("confusion")).getText()).contains("Predicted malignant");
        waiting().until(d -> (Boolean) browser.executeScript("return window.Chart !== undefined && Chart.getChart('roc-chart') !== undefined"));
        assertThat(browser.findElement(By.id("latest-score")).getText()).endsWith("%");
        assertThat(layoutAndAccessibilityProblems("classification result")).isEmpty();

        Path broken = Files.writeString(files.resolve("broken.csv"), LabFiles.breakLine(predictions, 2, "NaN"),
                StandardCharsets.UTF_8);
        browser.findElement(By.id("predictions")).sendKeys(broken.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#classification-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("rejection")));
        String rejection = browser.findElement(By.id("rejection")).getText();
        assertThat(rejection).contains("does not count as an attempt", "3", "probability", "(not a number) is not allowed");
        assertThat(browser.findElement(By.id("attempt-count")).getText()).isEqualTo("1");
        assertThat(layoutAndAccessibilityProblems("classification rejection")).isEmpty();

        open("/labs/classification/leaderboard");
        assertThat(browser.findElement(By.id("public-board")).getText()).contains("Lab Learner", "Baseline");
        assertAccessible("leaderboard");
    }
}
