package org.mlready.assessment.item.python;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Python's C3 method resolution order. */
final class C3 {

    private C3() {
    }

    /** The MRO of {@code name} without {@code object}, or null when Python would raise a TypeError. */
    static List<String> linearise(String name, Function<String, List<String>> bases) {
        List<List<String>> sequences = new ArrayList<>();
        for (String base : bases.apply(name)) {
            List<String> baseMro = linearise(base, bases);
            if (baseMro == null) {
                return null;
            }
            sequences.add(new ArrayList<>(baseMro));
        }
        sequences.add(new ArrayList<>(bases.apply(name)));
        List<String> result = new ArrayList<>();
        result.add(name);
        while (sequences.stream().anyMatch(s -> !s.isEmpty())) {
            String next = null;
            for (List<String> sequence : sequences) {
                if (sequence.isEmpty()) {
                    continue;
                }
                String head = sequence.get(0);
                boolean inTail = sequences.stream().anyMatch(s -> s.indexOf(head) > 0);
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            result.add(next);
            for (List<String> sequence : sequences) {
                sequence.remove(next);
            }
        }
        return result;
    }
}
