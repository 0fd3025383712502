package org.mlready.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sympson-Hetter exposure parameters per item family, calibrated by the readiness simulation (see
 * docs/readiness-model.md and BENCHMARKS.md) and shipped as {@code readiness/exposure-parameters.csv}.
 */
final class ExposureParameters {

    private ExposureParameters() {
    }

    static Map<String, Double> load() {
        Map<String, Double> parameters = new LinkedHashMap<>();
        try (InputStream in = ExposureParameters.class.getResourceAsStream("/readiness/exposure-parameters.csv")) {
            if (in == null) {
                return parameters;
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split(",");
                if (cells.length == 2) {
                    parameters.put(cells[0].strip(), Double.parseDouble(cells[1].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parameters;
    }
}
