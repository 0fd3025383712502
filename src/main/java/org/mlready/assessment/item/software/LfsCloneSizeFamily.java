package org.mlready.assessment.item.software;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

/** How much a fresh clone downloads when large files are committed repeatedly, with and without Git LFS. */
public final class LfsCloneSizeFamily extends GeneratedItemFamily {

    public LfsCloneSizeFamily() {
        super("lfs-clone-size", "git-workflows-ds", 3000);
    }

    private static final List<String> SMALL = List.of("src/train.py", "src/features.py", "params.yaml",
            "README.md", "requirements.txt", "notebooks/eda.ipynb");
    private static final List<String> LARGE = List.of("models/model.pt", "data/train.parquet", "data/images.zip",
            "models/encoder.onnx", "data/embeddings.npy");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int threshold = RandomDraw.pick(random, List.of(10, 20, 50, 100));
        List<String> paths = new ArrayList<>();
        List<BigDecimal> sizes = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        for (String p : RandomDraw.sample(random, SMALL, RandomDraw.between(random, 2, 3))) {
            paths.add(p);
            sizes.add(BigDecimal.valueOf(RandomDraw.between(random, 1, 40), 2));
            versions.add(RandomDraw.between(random, 3, 40));
        }
        for (String p : RandomDraw.sample(random, LARGE, RandomDraw.between(random, 1, 3))) {
            paths.add(p);
            sizes.add(BigDecimal.valueOf(RandomDraw.between(random, threshold * 10 + 10, threshold * 60), 1));
            versions.add(RandomDraw.between(random, 2, 12));
        }
        boolean withLfs = random.nextBoolean();
        BigDecimal total = BigDecimal.ZERO;
        List<String> rows = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            boolean large = sizes.get(i).compareTo(BigDecimal.valueOf(threshold)) >= 0;
            BigDecimal part = withLfs && large ? sizes.get(i) : sizes.get(i).multiply(BigDecimal.valueOf(versions.get(i)));
            total = total.add(part);
            rows.add("| `" + paths.get(i) + "` | " + sizes.get(i).toPlainString() + " | " + versions.get(i) + " |");
            terms.add(withLfs && large ? sizes.get(i).toPlainString() + " (`" + paths.get(i) + "` via LFS, latest "
                    + "version only)" : versions.get(i) + " \\times " + sizes.get(i).toPlainString());
        }
        BigDecimal answer = total.setScale(1, RoundingMode.HALF_UP);
        String setup = withLfs ? "From the first commit, every file of at least " + threshold + " MB was tracked "
                + "with Git LFS (`git lfs track`), so Git history holds only tiny pointer files for them (count "
                + "pointers as 0 MB) and a clone downloads from LFS only the version checked out at the tip."
                : "No Git LFS is used: every file is stored in Git history directly.";
        String stem = "A team's repository holds these files; each was committed as a full new version the number "
                + "of times shown (sizes in MB, the same for every version):\n\n| file | size (MB) | versions "
                + "committed |\n| --- | --- | --- |\n" + String.join("\n", rows) + "\n\n" + setup + " Assume Git "
                + "stores every version whole (no compression or delta savings). How many MB does a fresh `git "
                + "clone` of `main` download in total? Round to 1 decimal place.";
        String solution = "A clone downloads the whole Git history: every committed version of every file stored in "
                + "Git. " + (withLfs ? "Files of at least " + threshold + " MB live in LFS, so only their current "
                + "version is downloaded; smaller files keep all their versions in Git. " : "Without LFS, large "
                + "files are no exception: each of their versions stays in history forever. ")
                + "\n\n$$" + String.join(" + ", terms.stream().map(t -> t.contains("(") ? t.substring(0,
                t.indexOf(" (")) : t).toList()) + " = " + total.stripTrailingZeros().toPlainString() + "$$\n\n"
                + "Answer: **" + answer.toPlainString() + "** MB.";
        List<String> hints = List.of(withLfs ? "Which files are at or above the LFS size limit? Those are "
                        + "downloaded once, the others once per version." : "Every version ever committed stays "
                        + "in the history that a clone downloads.",
                "Multiply size by versions for each file stored in Git, then add everything up.");
        double difficulty = -0.5 + (withLfs ? 0.6 : 0) + 0.1 * paths.size();
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                AnswerKeys.rounded(answer.doubleValue(), 1), solution, hints, List.of(),
                ItemIrt.free(1.0, difficulty));
    }
}
