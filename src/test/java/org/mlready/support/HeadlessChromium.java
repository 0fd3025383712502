package org.mlready.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through its chromedriver, with nothing downloaded. Without Chromium on the machine the
 * browser tests are skipped with a loud notice, except under CI=true, where they must run.
 */
public final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static ChromeDriver start(int width, int height) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String notice = "\n**********\nBROWSER TESTS SKIPPED: /usr/bin/chromium and /usr/bin/chromedriver are needed "
                    + "(apt-get install chromium chromium-driver).\n**********\n";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(notice + "CI=true, so the browser tests must run.");
            }
            System.err.println(notice);
            Assumptions.abort(notice);
        }
        try {
            Path profile = Files.createDirectories(Path.of("target/chromium/profile-" + System.nanoTime()));
            Path xdg = Files.createDirectories(Path.of("target/chromium/xdg")).toAbsolutePath();
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort().withEnvironment(Map.of("XDG_CONFIG_HOME", xdg.resolve("config").toString(),
                            "XDG_CACHE_HOME", xdg.resolve("cache").toString(), "HOME", xdg.toString()))
                    .build();
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM);
            options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile.toAbsolutePath()));
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs axe-core on the current page and returns its serious and critical violations, described. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousAccessibilityViolations(ChromeDriver driver) {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            axe = readAxe();
        }
        return axe;
    }

    private static String readAxe() {
        try (InputStream in = HeadlessChromium.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
