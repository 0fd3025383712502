package org.mlready.progress;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgressStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProgressStore(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    Progress load(long accountId) {
        var resources = new HashSet<>(jdbc.sql("select resource_id from completed_resources where account_id = ?")
                .param(accountId).query(String.class).list());
        var topics = new HashSet<>(jdbc.sql("select topic_id from studied_topics where account_id = ?")
                .param(accountId).query(String.class).list());
        Map<String, Integer> confidence = new HashMap<>();
        jdbc.sql("select skill_id, confidence from skill_confidence where account_id = ?").param(accountId)
                .query(rs -> {
                    confidence.put(rs.getString(1), rs.getInt(2));
                });
        var checkpoints = new HashSet<>(jdbc.sql("select topic_ids from checkpoint_passes where account_id = ?")
                .param(accountId).query(String.class).list());
        var mastered = new HashSet<>(jdbc.sql("select skill_id from skill_mastery where account_id = ? and probability >= ?")
                .params(accountId, KnowledgeTracing.MASTERED).query(String.class).list());
        return new Progress(resources, topics, confidence, checkpoints, mastered);
    }

    void setResourceDone(long accountId, String resourceId, boolean done) {
        jdbc.sql("delete from completed_resources where account_id = ? and resource_id = ?").params(accountId, resourceId).update();
        if (done) {
            jdbc.sql("insert into completed_resources (account_id, resource_id, completed_at) values (?, ?, ?)")
                    .params(accountId, resourceId, now()).update();
        }
    }

    void setTopicStudied(long accountId, String topicId, boolean studied) {
        jdbc.sql("delete from studied_topics where account_id = ? and topic_id = ?").params(accountId, topicId).update();
        if (studied) {
            jdbc.sql("insert into studied_topics (account_id, topic_id, studied_at) values (?, ?, ?)")
                    .params(accountId, topicId, now()).update();
        }
    }

    void setConfidence(long accountId, String skillId, Integer level) {
        jdbc.sql("delete from skill_confidence where account_id = ? and skill_id = ?").params(accountId, skillId).update();
        if (level != null) {
            jdbc.sql("insert into skill_confidence (account_id, skill_id, confidence, rated_at) values (?, ?, ?, ?)")
                    .params(accountId, skillId, level, now()).update();
        }
    }

    /** Keeps the first pass: a later pass of the same checkpoint changes nothing. */
    void addCheckpointPass(long accountId, String topicKey) {
        Integer known = jdbc.sql("select count(*) from checkpoint_passes where account_id = ? and topic_ids = ?")
                .params(accountId, topicKey).query(Integer.class).single();
        if (known == 0) {
            jdbc.sql("insert into checkpoint_passes (account_id, topic_ids, passed_at) values (?, ?, ?)")
                    .params(accountId, topicKey, now()).update();
        }
    }

    void clear(long accountId) {
        jdbc.sql("delete from completed_resources where account_id = ?").param(accountId).update();
        jdbc.sql("delete from studied_topics where account_id = ?").param(accountId).update();
        jdbc.sql("delete from skill_confidence where account_id = ?").param(accountId).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
