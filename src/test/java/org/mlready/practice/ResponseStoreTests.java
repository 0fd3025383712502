package org.mlready.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.check.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A learner's practice history is read once per web request, and an answer stored in that request is not missed. */
class ResponseStoreTests {

    private JdbcClient jdbc;
    private ResponseStore store;
    private long learner;

    @BeforeEach
    void database() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:file:./target/response-store-tests/" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        store = new ResponseStore(jdbc, Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
        jdbc.sql("insert into accounts (email, display_name, password_hash, role, created_at) values ('a@example.org', 'A', 'x', 'LEARNER', current_timestamp)")
                .update();
        learner = jdbc.sql("select id from accounts").query(Long.class).single();
        store.insert(learner, "dot-product", 1, "vector-operations", "3", Verdict.CORRECT, 0, 2, 0.0);
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void withinOneRequestTheHistoryIsReadOnceAndSeesAnswersStoredInThatRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        var first = store.practiceHistory(learner);
        jdbc.sql("update item_responses set verdict = 'INCORRECT'").update();
        assertThat(store.practiceHistory(learner)).isSameAs(first).singleElement().matches(ResponseStore.PracticeAnswer::correct);

        store.insert(learner, "dot-product", 2, "vector-operations", "4", Verdict.INCORRECT, 1, 3, 0.25);
        var afterAnswer = store.practiceHistory(learner);
        assertThat(afterAnswer).hasSize(2).noneMatch(ResponseStore.PracticeAnswer::correct);
        assertThat(afterAnswer.get(1).hintsUsed()).isEqualTo(1);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(store.practiceHistory(learner)).isNotSameAs(afterAnswer).hasSize(2);
    }

    @Test
    void outsideAWebRequestEveryCallReadsTheDatabase() {
        var first = store.practiceHistory(learner);
        jdbc.sql("update item_responses set verdict = 'INCORRECT'").update();
        assertThat(first).singleElement().matches(ResponseStore.PracticeAnswer::correct);
        assertThat(store.practiceHistory(learner)).singleElement().matches(a -> !a.correct());
    }

    @Test
    void answersOfAnotherLearnerAreNotShared() {
        jdbc.sql("insert into accounts (email, display_name, password_hash, role, created_at) values ('b@example.org', 'B', 'x', 'LEARNER', current_timestamp)")
                .update();
        long other = jdbc.sql("select id from accounts where email = 'b@example.org'").query(Long.class).single();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(store.practiceHistory(learner)).hasSize(1);
        assertThat(store.practiceHistory(other)).isEmpty();
    }

    @Test
    void anAnswerKeepsItsQuestionsHintCountAndGuessChanceAndOlderAnswersHaveNone() {
        jdbc.sql("insert into item_responses (account_id, family_id, seed, skill_id, context, response, verdict, hints_used, answered_at) "
                + "values (?, 'dot-product', 7, 'vector-operations', 'PRACTICE', '1', 'CORRECT', 0, ?)")
                .params(learner, java.time.OffsetDateTime.parse("2026-11-19T10:00:00Z")).update();
        store.insert(learner, "dot-product", 2, "vector-operations", "4", Verdict.INCORRECT, 1, 3, 0.25);

        var history = store.practiceHistory(learner);

        assertThat(history).extracting(ResponseStore.PracticeAnswer::hintsOffered).containsExactly(null, 2, 3);
        assertThat(history).extracting(ResponseStore.PracticeAnswer::guessChance).containsExactly(null, 0.0, 0.25);
        // stored facts are used as they are: this lookup has no item bank to rebuild questions from
        var facts = new AnsweredItemFacts(null);
        assertThat(facts.of(history.get(2))).contains(new AnsweredItemFacts.Facts(3, 0.25));
        assertThat(facts.of(history.get(2)).orElseThrow().helpedByAllHints(3)).isTrue();
    }
}
