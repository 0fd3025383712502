package org.mlready.assessment.item.authored;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One YAML mapping of an item file together with where it is ("item 'x' > choice #2"), so that every problem it
 * finds is reported as "file: where: what".
 */
final class ItemEntry {

    private final JsonNode node;
    private final String file;
    private final String where;
    private final List<String> problems;

    ItemEntry(JsonNode node, String file, String where, List<String> problems) {
        this.node = node;
        this.file = file;
        this.where = where;
        this.problems = problems;
    }

    String where() {
        return where;
    }

    void problem(String what) {
        problems.add(file + ": " + (where.isEmpty() ? "top level" : where) + ": " + what);
    }

    void allowOnly(Set<String> keys) {
        for (String key : node.propertyNames()) {
            if (!keys.contains(key)) {
                problem("unknown key '" + key + "' (allowed: " + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    String text(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            problem("missing '" + key + "'");
            return "";
        }
        if (!value.isString()) {
            problem("'" + key + "' must be text");
            return "";
        }
        String text = value.asString().strip();
        if (text.isEmpty()) {
            problem("'" + key + "' is empty");
        }
        return text;
    }

    /** A number in [min, max]; NaN when missing or malformed (already reported). */
    double number(String key, double min, double max) {
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

    boolean flag(String key) {
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
    List<String> texts(String key, int min, int max) {
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

    /** The mappings listed under {@code key}, each named "label #position" (or by its id when it has one). */
    List<ItemEntry> children(String key, String label, int min, int max) {
        List<ItemEntry> result = new ArrayList<>();
        JsonNode value = list(key);
        if (value == null) {
            return result;
        }
        int position = 0;
        for (JsonNode item : value.values()) {
            position++;
            JsonNode id = item.get("id");
            String name = label + (id != null && id.isString() ? " '" + id.asString() + "'" : " #" + position);
            ItemEntry child = new ItemEntry(item, file, where.isEmpty() ? name : where + " > " + name, problems);
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
