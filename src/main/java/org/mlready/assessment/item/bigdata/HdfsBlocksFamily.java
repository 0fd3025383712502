package org.mlready.assessment.item.bigdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * HDFS blocks, block replicas, raw disk and map tasks for generated files. File sizes leave either no remainder or
 * more than 10% of a block, so Hadoop's 1.1 split slop never merges a small tail into the previous split.
 */
public final class HdfsBlocksFamily extends GeneratedItemFamily {

    public HdfsBlocksFamily() {
        super("hdfs-blocks-and-storage", "hadoop-distributed", 3000);
    }

    private enum Ask { BLOCKS, REPLICAS, RAW_DISK, MAP_TASKS, LAST_BLOCK }

    private static final List<String> NAMES = List.of("clicks", "images", "logs", "sessions", "labels", "features",
            "events", "embeddings");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int block = RandomDraw.pick(random, 64, 128, 128, 256);
        int replication = RandomDraw.pick(random, 1, 2, 3, 3, 3, 4);
        Ask ask = Ask.values()[random.nextInt(Ask.values().length)];
        int fileCount = ask == Ask.LAST_BLOCK ? 1 : RandomDraw.between(random, 1, 4);
        List<String> names = RandomDraw.sample(random, NAMES, fileCount);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < fileCount; i++) {
            sizes.add(fileSize(random, block, ask == Ask.LAST_BLOCK));
        }

        List<List<String>> rows = new ArrayList<>();
        int blocks = 0;
        long raw = 0;
        for (int i = 0; i < fileCount; i++) {
            int s = sizes.get(i);
            int b = (s + block - 1) / block;
            int last = s - (b - 1) * block;
            blocks += b;
            raw += (long) s * replication;
            rows.add(List.of("`" + names.get(i) + ".csv`", String.valueOf(s),
                    "$\\lceil " + s + " / " + block + " \\rceil = " + b + "$", String.valueOf(last),
                    String.valueOf((long) s * replication)));
        }
        String files = fileCount == 1 ? "the file `" + names.get(0) + ".csv` of " + sizes.get(0) + " MiB"
                : "these files: " + listing(names, sizes);
        String setup = "An HDFS cluster uses a block size of " + block + " MiB (`dfs.blocksize = "
                + (long) block * 1024 * 1024 + "`) and replication factor " + replication + ". You upload " + files
                + ". Sizes are in MiB (1 MiB = $2^{20}$ bytes).\n\n";
        String question;
        long answer;
        String conclusion;
        String table = MarkdownTable.render(List.of("file", "size (MiB)", "blocks", "last block (MiB)",
                "raw disk (MiB)"), rows);
        switch (ask) {
            case BLOCKS -> {
                question = "How many HDFS blocks (not counting replicas) does the upload create in total?";
                answer = blocks;
                conclusion = "Blocks never span files, so the counts add up: **" + blocks + "** blocks.";
            }
            case REPLICAS -> {
                question = "How many block replicas are stored on the DataNodes in total?";
                answer = (long) blocks * replication;
                conclusion = "Every block is stored " + replication + " times: $" + blocks + " \\cdot " + replication
                        + " = " + answer + "$, so **" + answer + "** replicas.";
            }
            case RAW_DISK -> {
                question = "How much raw DataNode disk, in MiB, do the files use in total, counting every replica? "
                        + "A block only occupies the bytes it holds.";
                answer = raw;
                conclusion = "A partly filled last block takes only its own size, so raw disk is the file size times "
                        + "the replication factor: **" + raw + "** MiB.";
            }
            case MAP_TASKS -> {
                question = "A MapReduce job with the default `TextInputFormat` (one input split per block) reads "
                        + (fileCount == 1 ? "this file" : "all these files") + ". How many map tasks does it run?";
                answer = blocks;
                conclusion = "One map task per split and splits never span files: **" + blocks + "** map tasks.";
            }
            default -> {
                question = "How large, in MiB, is the last block of the file?";
                answer = sizes.get(0) - ((sizes.get(0) + block - 1) / block - 1) * block;
                conclusion = "The full blocks hold $" + (sizes.get(0) - answer) + "$ MiB, the last one the rest: **"
                        + answer + "** MiB.";
            }
        }
        String stem = setup + question;
        String solution = "A file is cut into $\\lceil \\text{size} / " + block + " \\rceil$ blocks; all but the "
                + "last are full, and each block is stored " + replication + " times.\n\n" + table + "\n" + conclusion;
        List<String> hints = List.of("Divide each file size by the block size and round up.",
                ask == Ask.RAW_DISK ? "HDFS does not pad the last block to the full block size."
                        : ask == Ask.REPLICAS ? "Each block is copied to as many DataNodes as the replication factor."
                        : "Files are split separately; a block never holds data from two files.");
        double difficulty = switch (ask) {
            case BLOCKS -> -1.2;
            case MAP_TASKS -> -0.8;
            case LAST_BLOCK -> -0.9;
            case REPLICAS -> -0.5;
            case RAW_DISK -> 0.0;
        } + 0.2 * (fileCount - 1);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.0, difficulty));
    }

    private static int fileSize(Random random, int block, boolean needsRemainder) {
        int full = RandomDraw.between(random, needsRemainder ? 1 : 0, 12);
        if (!needsRemainder && full > 0 && random.nextInt(6) == 0) {
            return full * block;
        }
        int tailLow = block / 10 + 1;
        return full * block + RandomDraw.between(random, tailLow, block - 1);
    }

    private static String listing(List<String> names, List<Integer> sizes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add("`" + names.get(i) + ".csv` (" + sizes.get(i) + " MiB)");
        }
        return String.join(", ", out);
    }
}
