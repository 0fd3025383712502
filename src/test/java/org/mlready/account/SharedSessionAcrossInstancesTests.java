package org.mlready.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlready.MlreadyApplication;
import org.mlready.support.TestPostgres;
import org.mlready.support.WebClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one PostgreSQL, as behind a load balancer: a login made on one is honoured by the other, and
 * failed logins are counted across both.
 */
class SharedSessionAcrossInstancesTests {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        TestPostgres.Database database = TestPostgres.freshDatabase();
        first = start(database);
        second = start(database);
    }

    private static ConfigurableApplicationContext start(TestPostgres.Database database) {
        var properties = new java.util.HashMap<String, Object>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", database.url());
        if (database.user() != null) {
            properties.put("spring.datasource.username", database.user());
            properties.put("spring.datasource.password", database.password());
        }
        return new SpringApplicationBuilder(MlreadyApplication.class).properties(properties).run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aLoginOnOneInstanceContinuesOnTheOther() {
        var onFirst = new WebClient(port(first));
        var signUp = onFirst.signUp("shared-" + System.nanoTime() + "@example.org", "Shared", "session-across-2");
        assertThat(signUp.location()).as(signUp.status() + " " + signUp.body()).endsWith("/profile?welcome");
        onFirst.postForm("/profile", "/profile", Map.of("displayName", "Shared Learner", "background", "beginner", "weeklyHours", "6"));

        var onSecond = new WebClient(port(second));
        for (HttpCookie cookie : onFirst.cookies().getCookieStore().getCookies()) {
            onSecond.cookies().getCookieStore().add(URI.create("http://localhost:" + port(second)), cookie);
        }
        var dashboard = onSecond.get("/dashboard");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Hello, Shared Learner");

        // a change made through the second instance is seen by the first, and logging out on one ends the session on both
        assertThat(onSecond.postHtmx("/progress/resources/pytorch-tutorials", "/dashboard", Map.of("done", "true")).status()).isEqualTo(200);
        assertThat(onFirst.getJson("/api/me/progress").body()).contains("pytorch-tutorials");
        onSecond.postForm("/logout", "/dashboard", Map.of());
        assertThat(onFirst.get("/dashboard").status()).isEqualTo(302);
    }

    @Test
    void failedLoginsSplitAcrossInstancesLockTheEmailOnBoth() {
        String email = "guessed-" + System.nanoTime() + "@example.org";
        assertThat(new WebClient(port(first)).signUp(email, "Guessed", "the-real-one-2026").status()).isEqualTo(302);
        for (int i = 0; i < 3; i++) {
            assertThat(new WebClient(port(first)).logIn(email, "guess-" + i + "-xxxx").location()).endsWith("/login?error");
        }
        for (int i = 3; i < 5; i++) {
            assertThat(new WebClient(port(second)).logIn(email, "guess-" + i + "-xxxx").location()).endsWith("/login?error");
        }
        assertThat(new WebClient(port(first)).logIn(email, "the-real-one-2026").location())
                .as("locked on the first instance by failures counted on both").endsWith("/login?locked");
        assertThat(new WebClient(port(second)).logIn(email, "the-real-one-2026").location()).endsWith("/login?locked");
    }
}
