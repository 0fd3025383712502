package org.mlready.assessment.item.authored;

import org.mlready.curriculum.YamlEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ResponseType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads hand-written choice items from YAML files and validates them strictly. A file is a mapping with one key,
 * {@code items}, listing items with exactly these keys: {@code id} (kebab-case, unique across all files),
 * {@code skill} (a curriculum skill id), {@code type} ({@code single} or {@code multiple}), {@code difficulty}
 * (IRT b, -2.5..2.5), {@code discrimination} (IRT a, 0.6..2.0), {@code stem} (Markdown), {@code choices} (3 to 6,
 * each with {@code text}, {@code correct} and {@code explanation}), {@code hints} (1 to 3) and {@code solution}.
 * Every problem in every file is collected and reported together in one {@link AuthoredItemException}.
 */
public final class AuthoredItemLoader {

    static final double MIN_DIFFICULTY = -2.5;
    static final double MAX_DIFFICULTY = 2.5;
    static final double MIN_DISCRIMINATION = 0.6;
    static final double MAX_DISCRIMINATION = 2.0;
    static final int MIN_CHOICES = 3;
    static final int MAX_CHOICES = 6;
    static final int MIN_HINTS = 1;
    static final int MAX_HINTS = 3;

    private static final Set<String> ITEM_KEYS = Set.of("id", "skill", "type", "difficulty", "discrimination",
            "stem", "choices", "hints", "solution");
    private static final Set<String> CHOICE_KEYS = Set.of("text", "correct", "explanation");
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final YAMLMapper yaml = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final Set<String> knownSkills;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> fileOfId = new HashMap<>();

    private AuthoredItemLoader(Set<String> knownSkills) {
        this.knownSkills = knownSkills;
    }

    /**
     * @param files       the item files, in the order their items should be listed
     * @param knownSkills the curriculum's skill ids; every item must name one of them
     * @throws AuthoredItemException listing every problem found, if there is any
     */
    public static List<ItemFamily> load(List<AuthoredItemFile> files, Set<String> knownSkills) {
        return new AuthoredItemLoader(Set.copyOf(knownSkills)).read(files);
    }

    private List<ItemFamily> read(List<AuthoredItemFile> files) {
        List<ItemFamily> families = new ArrayList<>();
        for (AuthoredItemFile file : files) {
            YamlEntry root = parse(file);
            if (root == null) {
                continue;
            }
            root.allowOnly(Set.of("items"));
            for (YamlEntry item : root.children("items", "item", 1, Integer.MAX_VALUE)) {
                AuthoredItemFamily family = readItem(item, file.name());
                if (family != null) {
                    families.add(family);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AuthoredItemException(problems);
        }
        return List.copyOf(families);
    }

    private YamlEntry parse(AuthoredItemFile file) {
        JsonNode node;
        try {
            node = yaml.readTree(file.text());
        } catch (JacksonException e) {
            problems.add(file.name() + ": file: not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
            return null;
        }
        YamlEntry root = new YamlEntry(node, file.name(), "", problems);
        if (node == null || !node.isObject()) {
            root.problem("must hold a mapping with the key 'items'");
            return null;
        }
        return root;
    }

    /** The family, or null when the item has problems (they are recorded). */
    private AuthoredItemFamily readItem(YamlEntry item, String file) {
        int problemsBefore = problems.size();
        item.allowOnly(ITEM_KEYS);
        String id = item.text("id");
        if (!id.isEmpty()) {
            if (!KEBAB_CASE.matcher(id).matches()) {
                item.problem("id '" + id + "' must be lower-case kebab-case (letters, digits and single hyphens)");
            }
            String earlier = fileOfId.putIfAbsent(id, file);
            if (earlier != null) {
                item.problem("duplicate id '" + id + "' (already used in " + earlier + ")");
            }
        }
        String skill = item.text("skill");
        if (!skill.isEmpty() && !knownSkills.contains(skill)) {
            item.problem("unknown skill '" + skill + "'");
        }
        ResponseType type = readType(item);
        double difficulty = item.number("difficulty", MIN_DIFFICULTY, MAX_DIFFICULTY);
        double discrimination = item.number("discrimination", MIN_DISCRIMINATION, MAX_DISCRIMINATION);
        String stem = item.text("stem");
        List<AuthoredChoice> choices = readChoices(item, type);
        List<String> hints = item.texts("hints", MIN_HINTS, MAX_HINTS);
        String solution = item.text("solution");
        if (problems.size() > problemsBefore) {
            return null;
        }
        return new AuthoredItemFamily(id, skill, type, difficulty, discrimination, stem, choices, hints, solution);
    }

    private static ResponseType readType(YamlEntry item) {
        String type = item.text("type");
        return switch (type) {
            case "single" -> ResponseType.SINGLE_CHOICE;
            case "multiple" -> ResponseType.MULTIPLE_CHOICE;
            case "" -> null;
            default -> {
                item.problem("unknown type '" + type + "' (expected single or multiple)");
                yield null;
            }
        };
    }

    private static List<AuthoredChoice> readChoices(YamlEntry item, ResponseType type) {
        List<AuthoredChoice> choices = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (YamlEntry entry : item.children("choices", "choice", MIN_CHOICES, MAX_CHOICES)) {
            entry.allowOnly(CHOICE_KEYS);
            String text = entry.text("text");
            if (!text.isEmpty() && !texts.add(text)) {
                entry.problem("same text as an earlier choice");
            }
            choices.add(new AuthoredChoice(text, entry.flag("correct"), entry.text("explanation")));
        }
        long correct = choices.stream().filter(AuthoredChoice::correct).count();
        if (type == ResponseType.SINGLE_CHOICE && !choices.isEmpty() && correct != 1) {
            item.problem("a single-choice item needs exactly 1 correct choice, has " + correct);
        }
        if (type == ResponseType.MULTIPLE_CHOICE && !choices.isEmpty() && correct < 1) {
            item.problem("a multiple-choice item needs at least 1 correct choice, has 0");
        }
        return choices;
    }
}
