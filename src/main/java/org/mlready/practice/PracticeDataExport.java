package org.mlready.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.account.PersonalDataSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every answer a person gave (practice, review, readiness and checkpoint quizzes), their checkpoint quizzes and their mastery per skill, for "Download my data". */
@Configuration(proxyBeanMethods = false)
class PracticeDataExport {

    @Bean
    PersonalDataSection practiceData(JdbcClient jdbc) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("answers", "select family_id, seed, skill_id, context, response, verdict, hints_used, answered_at from item_responses where account_id = ? order by answered_at, id");
        queries.put("skillMastery", "select skill_id, probability, attempts, correct, updated_at from skill_mastery where account_id = ? order by skill_id");
        queries.put("checkpointQuizzes", "select id, topic_ids, random_seed, question_count, started_at, completed_at, correct_count, score_percent, passed from checkpoint_quizzes where account_id = ? order by started_at, id");
        queries.put("checkpointAnswers", "select a.quiz_id, a.position, a.family_id, a.seed, a.skill_id, a.topic_id, a.response, a.verdict, a.answered_at from checkpoint_answers a join checkpoint_quizzes q on q.id = a.quiz_id where q.account_id = ? order by a.quiz_id, a.position");
        return PersonalDataSection.ofQueries("practice", jdbc, queries);
    }
}
