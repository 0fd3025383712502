package org.mlready.practice;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.mlready.assessment.ItemBank;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.check.CheckResult;
import org.mlready.assessment.item.check.Verdict;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.Topic;
import org.mlready.practice.checkpoint.CheckpointSelection;
import org.mlready.progress.LearnerProgress;
import org.mlready.progress.Progress;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Checkpoint quizzes: a short auto-graded quiz over a set of topics (a plan week's), its questions chosen from a
 * stored seed ({@link CheckpointSelection}). Each answer is committed when it is given, with its item_responses row
 * (context CHECKPOINT, for item statistics; never replayed into mastery); the last answer completes the quiz and, at
 * {@link #PASS_PERCENT}% or more, records the pass in the learner's progress, which marks the plan's checkpoint done.
 */
@Service
class Checkpoints {

    static final int PASS_PERCENT = 70;
    static final int MAX_TOPICS = 12;

    /** The question waiting at {@code position} (0-based) of {@code total}. */
    record Current(CheckpointStore.QuizRow quiz, int position, int total, String topicId, ItemInstance item) {
    }

    record Started(CheckpointStore.QuizRow quiz, boolean created) {
    }

    /** {@code recorded} is false for an unreadable answer, which is returned for correction and not stored. */
    record AnswerOutcome(boolean recorded, CheckResult result, boolean finished) {
    }

    record TopicScore(String topicId, String title, int correct, int total) {
    }

    /**
     * For a choice question {@code choices} is true and the response and right answer are the choices' texts
     * (Markdown); otherwise they are plain text.
     */
    record AnsweredQuestion(int position, String topicId, String topicTitle, String skillTitle, ItemInstance item,
                            String response, boolean correct, String correctAnswer, boolean choices) {
    }

    record Result(CheckpointStore.QuizRow quiz, List<Topic> topics, int correct, int total, int percent, boolean passed,
                  List<TopicScore> topicScores, List<AnsweredQuestion> questions) {
    }

    /** What the start page shows for a set of topics. */
    record Overview(List<Topic> topics, int questionCount, Optional<CheckpointStore.QuizRow> unfinished, int answered,
                    List<CheckpointStore.QuizRow> completed, boolean passed) {
    }

    private final ItemBank bank;
    private final Curriculum curriculum;
    private final CheckpointStore store;
    private final ResponseStore responses;
    private final LearnerProgress progress;
    private final TransactionTemplate transactions;
    private final Random random = new SecureRandom();

    Checkpoints(ItemBank bank, Curriculum curriculum, CheckpointStore store, ResponseStore responses,
                LearnerProgress progress, PlatformTransactionManager transactionManager) {
        this.bank = bank;
        this.curriculum = curriculum;
        this.store = store;
        this.responses = responses;
        this.progress = progress;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The topics, checked to exist, without repeats, sorted by id (the order a quiz stores them in). */
    List<Topic> topics(List<String> topicIds) {
        if (topicIds == null || topicIds.stream().allMatch(id -> id == null || id.isBlank())) {
            throw badRequest("Name the topics of the checkpoint (topicIds), for example [\"linear-algebra\"].");
        }
        TreeSet<String> ids = new TreeSet<>();
        for (String id : topicIds) {
            if (id != null && !id.isBlank()) {
                ids.add(id.strip());
            }
        }
        if (ids.size() > MAX_TOPICS) {
            throw badRequest("A checkpoint covers at most " + MAX_TOPICS + " topics, not " + ids.size() + ".");
        }
        List<Topic> topics = new ArrayList<>();
        for (String id : ids) {
            topics.add(curriculum.topic(id).orElseThrow(() -> badRequest("There is no topic called '" + id + "'.")));
        }
        return topics;
    }

    Overview overview(long accountId, List<Topic> topics) {
        String key = key(topics);
        List<CheckpointStore.QuizRow> quizzes = store.forTopics(accountId, key);
        Optional<CheckpointStore.QuizRow> unfinished = quizzes.stream().filter(q -> !q.completed()).findFirst();
        int answered = unfinished.map(q -> store.answers(q.id()).size()).orElse(0);
        return new Overview(topics, selection(topics, 0).size(), unfinished, answered,
                quizzes.stream().filter(CheckpointStore.QuizRow::completed).toList(),
                progress.of(accountId).passedCheckpoint(topics.stream().map(Topic::id).toList()));
    }

    /** Resumes the learner's unfinished quiz on these topics, or starts a new one with a new seed. */
    Started start(long accountId, List<Topic> topics) {
        String key = key(topics);
        Optional<CheckpointStore.QuizRow> unfinished = store.forTopics(accountId, key).stream()
                .filter(q -> !q.completed()).findFirst();
        if (unfinished.isPresent()) {
            return new Started(unfinished.get(), false);
        }
        long seed;
        synchronized (random) {
            seed = random.nextInt(Integer.MAX_VALUE);
        }
        int count = selection(topics, seed).size();
        if (count == 0) {
            throw badRequest("None of these topics has exercises yet, so there is no checkpoint quiz on them.");
        }
        long id = store.create(accountId, key, seed, count);
        return new Started(owned(accountId, id), true);
    }

    /** The question waiting to be answered, or empty once every question is answered. */
    Optional<Current> next(long accountId, long quizId) {
        CheckpointStore.QuizRow quiz = owned(accountId, quizId);
        int answered = store.answers(quizId).size();
        if (quiz.completed() || answered >= quiz.questionCount()) {
            return Optional.empty();
        }
        return Optional.of(current(quiz, answered));
    }

    /**
     * Marks the answer to the question at {@code position} and commits it at once. The key (quiz, position) turns a
     * second answer to the same question, even a concurrent one, into a conflict instead of a double count.
     */
    AnswerOutcome answer(long accountId, long quizId, int position, String response) {
        CheckpointStore.QuizRow quiz = owned(accountId, quizId);
        if (quiz.completed()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "This checkpoint quiz is already finished.");
        }
        if (position < 0 || position >= quiz.questionCount()) {
            throw badRequest("position must be from 0 to " + (quiz.questionCount() - 1) + ", not " + position + ".");
        }
        List<CheckpointStore.AnswerRow> answers = store.answers(quizId);
        if (position < answers.size()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Question " + (position + 1) + " has already been answered.");
        }
        if (position > answers.size()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Answer question " + (answers.size() + 1) + " first: questions are answered in order.");
        }
        String text = response == null ? "" : response.strip();
        if (text.length() > Practice.MAX_RESPONSE_LENGTH) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                    "Your answer is longer than " + Practice.MAX_RESPONSE_LENGTH + " characters.");
        }
        Current current = current(quiz, position);
        ItemInstance item = current.item();
        CheckResult result = bank.check(item, text);
        if (result.verdict() == Verdict.UNREADABLE) {
            return new AnswerOutcome(false, result, false);
        }
        boolean last = position + 1 == quiz.questionCount();
        try {
            transactions.executeWithoutResult(status -> {
                store.addAnswer(quizId, position, item.familyId(), item.seed(), item.skillId(), current.topicId(), text,
                        result.verdict());
                responses.insertCheckpoint(accountId, item.familyId(), item.seed(), item.skillId(), text, result.verdict(),
                        item.hints().size(), item.irt().c());
                if (last) {
                    int correct = (int) store.answers(quizId).stream().filter(a -> a.verdict() == Verdict.CORRECT).count();
                    int percent = percent(correct, quiz.questionCount());
                    store.complete(quizId, correct, percent, percent >= PASS_PERCENT);
                    if (percent >= PASS_PERCENT) {
                        progress.recordCheckpointPass(accountId, quiz.topicIds());
                    }
                }
            });
        } catch (DuplicateKeyException answeredMeanwhile) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Question " + (position + 1) + " has already been answered.");
        }
        return new AnswerOutcome(true, result, last);
    }

    /** The marked quiz: score, pass, per topic, and every question with the answer given and the right one. */
    Result result(long accountId, long quizId) {
        CheckpointStore.QuizRow quiz = owned(accountId, quizId);
        List<CheckpointStore.AnswerRow> answers = store.answers(quizId);
        if (!quiz.completed()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "This checkpoint quiz is not finished: "
                    + answers.size() + " of " + quiz.questionCount() + " questions answered.");
        }
        List<Topic> topics = quiz.topicIds().stream().map(id -> curriculum.topic(id).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        Map<String, int[]> byTopic = new LinkedHashMap<>();
        quiz.topicIds().forEach(id -> byTopic.put(id, new int[2]));
        List<AnsweredQuestion> questions = new ArrayList<>();
        int correct = 0;
        for (CheckpointStore.AnswerRow answer : answers) {
            ItemInstance item = bank.instance(answer.familyId(), answer.seed()).orElse(null);
            if (item == null) {
                continue;
            }
            boolean right = answer.verdict() == Verdict.CORRECT;
            correct += right ? 1 : 0;
            int[] counts = byTopic.computeIfAbsent(answer.topicId(), t -> new int[2]);
            counts[0] += right ? 1 : 0;
            counts[1]++;
            questions.add(new AnsweredQuestion(answer.position(), answer.topicId(), topicTitle(answer.topicId()),
                    curriculum.skill(answer.skillId()).map(Skill::title).orElse(answer.skillId()), item,
                    givenAnswer(item, answer.response()), right, rightAnswer(item), item.key() instanceof AnswerKey.Choices));
        }
        List<TopicScore> scores = new ArrayList<>();
        byTopic.forEach((id, c) -> scores.add(new TopicScore(id, topicTitle(id), c[0], c[1])));
        int total = quiz.questionCount();
        return new Result(quiz, topics, correct, total, percent(correct, total), Boolean.TRUE.equals(quiz.passed()),
                scores, questions);
    }

    /** The learner's quiz, or 404: another learner's quiz is treated as not there. */
    CheckpointStore.QuizRow owned(long accountId, long quizId) {
        return store.find(quizId).filter(q -> q.accountId() == accountId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no checkpoint quiz " + quizId + "."));
    }

    String topicTitle(String topicId) {
        return curriculum.topic(topicId).map(Topic::title).orElse(topicId);
    }

    static int percent(int correct, int total) {
        return total == 0 ? 0 : correct * 100 / total;
    }

    /** The right answer as a learner would read it: the right choices' texts, or the key. */
    static String rightAnswer(ItemInstance item) {
        if (item.key() instanceof AnswerKey.Choices) {
            return String.join("; ", item.choices().stream().filter(Choice::correct).map(Choice::text).toList());
        }
        return AnswerKeyText.of(item.key());
    }

    /** The learner's answer; for a choice question, the texts of the choices they picked. */
    static String givenAnswer(ItemInstance item, String response) {
        if (!(item.key() instanceof AnswerKey.Choices)) {
            return response;
        }
        List<String> picked = java.util.Arrays.stream(response.split(",")).map(String::strip).toList();
        return String.join("; ", item.choices().stream().filter(c -> picked.contains(c.id())).map(Choice::text).toList());
    }

    private Current current(CheckpointStore.QuizRow quiz, int position) {
        List<CheckpointSelection.Question> planned = selection(quiz.topicIds().stream()
                .map(id -> curriculum.topic(id).orElseThrow()).toList(), quiz.randomSeed());
        if (position >= planned.size()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "This checkpoint quiz can no longer be continued (its exercises changed): start a new one.");
        }
        CheckpointSelection.Question question = planned.get(position);
        ItemInstance item = bank.instance(question.familyId(), question.seed()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.CONFLICT, "This checkpoint quiz can no longer be continued (its exercises changed): start a new one."));
        return new Current(quiz, position, quiz.questionCount(), question.topicId(), item);
    }

    private List<CheckpointSelection.Question> selection(List<Topic> topics, long seed) {
        List<CheckpointSelection.TopicSkills> skills = new ArrayList<>();
        for (Topic topic : topics) {
            Map<String, List<CheckpointSelection.Family>> families = new LinkedHashMap<>();
            for (Skill skill : topic.skills()) {
                families.put(skill.id(), bank.familiesFor(skill.id()).stream()
                        .map(f -> new CheckpointSelection.Family(f.id(), f.distinctQuestions())).toList());
            }
            skills.add(new CheckpointSelection.TopicSkills(topic.id(), families));
        }
        return CheckpointSelection.select(skills, seed);
    }

    private static String key(List<Topic> topics) {
        return Progress.checkpointKey(topics.stream().map(Topic::id).toList());
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
