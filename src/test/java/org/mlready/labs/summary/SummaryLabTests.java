package org.mlready.labs.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;
import org.mlready.labs.SubmissionRejected;
import org.mlready.labs.UploadProblem;
import org.mlready.labs.upload.PngPlot;
import org.mlready.labs.upload.SummaryRow;

class SummaryLabTests {

    private final SummaryLab lab = SummaryLab.forLearner(12);

    private byte[] table(Function<SummaryRow, String> line) {
        StringBuilder csv = new StringBuilder("class,column,mean,std\n");
        lab.expectedTable().forEach(row -> csv.append(line.apply(row)).append('\n'));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String row(SummaryRow r, double mean, double std) {
        return String.format(Locale.ROOT, "%s,%s,%.3f,%.3f", r.className(), r.column(), mean, std);
    }

    @Test
    void expectsSampleStatisticsOfThreeColumnsPerSpecies() {
        assertThat(lab.columns()).hasSize(3);
        assertThat(lab.classes()).containsExactly("setosa", "versicolor", "virginica");
        List<String> lines = lab.csv().lines().toList();
        for (SummaryRow expected : lab.expectedTable()) {
            int column = Arrays.asList(lines.get(0).split(",")).indexOf(expected.column());
            double[] values = lines.stream().skip(1).map(l -> l.split(","))
                    .filter(f -> f[4].equals(expected.className())).mapToDouble(f -> Double.parseDouble(f[column]))
                    .toArray();
            DescriptiveStatistics stats = new DescriptiveStatistics(values);
            assertThat(values).hasSize(50);
            assertThat(expected.mean()).isCloseTo(stats.getMean(), within(1e-12));
            assertThat(expected.std()).isCloseTo(stats.getStandardDeviation(), within(1e-12));
        }
        // setosa sepal_length: mean 5.006, sample std 0.3525 (Fisher's data)
        SummaryRow setosaSepal = java.util.stream.LongStream.range(0, 50).mapToObj(SummaryLab::forLearner)
                .filter(l -> l.columns().get(0).equals("sepal_length")).findFirst().orElseThrow()
                .expectedTable().get(0);
        assertThat(setosaSepal.mean()).isCloseTo(5.006, within(1e-9));
        assertThat(setosaSepal.std()).isCloseTo(0.3525, within(1e-4));
    }

    @Test
    void acceptsValuesRoundedToThreeDecimals() {
        SummaryGrade grade = lab.grade(table(r -> row(r, r.mean(), r.std())));
        assertThat(grade.allCorrect()).isTrue();
        assertThat(grade.cells()).hasSize(9);
    }

    @Test
    void recognisesThePopulationStandardDeviationAndSwappedValues() {
        double shrink = Math.sqrt(49.0 / 50);
        SummaryGrade population = lab.grade(table(r -> row(r, r.mean(), r.std() * shrink)));
        assertThat(population.correctCount()).isZero();
        assertThat(population.cells()).allSatisfy(c -> {
            assertThat(c.meanCorrect()).isTrue();
            assertThat(c.feedback()).contains("population standard deviation");
        });
        SummaryGrade swapped = lab.grade(table(r -> row(r, r.std(), r.mean())));
        assertThat(swapped.cells()).allSatisfy(c -> assertThat(c.feedback()).contains("swapped"));
    }

    @Test
    void rejectsTablesWithUnknownOrRepeatedOrMissingLines() {
        String column = lab.columns().get(0);
        String text = "class,column,mean,std\nsetosa," + column + ",1,1\nsetosa," + column + ",1,1\nSetosa,"
                + column + ",1,NaN\n";
        SubmissionRejected rejected = catchThrowableOfType(SubmissionRejected.class,
                () -> lab.grade(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(rejected.problems()).extracting(UploadProblem::describe).contains(
                "expected 9 lines (3 classes times 3 columns), found 3",
                "line 3: setosa / " + column + " appears again (first on line 2)",
                "line 4, column class: 'Setosa' is not one of setosa, versicolor, virginica");
        assertThat(rejected.problems()).anyMatch(p -> p.message().startsWith("no line for setosa / "));
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void acceptsAPngPlotAndReadsItsSize() throws IOException {
        PngPlot plot = lab.checkPlot(png(640, 480));
        assertThat(plot.width()).isEqualTo(640);
        assertThat(plot.height()).isEqualTo(480);
    }

    @Test
    void rejectsOtherImagesTruncatedFilesAndOddSizes() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        assertThat(rejection(jpeg.toByteArray())).contains("not a PNG file (it is a JPEG image)");
        assertThat(rejection("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .contains("SVG");
        byte[] whole = png(300, 200);
        assertThat(rejection(Arrays.copyOf(whole, whole.length - 20))).contains("incomplete");
        assertThat(rejection(png(50, 400))).contains("50 x 400 pixels");
        assertThat(rejection(new byte[PngPlot.MAX_BYTES + 1])).contains("the limit is");
    }

    private String rejection(byte[] bytes) {
        return catchThrowableOfType(SubmissionRejected.class, () -> lab.checkPlot(bytes)).getMessage();
    }
}
