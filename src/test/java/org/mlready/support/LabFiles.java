package org.mlready.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/** Test-side computations on downloaded lab files, independent of the server's own grading code. */
public final class LabFiles {

    private LabFiles() {
    }

    /** A parsed numeric CSV: header and rows of numbers. */
    public record Table(List<String> header, double[][] rows) {

        public int column(String name) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new AssertionError("no column " + name + " in " + header);
            }
            return index;
        }
    }

    public static Table parse(String csv) {
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        List<String> header = List.of(lines.get(0).split(","));
        double[][] rows = lines.stream().skip(1)
                .map(line -> Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
        return new Table(header, rows);
    }

    /** Ordinary least squares of the last column on the others: intercept, coefficients, then the training MSE. */
    public static double[] leastSquares(Table table) {
        int p = table.header().size() - 1;
        double[] y = Arrays.stream(table.rows()).mapToDouble(row -> row[p]).toArray();
        double[][] x = Arrays.stream(table.rows()).map(row -> Arrays.copyOf(row, p)).toArray(double[][]::new);
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double sse = Arrays.stream(ols.estimateResiduals()).map(r -> r * r).sum();
        double[] answer = Arrays.copyOf(beta, beta.length + 1);
        answer[beta.length] = sse / y.length;
        return answer;
    }

    /**
     * A linear probability model on every feature (least squares on the 0/1 label, clipped to [0, 1]): crude, but it
     * ranks tumours far better than a two-feature baseline. Returns the predictions file for the test ids.
     */
    public static String predictions(String trainCsv, String testCsv) {
        Table train = parse(trainCsv);
        Table test = parse(testCsv);
        int features = test.header().size() - 1;
        int label = train.column("malignant");
        double[] y = Arrays.stream(train.rows()).mapToDouble(row -> row[label]).toArray();
        double[][] x = Arrays.stream(train.rows()).map(row -> Arrays.copyOfRange(row, 1, 1 + features))
                .toArray(double[][]::new);
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        StringBuilder csv = new StringBuilder("id,probability\n");
        for (double[] row : test.rows()) {
            double value = beta[0];
            for (int j = 0; j < features; j++) {
                value += beta[j + 1] * row[j + 1];
            }
            csv.append((long) row[0]).append(',')
                    .append(String.format(Locale.ROOT, "%.6f", Math.min(1, Math.max(0, value)))).append('\n');
        }
        return csv.toString();
    }

    /** Replaces the probability on the given data line (1-based, after the header) with {@code value}. */
    public static String breakLine(String predictions, int dataLine, String value) {
        List<String> lines = new ArrayList<>(predictions.lines().toList());
        String id = lines.get(dataLine).split(",")[0];
        lines.set(dataLine, id + "," + value);
        return String.join("\n", lines) + "\n";
    }

    /** A small real PNG. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.drawLine(10, height - 10, width - 10, 10);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
