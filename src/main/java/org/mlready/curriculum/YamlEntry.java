package org.mlready.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One mapping in a content file, with its position ("topic 'linear-algebra' > resource #2") so that every
 * problem it reports says exactly where it is.
 */
final class YamlEntry {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JsonNode node;
    private final String file;
    private final String entry;
    private final ContentProblems problems;

    YamlEntry(JsonNode node, String file, String entry, ContentProblems problems) {
        this.node = node;
        this.file = file;
        this.entry = entry;
        this.problems = problems;
    }

    String entry() {
        return entry;
    }

    void problem(String what) {
        problems.add(file, entry, what);
    }

    void allowOnly(Set<String> keys) {
        for (String key : node.propertyNames()) {
            if (!keys.contains(key)) {
                problem("unknown key '" + key + "' (allowed: " + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    String requiredText(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            problem("missing '" + key + "'");
            return "";
        }
        if (!value.isString() && !value.isNumber() && !value.isBoolean()) {
            problem("'" + key + "' must be text");
            return "";
        }
        String text = value.asString().strip();
        if (text.isEmpty()) {
            problem("'" + key + "' is empty");
        }
        return text;
    }

    String optionalText(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problem("'" + key + "' must be text");
            return null;
        }
        return value.asString().strip();
    }

    String requiredId() {
        String id = requiredText("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            problem("id '" + id + "' must be lower-case kebab-case (letters, digits and single hyphens)");
        }
        return id;
    }

    int requiredInt(String key, int min, int max) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            problem("missing '" + key + "'");
            return min;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem("'" + key + "' must be a whole number");
            return min;
        }
        int number = value.intValue();
        if (number < min || number > max) {
            problem("'" + key + "' is " + number + ", expected " + min + " to " + max);
        }
        return number;
    }

    boolean requiredBoolean(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isBoolean()) {
            problem("'" + key + "' must be true or false");
            return false;
        }
        return value.booleanValue();
    }

    List<String> textList(String key, boolean required) {
        JsonNode value = node.get(key);
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            if (required) {
                problem("missing '" + key + "'");
            }
            return result;
        }
        if (!value.isArray()) {
            problem("'" + key + "' must be a list");
            return result;
        }
        for (JsonNode item : value.values()) {
            if (item.isString() && !item.asString().isBlank()) {
                result.add(item.asString().strip());
            } else {
                problem("'" + key + "' must list non-empty texts");
            }
        }
        return result;
    }

    YamlEntry child(String key, String childEntry) {
        JsonNode value = node.get(key);
        if (value == null || !value.isObject()) {
            problem("'" + key + "' must be a mapping");
            return null;
        }
        return new YamlEntry(value, file, childEntry, problems);
    }

    /** The mappings of a list under {@code key}; each is named by {@code label} and its id (or position). */
    List<YamlEntry> children(String key, String label) {
        JsonNode value = node.get(key);
        List<YamlEntry> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            problem("missing '" + key + "'");
            return result;
        }
        if (!value.isArray()) {
            problem("'" + key + "' must be a list");
            return result;
        }
        int position = 0;
        for (JsonNode item : value.values()) {
            position++;
            JsonNode id = item.get("id");
            String name = label + (id != null && id.isString() ? " '" + id.asString() + "'" : " #" + position);
            String childEntry = entry.isEmpty() ? name : entry + " > " + name;
            if (!item.isObject()) {
                problems.add(file, childEntry, "must be a mapping");
                continue;
            }
            result.add(new YamlEntry(item, file, childEntry, problems));
        }
        return result;
    }
}
