package org.mlready.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.ItemBank;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.progress.GradedAnswer;
import org.mlready.progress.KnowledgeTracing;
import org.mlready.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Latency of the learner pages that replay a learner's whole practice history, for learners with 0, 500, 2,000 and
 * 10,000 stored practice answers and one finished readiness check. Not part of the test suite (its name does not end
 * in Tests); see BENCHMARKS.md, "Learner pages with long histories":
 * <pre>./mvnw -q test -Dtest=LearnerPagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dpg=jdbc:postgresql://127.0.0.1:5432/mlready_perf?user=postgres]</pre>
 * The application runs in this JVM on a random port (H2 file database under target/, or the PostgreSQL named by
 * {@code -Dpg}); every request goes through the real HTTP stack with a logged-in session. Each learner signs up and
 * finishes a readiness check through the API ("I don't know" to every question); the practice answers are inserted
 * through JDBC: questions of real item families and seeds, spread over the skills and over the last 180 days, about
 * 70% right, one in ten with a hint, 1% unreadable, and skill_mastery set to what knowledge tracing gives for exactly
 * those answers (as practice would have stored it). "Cold" clears the cache of answered questions' facts before each
 * timed request; "warm" times repeated requests with it filled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LearnerPagesBenchmark {

    private static final String PASSWORD = "long-history-2026";
    private static final List<String> PAGES = List.of("/dashboard", "/review", "/ready", "/api/me/progress/history", "/api/me/reviews");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String pg = System.getProperty("pg");
        if (pg != null && !pg.isBlank()) {
            registry.add("spring.datasource.url", () -> pg);
            registry.add("spring.datasource.username", () -> "postgres");
        } else {
            registry.add("mlready.data-dir", () -> Path.of("target", "perf-h2-" + UUID.randomUUID()).toAbsolutePath().toString());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ItemBank bank;

    @Autowired
    AnsweredItemFacts facts;

    @Test
    void learnerPagesWithLongHistories() throws Exception {
        int[] sizes = java.util.Arrays.stream(System.getProperty("answers", "0,500,2000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int coldRuns = Integer.getInteger("coldRuns", 10);
        int warmRuns = Integer.getInteger("warmRuns", 20);
        String database = System.getProperty("pg") == null ? "H2 (file)" : "PostgreSQL";

        Map<Integer, WebClient> learners = new HashMap<>();
        for (int size : sizes) {
            learners.put(size, learnerWith(size));
        }
        // JIT and connection-pool warm-up on the largest learner but one, not recorded.
        WebClient warmUp = learners.get(sizes[Math.max(0, sizes.length - 2)]);
        for (int i = 0; i < 5; i++) {
            for (String page : PAGES) {
                fetch(warmUp, page);
            }
        }

        StringBuilder table = new StringBuilder();
        table.append("| database | answers | page | cold p50 ms | cold p95 ms | warm p50 ms | warm p95 ms |\n");
        table.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (int size : sizes) {
            WebClient web = learners.get(size);
            for (String page : PAGES) {
                List<Long> cold = new ArrayList<>();
                for (int i = 0; i < coldRuns; i++) {
                    clearFactsCache();
                    cold.add(fetch(web, page));
                }
                fetch(web, page);
                List<Long> warm = new ArrayList<>();
                for (int i = 0; i < warmRuns; i++) {
                    warm.add(fetch(web, page));
                }
                String row = String.format("| %s | %,d | `%s` | %.0f | %.0f | %.0f | %.0f |%n", database, size, page,
                        percentile(cold, 0.50), percentile(cold, 0.95), percentile(warm, 0.50), percentile(warm, 0.95));
                System.out.print(row);
                table.append(row);
            }
        }
        System.out.print(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "learner-pages-" + (System.getProperty("pg") == null ? "h2" : "postgres") + ".md"), table);
    }

    private long fetch(WebClient web, String page) {
        long start = System.nanoTime();
        var response = page.startsWith("/api/") ? web.getJson(page) : web.get(page);
        long elapsed = System.nanoTime() - start;
        assertThat(response.status()).as(page + ": " + response.body()).isEqualTo(200);
        return elapsed;
    }

    @SuppressWarnings("unchecked")
    private void clearFactsCache() {
        ((Map<String, ?>) ReflectionTestUtils.getField(facts, "cache")).clear();
    }

    private WebClient learnerWith(int answers) {
        String email = "long-" + answers + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        WebClient web = new WebClient(port);
        assertThat(web.signUp(email, "Long History", PASSWORD).status()).isIn(200, 302, 303);
        web.logIn(email, PASSWORD);
        finishReadinessCheck(web);
        long accountId = jdbc.queryForObject("select id from accounts where email = ?", Long.class, email);
        seedPractice(accountId, answers, new Random(answers));
        return web;
    }

    private void finishReadinessCheck(WebClient web) {
        String token = web.csrfToken("/readiness");
        var started = web.send(HttpRequest.newBuilder(web.uri("/api/readiness")).POST(HttpRequest.BodyPublishers.noBody())
                .header("X-CSRF-TOKEN", token).header("Accept", "application/json"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        String next = web.getJson("/api/readiness/" + id + "/next").body();
        for (int guard = 0; guard < 200 && !next.contains("\"finished\":true"); guard++) {
            String itemId = next.replaceAll("(?s).*\"itemId\":\"([^\"]+)\".*", "$1");
            var answered = web.send(HttpRequest.newBuilder(web.uri("/api/readiness/" + id + "/responses"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"itemId\":\"" + itemId + "\",\"dontKnow\":true}"))
                    .header("Content-Type", "application/json").header("Accept", "application/json").header("X-CSRF-TOKEN", token));
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
            next = web.getJson("/api/readiness/" + id + "/next").body();
        }
        assertThat(next).contains("\"finished\":true");
    }

    /** Inserts {@code count} practice answers and the skill_mastery rows knowledge tracing gives for them. */
    private static final boolean OLD_ROWS = Boolean.getBoolean("oldRows");

    private void seedPractice(long accountId, int count, Random random) {
        Map<String, List<ItemFamily>> bySkill = new HashMap<>();
        for (ItemFamily family : bank.families()) {
            bySkill.computeIfAbsent(family.skillId(), s -> new ArrayList<>()).add(family);
        }
        List<String> skills = new ArrayList<>(bySkill.keySet());
        Collections.sort(skills);
        Instant first = Instant.now().minus(Duration.ofDays(180));
        long span = Duration.ofDays(180).minusHours(1).toSeconds();
        Map<String, double[]> mastery = new HashMap<>(); // probability, attempts, correct
        Map<String, Integer> seen = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String skill = skills.get(random.nextInt(skills.size()));
            List<ItemFamily> families = bySkill.get(skill);
            ItemFamily family = families.get(random.nextInt(families.size()));
            long seed = random.nextInt(1_000_000);
            int attempt = seen.merge(skill, 1, Integer::sum);
            boolean unreadable = random.nextDouble() < 0.01;
            boolean correct = !unreadable && random.nextDouble() < Math.min(0.9, 0.5 + 0.05 * attempt);
            ItemInstance item = family.generate(seed);
            int hints = item.hints().isEmpty() || random.nextDouble() >= 0.1 ? 0 : 1;
            Instant at = first.plusSeconds(span * i / Math.max(1, count));
            // -DoldRows=true: answers as stored before V13, without their question's hint count and guess chance
            rows.add(new Object[] {accountId, family.id(), seed, skill, "benchmark answer",
                    unreadable ? "UNREADABLE" : correct ? "CORRECT" : "INCORRECT", hints, Timestamp.from(at),
                    OLD_ROWS ? null : item.hints().size(), OLD_ROWS ? null : item.irt().c()});
            if (!unreadable) {
                double[] state = mastery.computeIfAbsent(skill, s -> new double[] {KnowledgeTracing.DEFAULT.initial(), 0, 0});
                state[0] = KnowledgeTracing.DEFAULT.afterAnswer(state[0], correct,
                        GradedAnswer.helpedByHints(hints, item.hints().size()), item.irt().c());
                state[1]++;
                state[2] += correct ? 1 : 0;
            }
        }
        jdbc.batchUpdate("insert into item_responses (account_id, family_id, seed, skill_id, context, response, verdict, hints_used, "
                + "answered_at, hints_offered, guess_chance) values (?, ?, ?, ?, 'PRACTICE', ?, ?, ?, ?, ?, ?)", rows);
        List<Object[]> masteryRows = mastery.entrySet().stream().map(e -> new Object[] {accountId, e.getKey(), e.getValue()[0],
                (int) e.getValue()[1], (int) e.getValue()[2], Timestamp.from(Instant.now())}).toList();
        jdbc.batchUpdate("insert into skill_mastery (account_id, skill_id, probability, attempts, correct, updated_at) values (?, ?, ?, ?, ?, ?)",
                masteryRows);
    }

    private static double percentile(List<Long> samples, double q) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
