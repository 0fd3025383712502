package org.mlready.practice;

import java.time.Instant;
import java.util.List;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Everything a learner has answered (practice, review, readiness checks, checkpoints), newest first, a page at a time. */
@Service
class AnswerLog {

    static final int MAX_PAGE_SIZE = 100;

    /**
     * @param retryPath where the same question can be tried again (practice and checkpoint questions), or null for a
     *                  readiness question, which stays out of practice
     */
    record Entry(Instant answeredAt, String context, String skillId, String skillTitle, String topicId, String familyId,
                 long seed, String response, String verdict, int hintsUsed, String retryPath) {
    }

    record Page(int page, int size, int total, int pages, List<Entry> answers) {
    }

    private final ResponseStore responses;
    private final Curriculum curriculum;

    AnswerLog(ResponseStore responses, Curriculum curriculum) {
        this.responses = responses;
        this.curriculum = curriculum;
    }

    Page page(long accountId, int page, int size) {
        if (page < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        int total = responses.answerCount(accountId);
        long offset = (long) page * size;
        List<Entry> entries = offset >= total ? List.of()
                : responses.answerLog(accountId, (int) offset, size).stream().map(this::entry).toList();
        return new Page(page, size, total, (total + size - 1) / size, entries);
    }

    private Entry entry(ResponseStore.LoggedAnswer answer) {
        Skill skill = curriculum.skill(answer.skillId()).orElse(null);
        String topicId = skill == null ? null : skill.topicId();
        String retry = topicId == null || answer.context().equals("READINESS") ? null
                : "/practice/" + topicId + "/" + answer.familyId() + "/" + answer.seed();
        return new Entry(answer.answeredAt(), answer.context(), answer.skillId(), skill == null ? answer.skillId() : skill.title(),
                topicId, answer.familyId(), answer.seed(), answer.response(), answer.verdict().name(), answer.hintsUsed(), retry);
    }
}
