package org.mlready.assessment.item.bigdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A consistent-hashing ring with virtual nodes on positions 0-99: which node owns a key, or how many of the listed
 * keys move to a node that joins the ring.
 */
public final class ConsistentHashFamily extends GeneratedItemFamily {

    public ConsistentHashFamily() {
        super("consistent-hash-ring", "nosql-modelling", 3000);
    }

    private static final int RING = 100;
    private static final List<String> NODES = List.of("A", "B", "C", "D", "E");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int nodeCount = RandomDraw.between(random, 3, 4);
        int tokensPerNode = RandomDraw.between(random, 2, 3);
        List<Integer> positions = RandomDraw.sample(random, range(RING), (nodeCount + 1) * tokensPerNode + 6);
        TreeMap<Integer, String> ring = new TreeMap<>();
        int p = 0;
        for (int node = 0; node < nodeCount; node++) {
            for (int t = 0; t < tokensPerNode; t++) {
                ring.put(positions.get(p++), NODES.get(node));
            }
        }
        String newcomer = NODES.get(nodeCount);
        List<Integer> newTokens = new ArrayList<>();
        for (int t = 0; t < tokensPerNode; t++) {
            newTokens.add(positions.get(p++));
        }
        newTokens.sort(null);
        List<Integer> keys = new ArrayList<>(positions.subList(p, p + 6));
        List<String> keyNames = List.of("user:17", "user:42", "order:9", "cart:3", "item:88", "session:5");

        StringBuilder tokenText = new StringBuilder();
        for (int node = 0; node < nodeCount; node++) {
            String name = NODES.get(node);
            List<String> own = ring.entrySet().stream().filter(e -> e.getValue().equals(name))
                    .map(e -> String.valueOf(e.getKey())).toList();
            tokenText.append("- node ").append(name).append(": ").append(String.join(", ", own)).append('\n');
        }
        StringBuilder keyText = new StringBuilder();
        for (int k = 0; k < keys.size(); k++) {
            keyText.append(k == 0 ? "" : ", ").append('`').append(keyNames.get(k)).append("` at ").append(keys.get(k));
        }
        String setup = "A key-value store places nodes on a hash ring with positions 0-99. Each node owns several "
                + "virtual-node tokens:\n\n" + tokenText + "\nA key is stored on the node of the first token at or "
                + "after the key's hash position, going clockwise (upwards) and wrapping from 99 back to 0. The keys "
                + "hash to: " + keyText + ".\n\n";
        boolean askOwner = random.nextBoolean();
        if (askOwner) {
            int k = random.nextInt(keys.size());
            String owner = owner(ring, keys.get(k));
            int token = token(ring, keys.get(k));
            List<ChoiceSet.Option> options = new ArrayList<>();
            for (int node = 0; node < nodeCount; node++) {
                String name = NODES.get(node);
                boolean correct = name.equals(owner);
                options.add(new ChoiceSet.Option("Node " + name, correct, correct
                        ? "Correct: the first token at or after " + keys.get(k) + " is " + token + ", owned by " + name
                        + "." : "Node " + name + "'s tokens are not the first one reached clockwise from "
                        + keys.get(k) + "; that is token " + token + "."));
            }
            List<Choice> choices = ChoiceSet.shuffled(random, options);
            boolean wraps = token < keys.get(k);
            String stem = setup + "Which node stores `" + keyNames.get(k) + "`?";
            String solution = "All tokens in ring order: " + ringText(ring) + ".\n\nStarting at " + keys.get(k)
                    + " and moving upwards, " + (wraps ? "no token lies at or above " + keys.get(k) + ", so the "
                    + "search wraps to 0 and " : "") + "the first token reached is " + token + ", which belongs to "
                    + "node " + owner + ".\n\nAnswer: **Node " + owner + "**.";
            List<String> hints = List.of("Sort all tokens, whatever their node, and walk upwards from the key's "
                    + "position.", "If no token is at or above the key, wrap around to the smallest token.");
            return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                    solution, hints, choices, ItemIrt.choice(1.0, wraps ? -0.4 : -0.9, choices.size()));
        }
        TreeMap<Integer, String> grown = new TreeMap<>(ring);
        for (int t : newTokens) {
            grown.put(t, newcomer);
        }
        List<String> moved = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            String before = owner(ring, keys.get(k));
            String after = owner(grown, keys.get(k));
            lines.add("- `" + keyNames.get(k) + "` (" + keys.get(k) + "): " + before + " before, " + after + " after");
            if (!before.equals(after)) {
                moved.add(keyNames.get(k));
            }
        }
        String stem = setup + "Node " + newcomer + " joins with tokens " + String.join(", ",
                newTokens.stream().map(String::valueOf).toList()) + ". How many of the six listed keys move to a "
                + "different node?";
        String solution = "Only keys whose first token clockwise becomes one of " + newcomer + "'s new tokens move "
                + "(and they move to " + newcomer + "); every other key keeps its node.\n\n" + String.join("\n", lines)
                + "\n\nAnswer: **" + moved.size() + "**.";
        List<String> hints = List.of("Work out each key's node before and after the join.",
                "A key moves only if one of the new tokens lies between the key and its old token.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(moved.size()),
                solution, hints, List.of(), ItemIrt.free(1.1, 0.4));
    }

    private static int token(TreeMap<Integer, String> ring, int position) {
        Integer token = ring.ceilingKey(position);
        return token != null ? token : ring.firstKey();
    }

    private static String owner(TreeMap<Integer, String> ring, int position) {
        return ring.get(token(ring, position));
    }

    private static String ringText(TreeMap<Integer, String> ring) {
        return String.join(", ", ring.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
