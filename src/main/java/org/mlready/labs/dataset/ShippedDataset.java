package org.mlready.labs.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A real dataset shipped in {@code src/main/resources/labs/} (see DATASETS.md there): numeric feature columns followed
 * by one class column.
 */
public record ShippedDataset(List<String> featureNames, String classColumn, double[][] features, List<String> classes) {

    public static final ShippedDataset BREAST_CANCER = load("breast_cancer.csv");
    public static final ShippedDataset WINE = load("wine.csv");
    public static final ShippedDataset IRIS = load("iris.csv");

    public int rows() {
        return features.length;
    }

    /** The values of one feature column, a fresh array. */
    public double[] column(int feature) {
        double[] values = new double[features.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = features[i][feature];
        }
        return values;
    }

    static ShippedDataset load(String fileName) {
        String resource = "/labs/" + fileName;
        try (InputStream in = ShippedDataset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing dataset " + resource);
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
                List<String> header = parser.getHeaderNames();
                int width = header.size() - 1;
                List<CSVRecord> records = parser.getRecords();
                double[][] features = new double[records.size()][width];
                String[] classes = new String[records.size()];
                for (int i = 0; i < records.size(); i++) {
                    for (int j = 0; j < width; j++) {
                        features[i][j] = Double.parseDouble(records.get(i).get(j));
                    }
                    classes[i] = records.get(i).get(width);
                }
                return new ShippedDataset(List.copyOf(header.subList(0, width)), header.get(width), features,
                        List.of(classes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
