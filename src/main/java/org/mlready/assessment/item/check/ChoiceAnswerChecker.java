package org.mlready.assessment.item.check;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.mlready.assessment.item.AnswerKey;

/**
 * Checks choice ids against {@link AnswerKey.Choices}. The response lists ids separated by commas (semicolons and
 * spaces work too), optionally in brackets: "B", "A, C", "[a, c]". Ids are matched ignoring case, and repeating an
 * id changes nothing. A multiple-choice answer is correct when it names all the correct ids and no other.
 *
 * <p>The key holds only the correct ids, so an unknown id can be reported as unreadable only when the offered ids
 * are given; without them an id outside the key is simply wrong.
 */
public final class ChoiceAnswerChecker {

    /**
     * @param offeredIds the ids of every choice shown to the learner
     * @param multiple   whether several choices may be selected (multiple choice) or exactly one
     */
    public CheckResult check(AnswerKey.Choices key, Collection<String> offeredIds, boolean multiple,
                             String response) {
        Map<String, String> offered = new LinkedHashMap<>();
        offeredIds.forEach(id -> offered.put(lower(id), id));
        String expected = expected(offered.values(), multiple);
        Set<String> given = ids(response);
        if (given.isEmpty()) {
            return CheckResult.unreadable(expected, "no choice was given");
        }
        for (String id : given) {
            if (!offered.containsKey(id)) {
                return CheckResult.unreadable(expected, "'" + id + "' is not one of the choices");
            }
        }
        if (!multiple && given.size() > 1) {
            return CheckResult.unreadable(expected, "only one choice may be given");
        }
        return compare(key, given, multiple);
    }

    /** Checks without knowing the offered ids: any number of ids is read and compared with the key. */
    public CheckResult check(AnswerKey.Choices key, String response) {
        Set<String> given = ids(response);
        if (given.isEmpty()) {
            return CheckResult.unreadable("choice ids separated by commas, such as A, C", "no choice was given");
        }
        return compare(key, given, key.correctIds().size() > 1);
    }

    private static CheckResult compare(AnswerKey.Choices key, Set<String> given, boolean multiple) {
        Set<String> correct = key.correctIds().stream().map(ChoiceAnswerChecker::lower).collect(Collectors.toSet());
        if (given.equals(correct)) {
            return CheckResult.correct();
        }
        return multiple ? CheckResult.incorrect("Select every correct choice and no other.") : CheckResult.incorrect();
    }

    private static Set<String> ids(String response) {
        if (response == null) {
            return Set.of();
        }
        String inside = BracketedText.bracketProblem(response) == null
                ? BracketedText.stripEnclosing(response)
                : response.strip();
        Set<String> ids = new LinkedHashSet<>();
        for (String piece : inside.split("[,;\\s]+")) {
            if (!piece.isEmpty()) {
                ids.add(lower(piece));
            }
        }
        return ids;
    }

    private static String expected(Collection<String> offeredIds, boolean multiple) {
        String list = String.join(", ", offeredIds);
        if (multiple) {
            List<String> example = offeredIds.stream().limit(2).toList();
            return "choice ids from " + list + " separated by commas, such as " + String.join(", ", example);
        }
        return "one of the choice ids " + list;
    }

    private static String lower(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }
}
