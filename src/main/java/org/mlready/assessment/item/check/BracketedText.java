package org.mlready.assessment.item.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Bracket-aware operations on a learner's text: (), [] and {} nest, separators count only outside them. */
final class BracketedText {

    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";

    private BracketedText() {
    }

    /** Null when every bracket is closed by its own kind in the right order, otherwise the problem. */
    static String bracketProblem(String text) {
        StringBuilder open = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                open.append(c);
            } else if (CLOSERS.indexOf(c) >= 0) {
                if (open.isEmpty() || OPENERS.indexOf(open.charAt(open.length() - 1)) != CLOSERS.indexOf(c)) {
                    return "the bracket '" + c + "' does not match";
                }
                open.setLength(open.length() - 1);
            }
        }
        return open.isEmpty() ? null : "the bracket '" + open.charAt(open.length() - 1) + "' is never closed";
    }

    /** Whether the whole (trimmed, balanced) text is one bracketed group such as "(1, 2)" but not "(1)(2)". */
    static boolean isEnclosed(String text) {
        if (text.length() < 2 || OPENERS.indexOf(text.charAt(0)) < 0) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                depth--;
                if (depth == 0) {
                    return i == text.length() - 1;
                }
            }
        }
        return false;
    }

    /** The text without one enclosing pair of brackets, trimmed; unchanged if not enclosed. */
    static String stripEnclosing(String text) {
        String trimmed = text.strip();
        return isEnclosed(trimmed) ? trimmed.substring(1, trimmed.length() - 1).strip() : trimmed;
    }

    /** Splits at separator characters that are outside all brackets; pieces are trimmed, empty ones kept. */
    static List<String> splitOutsideBrackets(String text, IntPredicate isSeparator) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                depth--;
            } else if (depth == 0 && isSeparator.test(c)) {
                pieces.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        pieces.add(text.substring(start).strip());
        return pieces;
    }

    /** Whether a separator character occurs outside all brackets. */
    static boolean hasSeparatorOutsideBrackets(String text, IntPredicate isSeparator) {
        return splitOutsideBrackets(text, isSeparator).size() > 1;
    }
}
