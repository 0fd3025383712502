package org.mlready.assessment.item.research;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ChoiceSet.Option;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * APA 7 in-text citations: the form depends on the number of authors (one, two, three or more with "et al.") and
 * on whether the citation is parenthetical ("&") or narrative ("and").
 */
public final class ApaInTextFamily extends GeneratedItemFamily {

    private static final List<String> SURNAMES = List.of("Okafor", "Lindqvist", "Nakamura", "Haddad", "Moreau",
            "Kowalski", "Adeyemi", "Castillo", "Brandt", "Iyer", "Novak", "Santos", "Fischer", "Mensah", "Duval");
    private static final String INITIALS = "ABCDEGHJKLMNPRST";
    private static final List<String> TITLES = List.of("Noise-aware training for tabular classifiers",
            "Calibrating ensembles under dataset shift", "A benchmark for test-time adaptation",
            "Pruning pre-training data by influence", "Retrieval improves small language models");

    public ApaInTextFamily() {
        super("apa-in-text-citation", "literature-review-citations", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int count = RandomDraw.pick(random, List.of(1, 2, 2, 3, 4, 5));
        List<String> authors = RandomDraw.sample(random, SURNAMES, count);
        List<String> initials = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            initials.add(INITIALS.charAt(random.nextInt(INITIALS.length())) + ".");
        }
        int year = RandomDraw.between(random, 2012, 2025);
        boolean narrative = random.nextBoolean();
        String title = RandomDraw.pick(random, TITLES);
        String stem = "Your reference list contains this entry:\n\n> " + referenceEntry(authors, initials) + " ("
                + year + "). *" + title + "*.\n\nIn APA 7 style, how should it be cited "
                + (narrative ? "**narratively**, as the subject of the sentence \"___ showed that the effect "
                + "disappears on clean data.\"?" : "**parenthetically**, at the end of the sentence \"The effect "
                + "disappears on clean data ___.\"?");
        String correct = cite(shownNames(authors), year, narrative, false);
        // Each misstatement breaks one rule; those that coincide with the correct form are dropped.
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put(cite(List.of(authors.get(0) + " et al."), year, narrative, false),
                "\"et al.\" is used only for three or more authors; this source has " + count + ".");
        wrong.put(cite(authors, year, narrative, false), "From three authors on, APA 7 gives only the first "
                + "author followed by \"et al.\", even at the first citation.");
        wrong.put(cite(shownNames(authors), year, narrative, true), narrative
                ? "In running text the two names are joined by \"and\"; \"&\" belongs inside parentheses."
                : "Inside parentheses the two names are joined by \"&\", not \"and\".");
        List<String> initialled = new ArrayList<>();
        List<String> shown = shownNames(authors);
        for (int i = 0; i < shown.size(); i++) {
            initialled.add(initials.get(i) + " " + shown.get(i));
        }
        wrong.put(cite(initialled, year, narrative, false), "In-text citations give surnames only, without "
                + "initials.");
        wrong.remove(correct);
        List<Option> options = new ArrayList<>();
        options.add(new Option(correct, true, rule(count, narrative)));
        List<Map.Entry<String, String>> entries = new ArrayList<>(wrong.entrySet());
        for (Map.Entry<String, String> entry : RandomDraw.sample(random, entries, Math.min(3, entries.size()))) {
            options.add(new Option(entry.getKey(), false, entry.getValue()));
        }
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String solution = "The source has " + count + " author" + (count == 1 ? "" : "s") + ". " + rule(count,
                narrative) + "\n\nAnswer: **" + correct + "**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, List.of("Count the authors in the reference entry.",
                "Narrative citations put the year in parentheses after the names; parenthetical ones put names and "
                        + "year together inside parentheses."),
                choices, ItemIrt.choice(1.0, count == 2 ? -0.3 : count >= 3 ? -0.6 : -1.0, options.size()));
    }

    private static String referenceEntry(List<String> authors, List<String> initials) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            names.add(authors.get(i) + ", " + initials.get(i));
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", & " + names.get(names.size() - 1);
    }

    /** The names APA 7 shows: all of one or two authors, the first plus "et al." from three. */
    private static List<String> shownNames(List<String> authors) {
        return authors.size() >= 3 ? List.of(authors.get(0) + " et al.") : authors;
    }

    private static String cite(List<String> names, int year, boolean narrative, boolean swapConnector) {
        boolean ampersand = narrative == swapConnector;
        String joined;
        if (names.size() == 1) {
            joined = names.get(0);
        } else {
            String connector = ampersand ? " & " : " and ";
            joined = String.join(", ", names.subList(0, names.size() - 1)) + (names.size() > 2 ? "," : "")
                    + connector + names.get(names.size() - 1);
        }
        return narrative ? joined + " (" + year + ")" : "(" + joined + ", " + year + ")";
    }

    private static String rule(int count, boolean narrative) {
        String names = count == 1 ? "the surname" : count == 2 ? "both surnames joined by "
                + (narrative ? "\"and\" (in running text)" : "\"&\" (inside parentheses)")
                : "the first surname followed by \"et al.\"";
        return "With " + count + " author" + (count == 1 ? "" : "s") + ", APA 7 shows " + names + ", "
                + (narrative ? "with the year in parentheses after " + (count == 1 ? "it." : "the names.") : "then a comma and the year, all "
                + "inside parentheses.");
    }
}
