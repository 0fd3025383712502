package org.mlready.labs.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.mlready.labs.SubmissionRejected;
import org.mlready.labs.UploadProblem;
import org.junit.jupiter.api.Test;

class PredictionsCsvTests {

    private static final Set<Integer> IDS = Set.of(3, 7, 9);

    private static Map<Integer, Double> read(String text) {
        return PredictionsCsv.read(text.getBytes(StandardCharsets.UTF_8), IDS);
    }

    private static SubmissionRejected rejection(String text) {
        return catchThrowableOfType(SubmissionRejected.class, () -> read(text));
    }

    @Test
    void readsOneProbabilityPerTestIdInAnyOrder() {
        assertThat(read("id,probability\n9,0.25\n3,1\r\n7,1e-3\n\n"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(9, 0.25, 3, 1.0, 7, 0.001));
    }

    @Test
    void acceptsAByteOrderMarkAndQuotedFields() {
        assertThat(read("\uFEFFid,probability\n\"3\",\"0.5\"\n7,0\n9,0.75\n")).hasSize(3);
    }

    @Test
    void rejectsAnyOtherHeaderAndSaysWhatWasFound() {
        SubmissionRejected rejected = rejection("ID, probability\n3,0.5\n7,0.5\n9,0.5\n");
        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("exactly 'id,probability'", "found 'ID, probability'", "capitalisation");
        });
        assertThat(rejection("id,prob\n3,0.5\n").getMessage()).contains("not counted as an attempt");
    }

    @Test
    void pointsAtTheLineAndColumnOfEachBadValue() {
        SubmissionRejected rejected = rejection("id,probability\n3,NaN\n7,1.5\n9,abc\n");
        assertThat(rejected.problems()).extracting(UploadProblem::describe).containsExactly(
                "line 2, column probability: 'NaN' (not a number) is not allowed; every row needs a value",
                "line 3, column probability: 1.5 is not a probability (between 0 and 1)",
                "line 4, column probability: 'abc' is not a number");
    }

    @Test
    void reportsMissingDuplicateAndUnknownIdsWithTheirLines() {
        SubmissionRejected rejected = rejection("id,probability\n3,0.1\n3,0.2\n12,0.3\nx,0.4\n");
        assertThat(rejected.problems()).extracting(UploadProblem::describe).containsExactly(
                "expected 3 prediction lines, one per test id; found 4",
                "2 test ids have no prediction, for example 7, 9",
                "line 3, column id: id 3 appears again (first on line 2)",
                "line 4, column id: 12 is not an id of the test file",
                "line 5, column id: 'x' is not an id (ids are whole numbers from the test file)");
    }

    @Test
    void countsPhysicalLinesAcrossBlankLinesAndCarriageReturns() {
        SubmissionRejected rejected = rejection("id,probability\r\n3,0.1\r\n\r\n7,0.2,extra\r\n9,\r\n");
        assertThat(rejected.problems()).extracting(UploadProblem::describe).containsExactly(
                "1 test id has no prediction, for example 7",
                "line 4: expected 2 fields (id,probability), found 3",
                "line 5, column probability: the value is missing");
    }

    @Test
    void listsTheFirstTenProblemsAndCountsTheRest() {
        StringBuilder text = new StringBuilder("id,probability\n");
        for (int i = 0; i < 30; i++) {
            text.append("3,-1\n");
        }
        SubmissionRejected rejected = rejection(text.toString());
        assertThat(rejected.problems()).hasSize(SubmissionRejected.MAX_LISTED);
        assertThat(rejected.totalProblems()).isGreaterThan(30);
        assertThat(rejected.getMessage()).contains("more problems");
    }

    @Test
    void rejectsOversizedEmptyNonUtf8AndMalformedFiles() {
        byte[] huge = new byte[PredictionsCsv.MAX_BYTES + 1];
        assertThat(catchThrowableOfType(SubmissionRejected.class, () -> PredictionsCsv.read(huge, IDS)).getMessage())
                .contains("the limit is 1048576 bytes");
        assertThat(rejection("").getMessage()).contains("empty");
        byte[] latin1 = "id,probability\n3,0.5 \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(catchThrowableOfType(SubmissionRejected.class, () -> PredictionsCsv.read(latin1, IDS))
                .getMessage()).contains("not UTF-8");
        assertThat(rejection("id,probability\n3,\"0.5\n7,0.5\n").getMessage()).contains("not valid CSV");
    }

    @Test
    void refusesNumberSpellingsThatJavaWouldAccept() {
        assertThat(rejection("id,probability\n3,0.5d\n7,0x0.8p0\n9,Infinity\n").problems())
                .extracting(UploadProblem::message)
                .containsExactly("'0.5d' is not a number", "'0x0.8p0' is not a number", "infinite values are not allowed");
        assertThat(rejection("id,probability\n3,\"0,5\"\n7,0\n9,0\n").problems()).singleElement()
                .extracting(UploadProblem::message).asString().contains("decimal comma");
    }
}
