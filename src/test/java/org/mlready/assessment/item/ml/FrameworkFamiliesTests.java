package org.mlready.assessment.item.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;

/**
 * Reads the Keras / PyTorch code back out of each stem and recomputes shapes and parameter counts from it, so the
 * shown code, not the generator's internal model, is what is verified. PyTorch layer arguments (in_channels,
 * in_features) are also checked for consistency with the running shape.
 */
class FrameworkFamiliesTests {

    private static final int SEEDS = 1200;

    private static final Pattern KERAS_INPUT = Pattern.compile("keras\\.Input\\(shape=\\(([0-9, ]+)\\)\\)");
    private static final Pattern KERAS_CONV = Pattern.compile(
            "layers\\.Conv2D\\((\\d+), kernel_size=(\\d+), strides=(\\d+), padding=\"(same|valid)\"");
    private static final Pattern KERAS_DENSE = Pattern.compile("layers\\.Dense\\((\\d+)");
    private static final Pattern TORCH_CONV = Pattern.compile(
            "nn\\.Conv2d\\((\\d+), (\\d+), kernel_size=(\\d+), stride=(\\d+), padding=(\\d+)\\)");
    private static final Pattern TORCH_LINEAR = Pattern.compile("nn\\.Linear\\((\\d+), (\\d+)\\)");
    private static final Pattern TORCH_INPUT = Pattern.compile("torch\\.randn\\(([0-9, ]+)\\)");
    private static final Pattern BATCH = Pattern.compile("batch `x` of shape `\\(([0-9, ]+)\\)`");

    /** Running state: a spatial (c, h, w) tensor or a flat vector, plus the parameter total. */
    private static final class State {
        int c;
        int h;
        int w;
        int features = -1;
        long parameters;

        List<Integer> shape(int batch, boolean channelsLast) {
            if (features >= 0) {
                return List.of(batch, features);
            }
            return channelsLast ? List.of(batch, h, w, c) : List.of(batch, c, h, w);
        }
    }

    private static int[] ints(String csv) {
        return java.util.Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
    }

    private static List<String> codeLines(String stem) {
        int start = stem.indexOf("```python\n");
        int end = stem.indexOf("\n```", start + 1);
        assertThat(start).isNotNegative();
        return List.of(stem.substring(start + 10, end).split("\n"));
    }

    private static State runKeras(String stem) {
        State s = new State();
        for (String line : codeLines(stem)) {
            Matcher m;
            if ((m = KERAS_INPUT.matcher(line)).find()) {
                int[] shape = ints(m.group(1));
                if (shape.length == 1) {
                    s.features = shape[0];
                } else {
                    s.h = shape[0];
                    s.w = shape[1];
                    s.c = shape[2];
                }
            } else if ((m = KERAS_CONV.matcher(line)).find()) {
                int filters = Integer.parseInt(m.group(1));
                int k = Integer.parseInt(m.group(2));
                int stride = Integer.parseInt(m.group(3));
                boolean same = m.group(4).equals("same");
                s.parameters += (long) k * k * s.c * filters + filters;
                s.h = same ? sameWindows(s.h, stride) : TrainingWorkflowFamiliesTests.windows(s.h, k, stride, 0, 1);
                s.w = same ? sameWindows(s.w, stride) : TrainingWorkflowFamiliesTests.windows(s.w, k, stride, 0, 1);
                s.c = filters;
            } else if (line.contains("layers.MaxPooling2D(pool_size=2)")) {
                s.h = TrainingWorkflowFamiliesTests.windows(s.h, 2, 2, 0, 1);
                s.w = TrainingWorkflowFamiliesTests.windows(s.w, 2, 2, 0, 1);
            } else if (line.contains("layers.Flatten()")) {
                s.features = s.c * s.h * s.w;
            } else if ((m = KERAS_DENSE.matcher(line)).find()) {
                int units = Integer.parseInt(m.group(1));
                s.parameters += (long) s.features * units + units;
                s.features = units;
            }
        }
        return s;
    }

    /** TensorFlow 'SAME': positions 0, s, 2s, ... that start inside the input. */
    private static int sameWindows(int size, int stride) {
        int count = 0;
        for (int start = 0; start < size; start += stride) {
            count++;
        }
        return count;
    }

    private static State runTorch(String stem, int[] nchw) {
        State s = new State();
        boolean spatialInput = nchw.length == 3;
        if (spatialInput) {
            s.c = nchw[0];
            s.h = nchw[1];
            s.w = nchw[2];
        }
        for (String line : codeLines(stem)) {
            Matcher m;
            if ((m = TORCH_CONV.matcher(line)).find()) {
                int in = Integer.parseInt(m.group(1));
                int out = Integer.parseInt(m.group(2));
                int k = Integer.parseInt(m.group(3));
                int stride = Integer.parseInt(m.group(4));
                int padding = Integer.parseInt(m.group(5));
                assertThat(in).as("nn.Conv2d in_channels").isEqualTo(s.c);
                s.parameters += (long) k * k * in * out + out;
                s.h = TrainingWorkflowFamiliesTests.windows(s.h, k, stride, padding, 1);
                s.w = TrainingWorkflowFamiliesTests.windows(s.w, k, stride, padding, 1);
                s.c = out;
            } else if (line.contains("nn.MaxPool2d(2)")) {
                s.h = TrainingWorkflowFamiliesTests.windows(s.h, 2, 2, 0, 1);
                s.w = TrainingWorkflowFamiliesTests.windows(s.w, 2, 2, 0, 1);
            } else if (line.contains("nn.Flatten()")) {
                s.features = s.c * s.h * s.w;
            } else if ((m = TORCH_LINEAR.matcher(line)).find()) {
                int in = Integer.parseInt(m.group(1));
                int out = Integer.parseInt(m.group(2));
                if (s.features < 0) {
                    s.features = in;
                }
                assertThat(in).as("nn.Linear in_features").isEqualTo(s.features);
                s.parameters += (long) in * out + out;
                s.features = out;
            }
        }
        return s;
    }

    @Test
    void kerasParameterCountMatchesTheShownCode() {
        FrameworkParameterCountFamily family = FrameworkParameterCountFamily.keras();
        for (long seed = 0; seed < SEEDS; seed++) {
            ItemInstance item = family.generate(seed);
            assertThat(item.stem()).contains("keras.Sequential(").doesNotContain("nn.");
            assertThat(Keys.number(item)).isEqualTo(runKeras(item.stem()).parameters);
        }
    }

    @Test
    void pytorchParameterCountMatchesTheShownCode() {
        FrameworkParameterCountFamily family = FrameworkParameterCountFamily.pytorch();
        for (long seed = 0; seed < SEEDS; seed++) {
            ItemInstance item = family.generate(seed);
            assertThat(item.stem()).contains("nn.Sequential(").doesNotContain("layers.");
            int[] input = family.problem(seed).inputShape();
            assertThat(Keys.number(item)).isEqualTo(runTorch(item.stem(), input).parameters);
        }
    }

    @Test
    void kerasOutputShapeMatchesTheShownCode() {
        FrameworkOutputShapeFamily family = FrameworkOutputShapeFamily.keras();
        for (long seed = 0; seed < SEEDS; seed++) {
            ItemInstance item = family.generate(seed);
            Matcher batch = BATCH.matcher(item.stem());
            assertThat(batch.find()).isTrue();
            int[] nhwc = ints(batch.group(1));
            State s = runKeras(item.stem());
            assertThat(s.h).isPositive();
            assertThat(Keys.shape(item)).isEqualTo(s.shape(nhwc[0], true));
            // the input line of the model agrees with the batch shown
            assertThat(item.stem()).contains("keras.Input(shape=(" + nhwc[1] + ", " + nhwc[2] + ", " + nhwc[3] + "))");
        }
    }

    @Test
    void pytorchOutputShapeMatchesTheShownCode() {
        FrameworkOutputShapeFamily family = FrameworkOutputShapeFamily.pytorch();
        for (long seed = 0; seed < SEEDS; seed++) {
            ItemInstance item = family.generate(seed);
            Matcher input = TORCH_INPUT.matcher(item.stem());
            assertThat(input.find()).isTrue();
            int[] nchw = ints(input.group(1));
            State s = runTorch(item.stem(), new int[] {nchw[1], nchw[2], nchw[3]});
            assertThat(s.h).isPositive();
            assertThat(Keys.shape(item)).isEqualTo(s.shape(nchw[0], false));
        }
    }

    @Test
    void stacksUseEveryLayerKindAcrossSeeds() {
        List<String> seen = new ArrayList<>();
        for (long seed = 0; seed < 200; seed++) {
            seen.add(FrameworkOutputShapeFamily.keras().generate(seed).stem());
            seen.add(FrameworkParameterCountFamily.pytorch().generate(seed).stem());
        }
        String all = String.join("\n", seen);
        assertThat(all).contains("padding=\"same\"", "padding=\"valid\"", "strides=2", "MaxPooling2D", "nn.MaxPool2d(2)",
                "stride=2", "nn.Linear(", "layers.Dense(", "layers.Flatten()");
    }
}
