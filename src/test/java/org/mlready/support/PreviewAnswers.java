package org.mlready.support;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Answers read from an item as the instructors' preview API shows it ({@code GET /api/items/preview}). */
public final class PreviewAnswers {

    private PreviewAnswers() {
    }

    /** The right answer as a learner would type it: choice ids, an expression, a query or the key's value. */
    public static String typedRightAnswer(JsonNode item) {
        String type = item.get("responseType").asString();
        String key = item.get("key").asString();
        if (type.endsWith("CHOICE")) {
            return String.join(",", choiceIds(item, true));
        }
        if (type.equals("EXPRESSION")) {
            return key.substring(0, key.lastIndexOf(" in "));
        }
        if (type.equals("SQL")) {
            return key.substring(0, key.lastIndexOf(" ("));
        }
        return key.split(" ±")[0];
    }

    /** The ids of the item's right ({@code correct}) or wrong choices, in the order shown. */
    public static List<String> choiceIds(JsonNode item, boolean correct) {
        List<String> ids = new ArrayList<>();
        item.get("choices").forEach(c -> {
            if (c.get("correct").asBoolean() == correct) {
                ids.add(c.get("id").asString());
            }
        });
        return ids;
    }
}
