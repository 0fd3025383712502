package org.mlready.labs.upload;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mlready.labs.SubmissionRejected;
import org.mlready.labs.UploadProblem;

/**
 * Strict reading of an uploaded CSV file: a size limit, UTF-8, RFC 4180 quoting, a header that must be exactly the
 * expected one, and the same number of fields on every line. Blank lines are skipped. Problems are reported with the
 * physical line number of the file (the header is line 1).
 */
final class CsvUpload {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvUpload() {
    }

    /** A data line of the file: its physical line number and its fields, as written. */
    record Line(int number, List<String> fields, boolean fits) {

        String field(int index) {
            return fields.get(index);
        }
    }

    /**
     * Reads the data lines of {@code content}, rejecting the whole upload at once when the file is too big, not UTF-8,
     * malformed, or has another header than {@code header}. Lines with a wrong number of fields are returned too
     * (so that they count as lines) but reported in {@code problems}; check {@link Line#fits} before reading fields.
     */
    static List<Line> read(byte[] content, int maxBytes, List<String> header, ProblemList problems) {
        if (content.length > maxBytes) {
            throw SubmissionRejected.because(UploadProblem.ofFile(
                    "the file is " + content.length + " bytes; the limit is " + maxBytes + " bytes"));
        }
        String text = decode(content);
        if (text.isBlank()) {
            throw SubmissionRejected.because(UploadProblem.ofFile(
                    "the file is empty; expected the header " + String.join(",", header) + " and data lines"));
        }
        LineIndex lines = new LineIndex(text);
        List<Line> data = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord first = records.next();
            checkHeader(first, lines.lineAt(first.getCharacterPosition()), header);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = lines.lineAt(record.getCharacterPosition());
                if (record.size() != header.size()) {
                    problems.add(UploadProblem.ofLine(line, "expected " + header.size() + " fields ("
                            + String.join(",", header) + "), found " + record.size()));
                }
                data.add(new Line(line, record.toList(), record.size() == header.size()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            Throwable cause = malformed instanceof UncheckedIOException ? malformed.getCause() : malformed;
            throw SubmissionRejected.because(UploadProblem.ofFile("the file is not valid CSV: " + cause.getMessage()));
        }
        return data;
    }

    private static void checkHeader(CSVRecord first, int line, List<String> header) {
        List<String> found = first.toList();
        if (found.equals(header)) {
            return;
        }
        String expected = String.join(",", header);
        List<String> normalised = found.stream().map(f -> f.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        String hint = normalised.equals(header) ? " (check spaces and capitalisation)" : "";
        throw SubmissionRejected.because(UploadProblem.ofLine(line,
                "the header must be exactly '" + expected + "'; found '" + String.join(",", found) + "'" + hint));
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw SubmissionRejected.because(UploadProblem.ofFile("the file is not UTF-8 text; save it as CSV (UTF-8)"));
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Maps a character position of the text to its 1-based line number. */
    private static final class LineIndex {

        private final long[] lineStarts;

        private final String text;

        LineIndex(String text) {
            this.text = text;
            List<Long> starts = new ArrayList<>();
            starts.add(0L);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (c == '\n' || (c == '\r' && !crlf)) {
                    starts.add(i + 1L);
                }
            }
            lineStarts = starts.stream().mapToLong(Long::longValue).toArray();
        }

        /** The line where the record starting at {@code position} begins; blank lines skipped before it belong to it. */
        int lineAt(long position) {
            while (position < text.length() && isLineBreak(text.charAt((int) position))) {
                position++;
            }
            int found = Arrays.binarySearch(lineStarts, position);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
