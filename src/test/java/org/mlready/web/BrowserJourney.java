package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.mlready.support.HeadlessChromium;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the browser journeys share: one running platform on its own H2 database (with an admin who can preview item
 * keys), a headless Chromium per test, waits that survive htmx swaps, and the axe-core check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mlready.admin.email=" + BrowserJourney.ADMIN, "mlready.admin.password=" + BrowserJourney.ADMIN_PASSWORD})
abstract class BrowserJourney {

    static final String ADMIN = "author@mlready.test";
    static final String ADMIN_PASSWORD = "preview-items-2026";

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("mlready.data-dir", () -> "./target/test-data/browser-" + UUID.randomUUID());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** htmx replaces parts of pages after clicks, so an element found a moment earlier may be gone. */
    WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
    }

    void assertAccessible(String page) {
        assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).as("axe-core on " + page).isEmpty();
    }
}
