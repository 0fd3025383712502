package org.mlready.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One mapping of a content file together with where it is ("topic 'linear-algebra' > resource #2"), so that every
 * problem it finds is reported as "file: where: what". Readers collect problems instead of stopping at the first,
 * and return a harmless placeholder for a missing or malformed value; the caller throws once all are collected.
 * Shared by the curriculum and the authored exercises.
 */
public final class YamlEntry {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JsonNode node;
    private final String file;
    private final String where;
    private final List<String> problems;

    public YamlEntry(JsonNode node, String file, String where, List<String> problems) {
        this.node = node;
        this.file = file;
        this.where = where;
        this.problems = problems;
    }

    public String where() {
        return where;
    }

    public void problem(String what) {
        problems.add(file + ": " + (where.isEmpty() ? "top level" : where) + ": " + what);
    }

    public void allowOnly(Set<String> keys) {
        for (String key : node.propertyNames()) {
            if (!keys.contains(key)) {
                problem("unknown key '" + key + "' (allowed: " + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    /** Whether {@code key} is given (with a value other than null). */
    public boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    /** A required, non-empty text (a number or true/false written bare counts as its text). */
    public String text(String key) {
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

    public String optionalText(String key) {
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

    /** The entry's {@code id}: required, lower-case kebab-case. */
    public String id() {
        String id = text("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            problem("id '" + id + "' must be lower-case kebab-case (letters, digits and single hyphens)");
        }
        return id;
    }

    /** A whole number in [min, max]; {@code min} when missing or malformed (already reported). */
    public int whole(String key, int min, int max) {
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

    /** A number in [min, max]; NaN when missing or malformed (already reported). */
    public double number(String key, double min, double max) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            problem("missing '" + key + "'");
            return Double.NaN;
        }
        if (!value.isNumber()) {
            problem("'" + key + "' must be a number");
            return Double.NaN;
        }
        double number = value.doubleValue();
        if (!(number >= min && number <= max)) {
            problem("'" + key + "' is " + value.asString() + ", expected " + min + " to " + max);
            return Double.NaN;
        }
        return number;
    }

    public boolean flag(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            problem("missing '" + key + "'");
            return false;
        }
        if (!value.isBoolean()) {
            problem("'" + key + "' must be true or false");
            return false;
        }
        return value.booleanValue();
    }

    /** The non-empty texts listed under {@code key}; the list must hold between min and max of them. */
    public List<String> texts(String key, int min, int max) {
        List<String> result = new ArrayList<>();
        JsonNode value = list(key);
        if (value == null) {
            return result;
        }
        for (JsonNode item : value.values()) {
            if (item.isString() && !item.asString().isBlank()) {
                result.add(item.asString().strip());
            } else {
                problem("'" + key + "' must list non-empty texts");
            }
        }
        checkCount(key, value.size(), min, max);
        return result;
    }

    /** The mapping under {@code key}, named {@code name} in reports; null when missing (already reported). */
    public YamlEntry child(String key, String name) {
        JsonNode value = node.get(key);
        if (value == null || !value.isObject()) {
            problem("'" + key + "' must be a mapping");
            return null;
        }
        return new YamlEntry(value, file, where.isEmpty() ? name : where + " > " + name, problems);
    }

    /** The mappings listed under {@code key}, each named "label 'id'" (or "label #position" without an id). */
    public List<YamlEntry> children(String key, String label, int min, int max) {
        List<YamlEntry> result = new ArrayList<>();
        JsonNode value = list(key);
        if (value == null) {
            return result;
        }
        int position = 0;
        for (JsonNode item : value.values()) {
            position++;
            JsonNode id = item.get("id");
            String name = label + (id != null && id.isString() ? " '" + id.asString() + "'" : " #" + position);
            YamlEntry child = new YamlEntry(item, file, where.isEmpty() ? name : where + " > " + name, problems);
            if (item.isObject()) {
                result.add(child);
            } else {
                child.problem("must be a mapping");
            }
        }
        checkCount(key, value.size(), min, max);
        return result;
    }

    private JsonNode list(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            problem("missing '" + key + "'");
            return null;
        }
        if (!value.isArray()) {
            problem("'" + key + "' must be a list");
            return null;
        }
        return value;
    }

    private void checkCount(String key, int count, int min, int max) {
        if (count < min) {
            problem("'" + key + "' has " + count + ", needs at least " + min);
        } else if (count > max) {
            problem("'" + key + "' has " + count + ", allows at most " + max);
        }
    }
}
