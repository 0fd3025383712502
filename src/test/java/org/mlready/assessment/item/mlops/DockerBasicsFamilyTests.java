package org.mlready.assessment.item.mlops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class DockerBasicsFamilyTests {

    @Test
    void layerCacheAnswerFollowsFromSimulatingTheBuildContext() {
        LayerCacheFamily family = new LayerCacheFamily();
        int rebuiltNothing = 0;
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<String> lines = Arrays.asList(StemReading.find(stem, "```dockerfile\n(.*?)\n```").split("\n"));
            List<String> ignored = Arrays.asList(StemReading.find(stem, "`.dockerignore` file lists (.*?)\\. The image")
                    .replace("`", "").split(",\\s*"));
            List<String> changed = StemReading.findAll(StemReading.find(stem, "Then you edit (.*?) and nothing else"),
                    "`([^`]+)`");
            // the build context: changed files that .dockerignore does not drop
            List<String> inContext = new ArrayList<>();
            for (String file : changed) {
                if (ignored.stream().noneMatch(dir -> file.split("/")[0].equals(dir))) {
                    inContext.add(file);
                }
            }
            int firstMissLine = 0;
            for (int i = 0; i < lines.size() && firstMissLine == 0; i++) {
                String[] words = lines.get(i).trim().split("\\s+");
                if (!words[0].equals("COPY")) {
                    continue;
                }
                for (String source : Arrays.copyOfRange(words, 1, words.length - 1)) {
                    for (String file : inContext) {
                        boolean hit = source.equals(".") || source.equals(file)
                                || (source.endsWith("/") && file.split("/")[0].equals(source.replace("/", "")));
                        if (hit) {
                            firstMissLine = i + 1;
                        }
                    }
                }
            }
            double expected;
            if (stem.contains("What is the line number")) {
                assertThat(firstMissLine).isPositive();
                expected = firstMissLine;
            } else {
                expected = firstMissLine == 0 ? 0 : lines.size() - firstMissLine + 1;
                rebuiltNothing += firstMissLine == 0 ? 1 : 0;
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo(expected);
        }
        assertThat(rebuiltNothing).isBetween(50, 800);
    }

    @Test
    void imageSizeSumsTheLayersOfTheLastStage() {
        ImageSizeFamily family = new ImageSizeFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            String dockerfile = StemReading.find(stem, "```dockerfile\n(.*?)\n```").replace("\\\n", " ");
            List<String> instructions = Arrays.asList(dockerfile.split("\n"));
            int lastFrom = 0;
            for (int i = 0; i < instructions.size(); i++) {
                if (instructions.get(i).startsWith("FROM")) {
                    lastFrom = i;
                }
            }
            int slim = StemReading.integer(stem, "-slim` is (\\d+) MB");
            int apt = StemReading.integer(stem, "writes (\\d+) MB\\. `pip");
            int packages = StemReading.integer(stem, "writes (\\d+) MB of packages");
            int cache = StemReading.integer(stem, "not to, (\\d+) MB of downloaded");
            int source = StemReading.integer(stem, "`src/` is (\\d+) MB");
            int size = 0;
            for (String instruction : instructions.subList(lastFrom, instructions.size())) {
                if (instruction.startsWith("FROM")) {
                    assertThat(instruction).endsWith("-slim");
                    size += slim;
                } else if (instruction.startsWith("COPY --from=builder /install")) {
                    size += packages;
                } else if (instruction.startsWith("COPY src/")) {
                    size += source;
                } else if (instruction.contains("apt-get install")) {
                    size += apt;
                } else if (instruction.contains("pip install")) {
                    boolean cacheKept = !instruction.contains("--no-cache-dir")
                            && !instruction.contains("rm -rf /root/.cache/pip");
                    size += packages + (cacheKept ? cache : 0);
                }
            }
            assertThat(StemReading.numericKey(item)).as(stem).isEqualTo((double) size);
        }
    }
}
