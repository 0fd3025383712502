package org.mlready.assessment.item.bigdata;

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
 * Leaderless replication with N replicas, write quorum W and read quorum R, given as numbers or as Cassandra-style
 * consistency levels: overlap of read and write sets, the smallest R for read-your-writes, failures tolerated.
 */
public final class QuorumFamily extends GeneratedItemFamily {

    public QuorumFamily() {
        super("replica-quorums", "nosql-modelling", 400);
    }

    private enum Ask { MIN_OVERLAP, SMALLEST_READ, FAILURES_BOTH, FAILURES_WRITE }

    private static final List<String> WORDS = List.of("ONE", "TWO", "THREE");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = RandomDraw.between(random, 3, 9);
        boolean levels = random.nextBoolean();
        int quorum = n / 2 + 1;
        int w;
        int r;
        String wText;
        String rText;
        if (levels) {
            String wLevel = level(random, n);
            String rLevel = level(random, n);
            w = size(wLevel, n);
            r = size(rLevel, n);
            wText = "`" + wLevel + "`";
            rText = "`" + rLevel + "`";
        } else {
            w = RandomDraw.between(random, 1, n);
            r = RandomDraw.between(random, 1, n);
            wText = "$W = " + w + "$";
            rText = "$R = " + r + "$";
        }
        Ask ask = Ask.values()[random.nextInt(Ask.values().length)];
        String setup = "A replicated store keeps every key on $N = " + n + "$ replicas. Writes wait for " + wText
                + " and reads for " + rText + (levels ? " (consistency levels: `QUORUM` means $\\lfloor N/2 \\rfloor "
                + "+ 1$ replicas, `ALL` means all $N$)" : " acknowledgements (replicas that answer)")
                + ". Any replicas may answer, not necessarily the same ones each time.\n\n";
        String sizes = levels ? "Here $W = " + w + "$ and $R = " + r + "$" + (w == quorum || r == quorum
                ? " (quorum $= \\lfloor " + n + "/2 \\rfloor + 1 = " + quorum + "$)" : "") + ". " : "";
        String question;
        int answer;
        String derivation;
        List<String> hints;
        double difficulty;
        switch (ask) {
            case MIN_OVERLAP -> {
                answer = Math.max(0, r + w - n);
                question = "In the worst case, how many replicas does a successful read have in common with the "
                        + "replicas that acknowledged the latest successful write?";
                derivation = "The read set and the write set are chosen from the same " + n + " replicas, so they "
                        + "share at least $R + W - N = " + r + " + " + w + " - " + n + " = " + (r + w - n) + "$ "
                        + (r + w - n < 0 ? "replicas, and a negative bound means they can be disjoint" : "replicas")
                        + ".";
                hints = List.of("Put the write set and the read set as far apart as the " + n + " replicas allow.");
                difficulty = 0.1;
            }
            case SMALLEST_READ -> {
                answer = n - w + 1;
                question = "Keeping the writes as they are, what is the smallest number of replicas a read must "
                        + "wait for so that every read overlaps the latest successful write?";
                derivation = "Overlap is guaranteed exactly when $R + W > N$, so $R \\ge N - W + 1 = " + n + " - " + w
                        + " + 1 = " + answer + "$.";
                hints = List.of("A read overlaps every write set when $R + W > N$.");
                difficulty = 0.0;
            }
            case FAILURES_BOTH -> {
                answer = Math.min(n - r, n - w);
                question = "How many replicas of a key can be down at the same time while both reads and writes of "
                        + "that key still succeed?";
                derivation = "Writes need " + replicas(w) + " alive, so they survive $N - W = " + (n - w) + "$ "
                        + "failures; reads need " + r + ", so they survive $N - R = " + (n - r) + "$. Both work up to "
                        + "the smaller number: $\\min(" + (n - w) + ", " + (n - r) + ") = " + answer + "$.";
                hints = List.of("An operation that waits for $k$ of $N$ replicas survives $N - k$ failures.",
                        "Both operations must succeed, so take the tighter limit.");
                difficulty = -0.3;
            }
            default -> {
                answer = n - w;
                question = "How many replicas of a key can be down at the same time while writes to that key still "
                        + "succeed?";
                derivation = "A write needs " + w + " acknowledgements out of " + n + ", so it survives $N - W = " + n
                        + " - " + w + " = " + answer + "$ failures.";
                hints = List.of("Count how many replicas must still answer a write.");
                difficulty = -0.8;
            }
        }
        String stem = setup + question;
        String solution = sizes + derivation + "\n\nAnswer: **" + answer + "**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.0, difficulty + (levels ? 0.3 : 0)));
    }

    private static String replicas(int k) {
        return k + (k == 1 ? " replica" : " replicas");
    }

    private static String level(Random random, int n) {
        int pick = random.nextInt(5);
        if (pick < 3 && pick + 1 <= n) {
            return WORDS.get(pick);
        }
        return pick == 3 ? "QUORUM" : "ALL";
    }

    private static int size(String level, int n) {
        if (level.equals("QUORUM")) {
            return n / 2 + 1;
        }
        if (level.equals("ALL")) {
            return n;
        }
        return WORDS.indexOf(level) + 1;
    }
}
