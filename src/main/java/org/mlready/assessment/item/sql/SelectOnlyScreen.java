package org.mlready.assessment.item.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A conservative lexical check that a learner's text is one SELECT (or WITH ... SELECT) query and nothing else. It
 * skips string literals, quoted identifiers and comments the way H2 reads them and refuses anything it cannot read
 * with certainty (dollar quoting, Unicode escapes, unterminated literals), so that no keyword can hide from it. It is
 * the first of several defences: the sandbox also runs queries as a user that may only SELECT.
 */
final class SelectOnlyScreen {

    static final int MAX_LENGTH = 4000;

    static final String SINGLE_SELECT_ONLY = "Only a single SELECT query is allowed";

    /** Words that only appear in statements other than a query, or that change something. */
    private static final Set<String> STATEMENT_WORDS = Set.of(
            "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "TRUNCATE", "CREATE", "DROP", "ALTER", "GRANT", "REVOKE",
            "SET", "CALL", "RUNSCRIPT", "SCRIPT", "BACKUP", "EXECUTE", "PREPARE", "COMMIT", "ROLLBACK", "SAVEPOINT",
            "SHUTDOWN", "CHECKPOINT", "ANALYZE", "LOCK", "ALIAS");

    private static final Set<String> UNAVAILABLE_FUNCTIONS = Set.of(
            // Functions that reach outside the data: files, other databases, sessions, sequences, Java.
            "FILE_READ", "FILE_WRITE", "CSVREAD", "CSVWRITE", "LINK_SCHEMA", "CANCEL_SESSION", "ABORT_SESSION",
            "NEXTVAL", "SETVAL", "JAVA_OBJECT", "SIGNAL",
            // Row and value generators that let a few characters ask for gigabytes, in a way the statement timeout
            // cannot interrupt; the sample data does not need them. CHAR(n) and BINARY(n) pad to n.
            "SYSTEM_RANGE", "GENERATE_SERIES", "REPEAT", "SPACE", "LPAD", "RPAD", "REPLACE", "REGEXP_REPLACE",
            "SECURE_RAND", "EXPAND", "CHAR", "NCHAR", "CHARACTER", "BINARY");

    /** Concatenation, which a recursive query can use to double a value at every step. */
    private static final Set<String> GROWING = Set.of("||", "CONCAT", "CONCAT_WS", "ARRAY_CAT", "ARRAY_APPEND",
            "STRING_AGG", "LISTAGG", "ARRAY_AGG", "JSON_ARRAYAGG", "JSON_OBJECTAGG");

    private static final Set<String> QUERY_STARTS = Set.of("SELECT", "WITH");

    private SelectOnlyScreen() {
    }

    /** Empty when the text may be run; otherwise the message telling the learner why it is refused. */
    static Optional<String> refusalFor(String sql) {
        if (sql == null || sql.isBlank()) {
            return Optional.of("Write a SELECT query first");
        }
        if (sql.length() > MAX_LENGTH) {
            return Optional.of("The query is too long (at most " + MAX_LENGTH + " characters)");
        }
        List<String> tokens = new ArrayList<>();
        Optional<String> unreadable = tokenize(sql, tokens);
        if (unreadable.isPresent()) {
            return unreadable;
        }
        int last = tokens.size();
        while (last > 0 && tokens.get(last - 1).equals(";")) {
            last--;
        }
        List<String> statement = tokens.subList(0, last);
        if (statement.isEmpty() || statement.contains(";")) {
            return Optional.of(SINGLE_SELECT_ONLY);
        }
        String first = statement.stream().filter(token -> !token.equals("(")).findFirst().orElse("");
        if (!QUERY_STARTS.contains(first)) {
            return Optional.of(SINGLE_SELECT_ONLY);
        }
        for (String token : statement) {
            if (STATEMENT_WORDS.contains(token)) {
                return Optional.of(SINGLE_SELECT_ONLY + " (" + token + " is not permitted)");
            }
            if (UNAVAILABLE_FUNCTIONS.contains(token)) {
                return Optional.of(token + " is not available in the sandbox");
            }
        }
        if (statement.contains("RECURSIVE") && statement.stream().anyMatch(GROWING::contains)) {
            return Optional.of("A recursive query may not concatenate strings or arrays in the sandbox");
        }
        return Optional.empty();
    }

    /**
     * Appends the words (upper-cased; quoted identifiers included), the punctuation {@code ;} and {@code (} and the
     * operator {@code ||} to {@code tokens}; returns a refusal when the text holds something this screen does not
     * read safely.
     */
    private static Optional<String> tokenize(String sql, List<String> tokens) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && next == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && next == '/') {
                return Optional.of("Use -- for comments");
            } else if (c == '/' && next == '*') {
                // H2 nests block comments; ending at the first */ can only expose more text to the check, never less.
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    return Optional.of("The query has a comment that is never closed (missing */)");
                }
                i = end + 2;
            } else if (c == '$' && next == '$') {
                return Optional.of("Dollar-quoted strings ($$) are not supported in the sandbox");
            } else if (c == '\'' || c == '"') {
                int end = closingQuote(sql, i);
                if (end < 0) {
                    return Optional.of(c == '\'' ? "The query has a string that is never closed (missing ')"
                            : "The query has a quoted name that is never closed (missing \")");
                }
                if (c == '"') {
                    tokens.add(sql.substring(i + 1, end).replace("\"\"", "\"").trim().toUpperCase(Locale.ROOT));
                }
                i = end + 1;
            } else if (c == '`') {
                return Optional.of("Use double quotes, not backticks, to quote names");
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                if (i - start == 1 && (c == 'U' || c == 'u') && i < n && sql.charAt(i) == '&') {
                    return Optional.of("Unicode escape literals (U&'...') are not supported in the sandbox");
                }
                tokens.add(sql.substring(start, i).toUpperCase(Locale.ROOT));
            } else if (c == '|' && next == '|') {
                tokens.add("||");
                i += 2;
            } else {
                if (c == ';' || c == '(') {
                    tokens.add(String.valueOf(c));
                }
                i++;
            }
        }
        return Optional.empty();
    }

    /** The index of the quote closing the literal opened at {@code open} (a doubled quote is an escaped one). */
    private static int closingQuote(String sql, int open) {
        char quote = sql.charAt(open);
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return -1;
    }
}
