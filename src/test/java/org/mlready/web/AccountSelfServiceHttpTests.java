package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mlready.support.WebClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A person changes their password, downloads their data, deletes their account, and gets back in with an
 * administrator's reset link, through the pages and the API as they would. Runs once per database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mlready.admin.email=root@mlready.test", "mlready.admin.password=admin-pass-2026"})
abstract class AccountSelfServiceHttpTests {

    static final String PASSWORD = "study-hard-2026";
    static final String ADMIN = "root@mlready.test";
    static final String ADMIN_PASSWORD = "admin-pass-2026";

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    WebClient browser() {
        return new WebClient(port);
    }

    static String email() {
        return "self-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    WebClient signedUp(String email) {
        var web = browser();
        assertThat(web.signUp(email, "Self Service", PASSWORD).status()).isEqualTo(302);
        return web;
    }

    long idOf(String email, String password) {
        var profile = browser().api("GET", "/api/me/profile", null, email, password);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        return json.readTree(profile.body()).get("id").asLong();
    }

    @Test
    void changingThePasswordChecksTheCurrentOneAndSignsOutOtherDevices() {
        String email = email();
        var laptop = signedUp(email);
        var phone = browser();
        assertThat(phone.logIn(email, PASSWORD).location()).endsWith("/dashboard");
        assertThat(phone.get("/dashboard").status()).isEqualTo(200);

        var page = laptop.get("/account");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Change password", "Download my data", "Delete my account", email);

        var wrong = laptop.postForm("/account/password", "/account", Map.of("currentPassword", "not-my-password-1",
                "newPassword", "fresh-start-2027", "confirmPassword", "fresh-start-2027"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.body()).contains("That is not your current password.");
        var differ = laptop.postForm("/account/password", "/account", Map.of("currentPassword", PASSWORD,
                "newPassword", "fresh-start-2027", "confirmPassword", "fresh-start-2028"));
        assertThat(differ.status()).isEqualTo(400);
        assertThat(differ.body()).contains("The two new passwords differ.");
        var weak = laptop.postForm("/account/password", "/account", Map.of("currentPassword", PASSWORD,
                "newPassword", "short", "confirmPassword", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("at least 10 characters");

        var changed = laptop.postForm("/account/password", "/account", Map.of("currentPassword", PASSWORD,
                "newPassword", "fresh-start-2027", "confirmPassword", "fresh-start-2027"));
        assertThat(changed.status()).isEqualTo(302);
        assertThat(changed.location()).endsWith("/account");
        assertThat(laptop.get("/account").body()).contains("Your password is changed.", "Signed out on 1 other device(s).");
        assertThat(phone.get("/dashboard").status()).as("the other device is signed out").isEqualTo(302);
        assertThat(browser().logIn(email, PASSWORD).location()).contains("/login?error");
        assertThat(browser().logIn(email, "fresh-start-2027").location()).endsWith("/dashboard");

        var api = browser().api("PUT", "/api/me/password", "{\"currentPassword\":\"fresh-start-2027\",\"newPassword\":\"second-wind-2028\"}",
                email, "fresh-start-2027");
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        assertThat(browser().api("GET", "/api/me/profile", null, email, "second-wind-2028").status()).isEqualTo(200);
        var apiWrong = browser().api("PUT", "/api/me/password", "{\"currentPassword\":\"nope-nope-nope\",\"newPassword\":\"third-time-2029\"}",
                email, "second-wind-2028");
        assertThat(apiWrong.status()).isEqualTo(403);
        assertThat(apiWrong.body()).contains("not your current password").doesNotContain("Exception");
    }

    @Test
    void wrongPasswordsOnTheAccountPageCountTowardsTheLoginLock() {
        String email = email();
        var web = signedUp(email);
        for (int i = 0; i < 5; i++) {
            var wrong = web.postForm("/account/password", "/account", Map.of("currentPassword", "guess-" + i + "-xxxxx",
                    "newPassword", "fresh-start-2027", "confirmPassword", "fresh-start-2027"));
            assertThat(wrong.status()).isEqualTo(403);
        }
        var locked = web.postForm("/account/password", "/account", Map.of("currentPassword", PASSWORD,
                "newPassword", "fresh-start-2027", "confirmPassword", "fresh-start-2027"));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).contains("Too many wrong passwords");
        assertThat(browser().logIn(email, PASSWORD).location()).endsWith("/login?locked");
    }

    @Test
    void theExportHoldsWhatTheLearnerDid() {
        String email = email();
        var web = signedUp(email);
        web.postForm("/profile", "/profile", Map.of("displayName", "Exporter", "background", "software-engineering",
                "weeklyHours", "7"));
        var started = browser().api("POST", "/api/readiness", null, email, PASSWORD);
        String checkId = json.readTree(started.body()).get("id").asString();
        JsonNode next = json.readTree(browser().api("GET", "/api/readiness/" + checkId + "/next", null, email, PASSWORD).body());
        String itemId = next.get("itemId").asString();
        var answered = browser().api("POST", "/api/readiness/" + checkId + "/responses",
                "{\"itemId\":\"" + itemId + "\",\"dontKnow\":true}", email, PASSWORD);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        var download = web.download("/api/me/export");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=\"mlready-data-");
        JsonNode export = json.readTree(download.body());
        assertThat(export.get("account").get("email").asString()).isEqualTo(email);
        assertThat(export.get("account").get("weeklyHours").asInt()).isEqualTo(7);
        assertThat(export.get("readinessChecks").get("checks")).hasSize(1);
        JsonNode answer = export.get("readinessChecks").get("answers").get(0);
        assertThat(answer.get("item_id").asString()).isEqualTo(itemId);
        assertThat(answer.get("answer").asString()).isEqualTo("DONT_KNOW");
        assertThat(answer.get("answered_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(export.get("practice").get("answers").get(0).get("context").asString()).isEqualTo("READINESS");
        for (String section : new String[] {"progress", "plan", "labs", "cohorts"}) {
            assertThat(export.has(section)).as(section).isTrue();
        }
        assertThat(new String(download.body())).doesNotContain("password", "calendar_token");
        assertThat(browser().get("/api/me/export").status()).as("signed out").isIn(302, 401);
    }

    @Test
    void deletingTheAccountNeedsThePasswordAndTheTickAndRemovesEverything() {
        String email = email();
        var web = signedUp(email);
        long id = idOf(email, PASSWORD);
        browser().api("POST", "/api/readiness", null, email, PASSWORD);

        var unticked = web.postForm("/account/delete", "/account", Map.of("password", PASSWORD));
        assertThat(unticked.status()).isEqualTo(400);
        assertThat(unticked.body()).contains("Tick the box");
        var wrong = web.postForm("/account/delete", "/account", Map.of("password", "not-it-at-all", "understood", "true"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(browser().api("GET", "/api/me/profile", null, email, PASSWORD).status()).isEqualTo(200);

        var deleted = web.postForm("/account/delete", "/account", Map.of("password", PASSWORD, "understood", "true"));
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(deleted.location()).endsWith("/?accountDeleted");
        assertThat(web.get("/?accountDeleted").body()).contains("Your account and everything stored about it are deleted.");
        assertThat(web.get("/dashboard").status()).isEqualTo(302);
        assertThat(browser().logIn(email, PASSWORD).location()).contains("/login?error");
        var accounts = browser().api("GET", "/api/admin/accounts", null, ADMIN, ADMIN_PASSWORD).body();
        assertThat(accounts).doesNotContain(email).doesNotContain("\"id\":" + id + ",");
        assertThat(signedUp(email).get("/dashboard").status()).as("the email is free again").isEqualTo(200);
    }

    @Test
    void theOnlyAdministratorCannotDeleteThemselves() {
        var refused = browser().api("POST", "/api/me/deletion", "{\"password\":\"" + ADMIN_PASSWORD + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("only administrator");
        assertThat(browser().api("GET", "/api/me/profile", null, ADMIN, ADMIN_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorsResetLinkWorksOnceAndReplacesOlderLinks() {
        String email = email();
        signedUp(email);
        long id = idOf(email, PASSWORD);
        assertThat(browser().api("POST", "/api/admin/accounts/" + id + "/reset-links", null, email, PASSWORD).status())
                .as("learners cannot make links").isEqualTo(403);
        assertThat(browser().api("POST", "/api/admin/accounts/999999/reset-links", null, ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(404);

        String older = linkPath(browser().api("POST", "/api/admin/accounts/" + id + "/reset-links", null, ADMIN, ADMIN_PASSWORD));
        String link = linkPath(browser().api("POST", "/api/admin/accounts/" + id + "/reset-links", null, ADMIN, ADMIN_PASSWORD));
        var stranger = browser();
        assertThat(stranger.get(older).status()).as("replaced by the newer link").isEqualTo(410);
        var form = stranger.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.headers().firstValue("Referrer-Policy")).as("the secret link never leaves in a Referer").hasValue("same-origin");
        assertThat(form.body()).contains("Choose a new password", email);

        var differ = stranger.postForm(link, link, Map.of("newPassword", "back-in-2027-x", "confirmPassword", "back-in-2027-y"));
        assertThat(differ.status()).isEqualTo(400);
        assertThat(differ.body()).contains("The two passwords differ.");
        var weak = stranger.postForm(link, link, Map.of("newPassword", "password123", "confirmPassword", "password123"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("too common");
        var reset = stranger.postForm(link, link, Map.of("newPassword", "back-in-2027-x", "confirmPassword", "back-in-2027-x"));
        assertThat(reset.status()).isEqualTo(302);
        assertThat(reset.location()).endsWith("/login?reset");
        assertThat(stranger.get("/login?reset").body()).contains("Your password is changed.");
        assertThat(browser().logIn(email, "back-in-2027-x").location()).endsWith("/dashboard");
        assertThat(browser().logIn(email, PASSWORD).location()).contains("/login?error");
        var reused = stranger.get(link);
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.body()).contains("expired or was already used");
        assertThat(stranger.get("/reset-password/not-a-token").status()).isEqualTo(410);

        var admin = browser();
        admin.logIn(ADMIN, ADMIN_PASSWORD);
        var fromPage = admin.postForm("/admin/accounts/" + id + "/reset-link", "/admin/accounts", Map.of());
        assertThat(fromPage.status()).isEqualTo(302);
        var shown = admin.get("/admin/accounts").body();
        assertThat(shown).contains("One-time password reset link").containsPattern("/reset-password/[A-Za-z0-9_-]{43}\"");
        assertThat(admin.get("/admin/accounts").body()).as("shown once").doesNotContain("One-time password reset link");
    }

    private String linkPath(WebClient.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String url = json.readTree(created.body()).get("url").asString();
        assertThat(url).matches("http://localhost:\\d+/reset-password/[A-Za-z0-9_-]{43}");
        return java.net.URI.create(url).getPath();
    }
}
