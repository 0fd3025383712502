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
    static final int PHONE = 375;
    static final int DESKTOP = 1280;

    /** What the page itself says about its layout at the current width, as a list of problems (empty when fine). */
    static final String LAYOUT_PROBLEMS = """
            const problems = [];
            const doc = document.documentElement;
            const h1s = document.querySelectorAll('h1').length;
            if (h1s !== 1) problems.push(h1s + ' h1 elements');
            if (!document.title || !document.title.trim()) problems.push('no title');
            if (arguments[0]) {
              if (doc.scrollWidth > doc.clientWidth + 1) {
                const clipped = el => { for (let a = el.parentElement; a && a !== doc; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
                const over = [...document.body.querySelectorAll('*')].filter(el =>
                    el.getBoundingClientRect().right > doc.clientWidth + 1 && !clipped(el));
                const leaves = over.filter(el => !over.some(other => other !== el && el.contains(other)));
                problems.push('document scrolls sideways (' + doc.scrollWidth + ' > ' + doc.clientWidth + ') because of '
                    + leaves.slice(0, 5).map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                        + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : '')
                        + ' "' + (el.textContent || '').trim().slice(0, 40) + '"').join(', '));
              }
              for (const table of document.querySelectorAll('table')) {
                if (table.offsetParent !== null && table.scrollWidth > table.parentElement.clientWidth + 1
                    && !table.closest('.table-wrap')) {
                  problems.push('table ' + (table.id || table.className) + ' is wider than its container and not in a .table-wrap');
                }
              }
              for (const wrap of document.querySelectorAll('.table-wrap')) {
                if (wrap.scrollWidth > wrap.clientWidth + 1 && wrap.tabIndex < 0
                    && !wrap.querySelector('a[href], button, input, select, textarea, [tabindex]')) {
                  problems.push('table-wrap around ' + (wrap.querySelector('table') || {}).id + ' scrolls but cannot be reached by keyboard');
                }
              }
            }
            return problems;
            """;

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

    /** axe and layout problems of the page as it stands, at desktop width and then at phone width. */
    java.util.List<String> layoutAndAccessibilityProblems(String page) {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (int width : new int[] {DESKTOP, PHONE}) {
            resize(width);
            String where = page + " at " + width + " px: ";
            HeadlessChromium.seriousAccessibilityViolations(browser).forEach(v -> found.add(where + v));
            @SuppressWarnings("unchecked")
            java.util.List<String> layout = (java.util.List<String>) browser.executeScript(LAYOUT_PROBLEMS, width == PHONE);
            layout.forEach(p -> found.add(where + p));
        }
        resize(DESKTOP);
        return found;
    }

    void resize(int width) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        waiting().until(d -> ((Long) browser.executeScript("return window.innerWidth")) == width);
    }
}
