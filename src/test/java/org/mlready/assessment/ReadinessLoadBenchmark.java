package org.mlready.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mlready.support.WebClient;

/**
 * Load generator for the readiness check's "answer and get the next question" round trip, run against a server
 * that is already running (see BENCHMARKS.md). Not part of the test suite (its name does not end in Tests):
 * <pre>mvn -o -q test -Dtest=ReadinessLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbase=http://localhost:8080 -Dlearners=500 -Danswers=10</pre>
 * Each simulated learner signs up and logs in (untimed), starts a check, then all learners at once answer
 * {@code answers} questions; every answer-plus-next-question round trip is timed.
 */
class ReadinessLoadBenchmark {

    @Test
    void answerAndNextRoundTripUnderConcurrentLearners() throws Exception {
        String base = System.getProperty("base", "http://localhost:8080");
        int learners = Integer.getInteger("learners", 500);
        int answers = Integer.getInteger("answers", 10);
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        CountDownLatch ready = new CountDownLatch(learners);
        CountDownLatch go = new CountDownLatch(1);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        long[] window = new long[2];
        for (int i = 0; i < learners; i++) {
            pool.submit(() -> {
                WebClient web = new WebClient(base);
                String email = "load-" + UUID.randomUUID() + "@example.org";
                String id;
                String token;
                try {
                    web.signUp(email, "Load", "load-testing-2026");
                    token = web.csrfToken("/readiness");
                    var started = web.send(HttpRequest.newBuilder(web.uri("/api/readiness")).POST(HttpRequest.BodyPublishers.noBody())
                            .header("X-CSRF-TOKEN", token).header("Accept", "application/json"));
                    id = started.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
                    if (started.status() != 201) {
                        throw new IllegalStateException("start: " + started.status() + " " + started.body());
                    }
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                    errorSamples.add("setup: " + e.getMessage());
                    ready.countDown();
                    return;
                }
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                String next = web.getJson("/api/readiness/" + id + "/next").body();
                for (int a = 0; a < answers && !next.contains("\"finished\":true"); a++) {
                    String itemId = next.replaceAll("(?s).*\"itemId\":\"([^\"]+)\".*", "$1");
                    long start = System.nanoTime();
                    var answered = web.send(HttpRequest.newBuilder(web.uri("/api/readiness/" + id + "/responses"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"itemId\":\"" + itemId + "\",\"dontKnow\":true}"))
                            .header("Content-Type", "application/json").header("Accept", "application/json").header("X-CSRF-TOKEN", token));
                    var following = web.getJson("/api/readiness/" + id + "/next");
                    latencies.add(System.nanoTime() - start);
                    if (answered.status() != 200 || following.status() != 200) {
                        errors.incrementAndGet();
                        errorSamples.add(answered.status() + "/" + following.status() + " " + answered.body());
                    }
                    next = following.body();
                }
            });
        }
        ready.await(15, TimeUnit.MINUTES);
        window[0] = System.nanoTime();
        go.countDown();
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        window[1] = System.nanoTime();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double seconds = (window[1] - window[0]) / 1e9;
        String report = String.format("| %s | %d | %d | %d | %.1f | %.0f | %.0f | %.0f |%n", base, learners, sorted.size(), errors.get(),
                sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99));
        System.out.println("| server | learners | round trips | errors | round trips/s | p50 ms | p95 ms | p99 ms |");
        System.out.print(report);
        errorSamples.stream().limit(5).forEach(System.out::println);
        Files.writeString(Path.of("target/readiness-load.md"), report);
        assertThat(errors.get()).isZero();
    }

    private static double percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

}
