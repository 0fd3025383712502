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
 * Docker's build cache: a COPY misses the cache when a file it copies has changed (files excluded by .dockerignore
 * are not in the build context at all), and once one step misses, every later step is rebuilt.
 */
public final class LayerCacheFamily extends GeneratedItemFamily {

    private static final List<String> IGNORED = List.of("notebooks", "data", ".git");
    private static final List<String> FILES = List.of("requirements.txt", "src/train.py", "src/serve.py",
            "src/features.py", "config/serving.yaml", "README.md", "notebooks/eda.ipynb", "data/sample.csv",
            "tests/test_features.py");

    /** One Dockerfile instruction; {@code sources} are the COPY sources, empty for other instructions. */
    private record Step(String text, List<String> sources) {
    }

    public LayerCacheFamily() {
        super("docker-layer-cache", "docker-basics", 1500);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        List<Step> steps = dockerfile(random);
        List<String> changed = RandomDraw.sample(random, FILES, RandomDraw.between(random, 1, 2));
        boolean askLine = random.nextBoolean();

        int firstMiss = -1;
        String culprit = null;
        for (int i = 0; i < steps.size() && firstMiss < 0; i++) {
            for (String file : changed) {
                if (copies(steps.get(i).sources(), file)) {
                    firstMiss = i;
                    culprit = file;
                    break;
                }
            }
        }
        if (firstMiss < 0) {
            askLine = false;
        }
        int rebuilt = firstMiss < 0 ? 0 : steps.size() - firstMiss;

        StringBuilder file = new StringBuilder("```dockerfile\n");
        for (Step step : steps) {
            file.append(step.text()).append('\n');
        }
        file.append("```\n\n");
        String stem = "A team builds its serving image from this `Dockerfile` (line 1 is `FROM`):\n\n" + file
                + "The `.dockerignore` file lists `" + String.join("`, `", IGNORED) + "`. The image has been built "
                + "once, so every step is in the build cache. Then " + changedText(changed) + " and nothing else "
                + "changes, and the image is rebuilt.\n\n"
                + (askLine ? "What is the line number of the first instruction that is not taken from the cache?"
                : "Counting every instruction after `FROM` as one step, how many steps run again instead of "
                + "coming from the cache? (Answer 0 if all are cached.)");

        StringBuilder solution = new StringBuilder();
        solution.append("A `COPY` step is reused only if the files it copies are unchanged; other steps are reused if "
                + "their text and everything above them are unchanged. Files matched by `.dockerignore` never reach "
                + "the build context, so editing them cannot invalidate anything.\n\n");
        for (String f : changed) {
            solution.append("- `").append(f).append("`: ").append(effect(steps, f)).append('\n');
        }
        if (firstMiss < 0) {
            solution.append("\nNo step copies a changed file, so the whole build comes from the cache.\n\nAnswer: **0**.");
        } else {
            solution.append("\nThe first miss is line ").append(firstMiss + 1).append(", `")
                    .append(steps.get(firstMiss).text()).append("` (it copies `").append(culprit).append("`). ");
            solution.append("Every step below a miss is rebuilt too, because each layer builds on the one before: "
                    + "lines ").append(firstMiss + 1).append(" to ").append(steps.size()).append(", that is $")
                    .append(steps.size()).append(" - ").append(firstMiss + 1).append(" + 1 = ").append(rebuilt)
                    .append("$ steps.\n\nAnswer: **").append(askLine ? firstMiss + 1 : rebuilt).append("**.");
        }
        List<String> hints = List.of("For each changed file, find the first `COPY` whose sources include it, and "
                + "check `.dockerignore` first.", "Once a step misses the cache, nothing after it can be reused.");
        double difficulty = -0.3 + (askLine ? 0 : 0.3) + (changed.size() == 2 ? 0.3 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                AnswerKeys.exact(askLine ? firstMiss + 1 : rebuilt), solution.toString(), hints, List.of(),
                ItemIrt.free(1.2, difficulty));
    }

    private static List<Step> dockerfile(Random random) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("FROM python:3." + RandomDraw.between(random, 9, 12) + "-slim", List.of()));
        steps.add(new Step("WORKDIR /app", List.of()));
        if (random.nextBoolean()) {
            steps.add(new Step("ENV PYTHONUNBUFFERED=1", List.of()));
        }
        if (random.nextBoolean()) {
            steps.add(new Step("RUN apt-get update && apt-get install -y --no-install-recommends libgomp1", List.of()));
        }
        Step pip = new Step("RUN pip install --no-cache-dir -r requirements.txt", List.of());
        int layout = random.nextInt(3);
        if (layout == 2) {
            steps.add(new Step("COPY . .", List.of(".")));
            steps.add(pip);
        } else {
            steps.add(new Step("COPY requirements.txt .", List.of("requirements.txt")));
            steps.add(pip);
            if (layout == 0) {
                steps.add(new Step("COPY . .", List.of(".")));
            } else {
                Step config = new Step("COPY config/ ./config/", List.of("config/"));
                Step src = new Step("COPY src/ ./src/", List.of("src/"));
                boolean configFirst = random.nextBoolean();
                steps.add(configFirst ? config : src);
                steps.add(configFirst ? src : config);
            }
        }
        if (random.nextBoolean()) {
            steps.add(new Step("RUN python -m compileall -q src", List.of()));
        }
        if (random.nextBoolean()) {
            steps.add(new Step("EXPOSE 8080", List.of()));
        }
        steps.add(new Step("CMD [\"python\", \"src/serve.py\"]", List.of()));
        return steps;
    }

    private static boolean ignored(String file) {
        return IGNORED.stream().anyMatch(prefix -> file.startsWith(prefix + "/"));
    }

    private static boolean copies(List<String> sources, String file) {
        if (ignored(file)) {
            return false;
        }
        for (String source : sources) {
            if (source.equals(".") || source.equals(file) || (source.endsWith("/") && file.startsWith(source))) {
                return true;
            }
        }
        return false;
    }

    private static String effect(List<Step> steps, String file) {
        if (ignored(file)) {
            return "excluded by `.dockerignore`, so it is not in the build context.";
        }
        for (int i = 0; i < steps.size(); i++) {
            if (copies(steps.get(i).sources(), file)) {
                return "first copied by line " + (i + 1) + ", `" + steps.get(i).text() + "`.";
            }
        }
        return "no `COPY` includes it, so it does not affect the build.";
    }

    private static String changedText(List<String> changed) {
        return changed.size() == 1 ? "you edit `" + changed.get(0) + "`"
                : "you edit `" + changed.get(0) + "` and `" + changed.get(1) + "`";
    }
}
