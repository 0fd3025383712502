package org.mlready.assessment.item.mlops;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Image size as the sum of its layers: files deleted in a later layer still occupy the earlier one, a cleanup in
 * the same {@code RUN} never reaches a layer, and a multi-stage build keeps only the last stage's layers.
 */
public final class ImageSizeFamily extends GeneratedItemFamily {

    public ImageSizeFamily() {
        super("docker-image-size", "docker-basics", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int version = RandomDraw.between(random, 10, 12);
        int slim = RandomDraw.between(random, 110, 160);
        int full = RandomDraw.between(random, 880, 1040);
        int apt = RandomDraw.between(random, 15, 60) * 5;
        int packages = RandomDraw.between(random, 20, 180) * 5;
        int cache = RandomDraw.between(random, 8, 40) * 5;
        int source = RandomDraw.between(random, 1, 40);
        boolean multiStage = random.nextInt(3) == 0;
        // 0: cache removed in a later RUN, 1: removed in the same RUN, 2: never written (--no-cache-dir)
        int cacheHandling = random.nextInt(3);
        boolean purgeLater = !multiStage && random.nextBoolean();

        List<String> lines = new ArrayList<>();
        List<String> solution = new ArrayList<>();
        int total;
        String pipTail = cacheHandling == 1 ? " \\\n    && rm -rf /root/.cache/pip" : "";
        String noCache = cacheHandling == 2 ? " --no-cache-dir" : "";
        int pipLayer = packages + (cacheHandling == 0 ? cache : 0);
        String pipReason = cacheHandling == 0 ? "packages plus the cache, which a later layer cannot take back"
                : cacheHandling == 1 ? "the cache is deleted in the same `RUN`, before the layer is saved"
                : "`--no-cache-dir` means the cache is never written";
        if (multiStage) {
            lines.add("FROM python:3." + version + " AS builder");
            lines.add("RUN apt-get update && apt-get install -y build-essential");
            lines.add("COPY requirements.txt .");
            lines.add("RUN pip install" + noCache + " --prefix=/install -r requirements.txt" + pipTail);
            if (cacheHandling == 0) {
                lines.add("RUN rm -rf /root/.cache/pip");
            }
            lines.add("");
            lines.add("FROM python:3." + version + "-slim");
            lines.add("WORKDIR /app");
            lines.add("COPY --from=builder /install /usr/local");
            lines.add("COPY src/ ./src/");
            lines.add("CMD [\"python\", \"src/serve.py\"]");
            total = slim + packages + source;
            solution.add("Only the last stage ends up in the image; the `builder` stage (with `python:3." + version
                    + "` at " + full + " MB, the compilers and the pip cache) is thrown away after its `/install` "
                    + "directory is copied.");
            solution.add("Final stage: base `python:3." + version + "-slim` " + slim + " MB, the copied `/install` "
                    + packages + " MB, `src/` " + source + " MB; `WORKDIR` and `CMD` add nothing.");
            solution.add("$" + slim + " + " + packages + " + " + source + " = " + total + "$ MB.");
        } else {
            lines.add("FROM python:3." + version + "-slim");
            lines.add("WORKDIR /app");
            lines.add("RUN apt-get update && apt-get install -y build-essential");
            lines.add("COPY requirements.txt .");
            lines.add("RUN pip install" + noCache + " -r requirements.txt" + pipTail);
            if (cacheHandling == 0) {
                lines.add("RUN rm -rf /root/.cache/pip");
            }
            if (purgeLater) {
                lines.add("RUN apt-get purge -y build-essential && apt-get autoremove -y");
            }
            lines.add("COPY src/ ./src/");
            lines.add("CMD [\"python\", \"src/serve.py\"]");
            total = slim + apt + pipLayer + source;
            solution.add("Every layer's files stay in the image, even if a later layer deletes them: deleting only "
                    + "hides files from the container's view.");
            solution.add("Base " + slim + " MB; compilers " + apt + " MB" + (purgeLater ? " (the later `purge` "
                    + "layer cannot shrink them)" : "") + "; pip layer " + pipLayer + " MB (" + pipReason + "); "
                    + "`src/` " + source + " MB; the other instructions add nothing.");
            solution.add("$" + slim + " + " + apt + " + " + pipLayer + " + " + source + " = " + total + "$ MB.");
        }
        String stem = "```dockerfile\n" + String.join("\n", lines) + "\n```\n\n"
                + "Sizes (uncompressed): `python:3." + version + "-slim` is " + slim + " MB and `python:3." + version
                + "` is " + full + " MB. Installing `build-essential` writes " + apt + " MB. `pip install` writes "
                + packages + " MB of packages and, unless told not to, " + cache + " MB of downloaded wheels to "
                + "`/root/.cache/pip`. `src/` is " + source + " MB; `requirements.txt` and the metadata "
                + "instructions add nothing worth counting, and deleting files writes nothing.\n\n"
                + "What is the size of the final image in MB, as the sum of its layers?";
        solution.add("Answer: **" + total + "** MB.");
        List<String> hints = multiStage
                ? List.of("Which `FROM` starts the stage that becomes the image?",
                "`COPY --from` brings over only the named directory.")
                : List.of("An image is a stack of layers; a layer records what one instruction wrote.",
                "Does a file deleted in a later layer free space in an earlier one?");
        double difficulty = multiStage ? 0.2 : 0.0 + (cacheHandling == 0 || purgeLater ? 0.4 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(total),
                String.join("\n\n", solution), hints, List.of(), ItemIrt.free(1.2, difficulty));
    }
}
