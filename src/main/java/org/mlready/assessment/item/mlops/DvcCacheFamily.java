package org.mlready.assessment.item.mlops;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Content-addressed storage as DVC uses it: the cache holds each distinct content once, whatever file or version it
 * belongs to, so the cache size counts unique hashes and switching versions downloads only the hashes missing.
 */
public final class DvcCacheFamily extends GeneratedItemFamily {

    private static final List<String> FILES = List.of("data/train.csv", "data/val.csv", "data/test.csv",
            "models/model.pkl", "data/labels.parquet");

    /** One distinct file content: its shortened hash and its size in MB. */
    private record Content(String hash, int megabytes) {
    }

    public DvcCacheFamily() {
        super("dvc-cache-size", "data-versioning-tracking", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int versions = RandomDraw.between(random, 3, 4);
        List<String> files = RandomDraw.sample(random, FILES, 3);
        Set<String> usedHashes = new HashSet<>();
        // table.get(file)[v] is the content of that file at version v
        Map<String, List<Content>> table = new LinkedHashMap<>();
        for (String file : files) {
            List<Content> history = new ArrayList<>();
            history.add(fresh(random, usedHashes));
            for (int v = 1; v < versions; v++) {
                Content previous = history.get(v - 1);
                double roll = random.nextDouble();
                List<Content> older = new ArrayList<>();
                for (Content c : history) {
                    if (!c.equals(previous) && !older.contains(c)) {
                        older.add(c);
                    }
                }
                if (roll < 0.45) {
                    history.add(previous);
                } else if (roll < 0.65 && !older.isEmpty()) {
                    history.add(RandomDraw.pick(random, older));
                } else {
                    history.add(fresh(random, usedHashes));
                }
            }
            table.put(file, history);
        }
        boolean askCache = random.nextBoolean();
        int from = random.nextInt(versions);
        int to = (from + 1 + random.nextInt(versions - 1)) % versions;

        List<String> header = new ArrayList<>(List.of("file"));
        for (int v = 0; v < versions; v++) {
            header.add("v" + (v + 1));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<Content>> entry : table.entrySet()) {
            List<String> row = new ArrayList<>(List.of("`" + entry.getKey() + "`"));
            for (Content c : entry.getValue()) {
                row.add("`" + c.hash() + "` (" + c.megabytes() + " MB)");
            }
            rows.add(row);
        }
        String intro = "A project tracks three files with DVC. Each cell shows the (shortened) content hash and size "
                + "of a file in one Git commit, tagged v1 to v" + versions + ":\n\n" + Text.table(header, rows) + "\n";
        String stem;
        int answer;
        StringBuilder solution = new StringBuilder("DVC stores a file in its cache under the hash of its content, "
                + "so identical contents are stored once, however many files or versions share them.\n\n");
        if (askCache) {
            Map<String, Integer> unique = new LinkedHashMap<>();
            for (List<Content> history : table.values()) {
                for (Content c : history) {
                    unique.put(c.hash(), c.megabytes());
                }
            }
            answer = unique.values().stream().mapToInt(Integer::intValue).sum();
            stem = intro + "Every version was added and committed in turn (`dvc add`, `git commit`) in one workspace, "
                    + "and nothing was ever garbage-collected. How many MB does the local DVC cache hold?";
            solution.append("Distinct hashes: ");
            List<String> parts = new ArrayList<>();
            unique.forEach((hash, mb) -> parts.add("`" + hash + "` " + mb));
            solution.append(String.join(", ", parts)).append(".\n\nSum: $")
                    .append(String.join(" + ", unique.values().stream().map(String::valueOf).toList()))
                    .append(" = ").append(answer).append("$ MB.");
        } else {
            Set<String> have = new HashSet<>();
            for (List<Content> history : table.values()) {
                have.add(history.get(from).hash());
            }
            Map<String, Integer> missing = new LinkedHashMap<>();
            for (List<Content> history : table.values()) {
                Content c = history.get(to);
                if (!have.contains(c.hash())) {
                    missing.put(c.hash(), c.megabytes());
                }
            }
            answer = missing.values().stream().mapToInt(Integer::intValue).sum();
            stem = intro + "A teammate clones the repository, checks out v" + (from + 1) + " and runs `dvc pull`, "
                    + "so their cache holds exactly the contents of v" + (from + 1) + ". Then they run `git checkout v"
                    + (to + 1) + "` and `dvc pull` again. How many MB does the second pull download from the remote?";
            List<String> haveList = new ArrayList<>(have);
            haveList.sort(null);
            solution.append("The cache holds the v").append(from + 1).append(" hashes: `")
                    .append(String.join("`, `", haveList)).append("`.\n\nv").append(to + 1).append(" needs ");
            List<String> needs = new ArrayList<>();
            for (List<Content> history : table.values()) {
                Content c = history.get(to);
                needs.add("`" + c.hash() + "`" + (have.contains(c.hash()) ? " (cached)" : " (" + c.megabytes()
                        + " MB, missing)"));
            }
            solution.append(String.join(", ", needs)).append(".\n\n");
            solution.append(missing.isEmpty() ? "Nothing is missing, so nothing is downloaded."
                    : "Download: $" + String.join(" + ", missing.values().stream().map(String::valueOf).toList())
                    + " = " + answer + "$ MB.");
        }
        solution.append("\n\nAnswer: **").append(answer).append("** MB.");
        List<String> hints = List.of("The cache is keyed by content hash, not by file name or version.",
                askCache ? "List each distinct hash once, wherever it appears." : "Only hashes not already in the "
                        + "cache are fetched; a file reverted to an older content may already be there.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer),
                solution.toString(), hints, List.of(), ItemIrt.free(1.2, askCache ? 0.0 : 0.4));
    }

    private static Content fresh(Random random, Set<String> used) {
        String hash;
        do {
            hash = String.format("%04x", random.nextInt(0x10000));
        } while (!used.add(hash));
        return new Content(hash, RandomDraw.between(random, 2, 300));
    }
}
