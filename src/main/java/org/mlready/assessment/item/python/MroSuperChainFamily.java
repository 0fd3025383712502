package org.mlready.assessment.item.python;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A generated class hierarchy with a diamond, where each class's {@code show} prints its name and may pass the call
 * on with {@code super()}: what one call prints follows the C3 method resolution order.
 */
public final class MroSuperChainFamily extends GeneratedItemFamily {

    public MroSuperChainFamily() {
        super("mro-super-chain", "advanced-python-oop", 1000);
    }

    /** How a class's {@code show} behaves: prints and calls super, prints and stops, or is not defined. */
    enum Kind { SUPER, STOP, NONE }

    record PyClass(String name, List<String> bases, Kind kind) {
    }

    static final String ROOT = "Base";

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Map<String, PyClass> all;
        List<String> mro;
        do {
            Map<String, PyClass> classes = hierarchy(random);
            all = classes;
            mro = C3.linearise(lastName(classes), name -> classes.get(name).bases());
        } while (mro == null);
        String asked = lastName(all);
        List<String> correct = walk(mro, all, true);

        Map<String, String> distractors = new LinkedHashMap<>();
        String correctText = text(correct);
        addIfNew(distractors, correctText, text(walk(depthFirst(asked, all), all, true)),
                "This is a depth-first, left-to-right search (the old classic-class rule). C3 never visits a class "
                        + "before all of the classes that inherit from it, so a shared base comes after both branches.");
        addIfNew(distractors, correctText, text(firstBaseChain(asked, all)),
                "This treats `super()` as \"my first base class\". It actually means \"the next class after this one "
                        + "in the MRO of the instance's type\", which can be a sibling branch.");
        addIfNew(distractors, correctText, text(walk(mro, all, false)),
                "A `show` that does not call `super().show()` ends the chain: the classes after it in the MRO are "
                        + "never reached.");
        List<String> everyClass = new ArrayList<>();
        for (String name : mro) {
            everyClass.add(name);
            if (name.equals(correct.get(correct.size() - 1))) {
                break;
            }
        }
        addIfNew(distractors, correctText, text(everyClass),
                "A class whose body is only `pass` has no `show` of its own, so it prints nothing; lookup simply "
                        + "moves on to the next class in the MRO.");
        List<String> reversed = new ArrayList<>(correct);
        Collections.reverse(reversed);
        addIfNew(distractors, correctText, text(reversed),
                "Each `show` prints its name *before* calling `super().show()`, so the most derived class prints "
                        + "first, not the base.");
        addIfNew(distractors, correctText, text(correct.subList(0, correct.size() - 1)),
                "The call does reach `" + correct.get(correct.size() - 1) + "`: a chain only ends at a `show` "
                        + "that does not call `super().show()`.");
        List<Map.Entry<String, String>> wrong = RandomDraw.shuffled(random, new ArrayList<>(distractors.entrySet()));
        List<ChoiceSet.Option> options = new ArrayList<>();
        options.add(new ChoiceSet.Option("`" + correctText + "`", true,
                "Python follows the C3 MRO " + String.join(" → ", mro) + " → object, printing for each class that "
                        + "defines `show` until one does not call `super()`."));
        for (Map.Entry<String, String> entry : wrong.subList(0, Math.min(3, wrong.size()))) {
            options.add(new ChoiceSet.Option("`" + entry.getKey() + "`", false, entry.getValue()));
        }
        List<Choice> choices = ChoiceSet.shuffled(random, options);

        String stem = "What does the last line of this program print?\n\n```python\n" + code(all) + asked
                + "().show()\n```";
        String solution = solution(asked, mro, all, correctText);
        List<String> hints = List.of("Work out `" + asked + ".__mro__` first: every class comes before its own bases, "
                        + "and bases keep the order in which they are listed.",
                "`super().show()` inside a class calls the `show` of the next class *in that MRO* that defines one.");
        long diamonds = all.values().stream().filter(c -> c.bases().size() == 2).count();
        boolean stops = all.values().stream().anyMatch(c -> c.kind() == Kind.STOP && !c.name().equals(ROOT));
        double difficulty = -0.2 + 0.3 * diamonds + (stops ? 0.3 : 0) + 0.1 * (all.size() - 5);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.3, Math.min(1.8, difficulty), choices.size()));
    }

    private static Map<String, PyClass> hierarchy(Random random) {
        Map<String, PyClass> classes = new LinkedHashMap<>();
        classes.put(ROOT, new PyClass(ROOT, List.of(), Kind.STOP));
        int n = RandomDraw.between(random, 4, 6);
        List<String> defined = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = String.valueOf((char) ('A' + i));
            List<String> bases;
            if (i < 2) {
                bases = List.of(ROOT);
            } else {
                int count = i == n - 1 || random.nextBoolean() ? 2 : 1;
                bases = RandomDraw.shuffled(random, defined).subList(0, count);
            }
            Kind kind;
            int roll = random.nextInt(100);
            if (i == n - 1 || roll < 62) {
                kind = Kind.SUPER;
            } else {
                kind = roll < 85 ? Kind.NONE : Kind.STOP;
            }
            classes.put(name, new PyClass(name, List.copyOf(bases), kind));
            defined.add(name);
        }
        return classes;
    }

    private static String lastName(Map<String, PyClass> classes) {
        List<String> names = new ArrayList<>(classes.keySet());
        return names.get(names.size() - 1);
    }

    /** The names printed when walking {@code order}; {@code honourStops} false ignores classes that end the chain. */
    private static List<String> walk(List<String> order, Map<String, PyClass> classes, boolean honourStops) {
        List<String> printed = new ArrayList<>();
        for (String name : order) {
            Kind kind = classes.get(name).kind();
            if (kind != Kind.NONE) {
                printed.add(name);
            }
            if (kind == Kind.STOP && (honourStops || name.equals(ROOT))) {
                break;
            }
        }
        return printed;
    }

    private static List<String> depthFirst(String start, Map<String, PyClass> classes) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        visit(start, classes, seen);
        return new ArrayList<>(seen);
    }

    private static void visit(String name, Map<String, PyClass> classes, LinkedHashSet<String> seen) {
        if (seen.add(name)) {
            for (String base : classes.get(name).bases()) {
                visit(base, classes, seen);
            }
        }
    }

    /** The misconception that {@code super()} always means the class's own first base. */
    private static List<String> firstBaseChain(String start, Map<String, PyClass> classes) {
        List<String> printed = new ArrayList<>();
        String current = start;
        while (true) {
            PyClass cls = classes.get(current);
            while (cls.kind() == Kind.NONE) {
                cls = classes.get(cls.bases().get(0));
            }
            printed.add(cls.name());
            if (cls.kind() == Kind.STOP) {
                return printed;
            }
            current = cls.bases().get(0);
        }
    }

    private static void addIfNew(Map<String, String> distractors, String correct, String text, String why) {
        if (!text.equals(correct) && !distractors.containsKey(text)) {
            distractors.put(text, why);
        }
    }

    static String text(List<String> names) {
        return String.join(" ", names);
    }

    private static String code(Map<String, PyClass> classes) {
        StringBuilder out = new StringBuilder();
        for (PyClass cls : classes.values()) {
            out.append("class ").append(cls.name());
            if (!cls.bases().isEmpty()) {
                out.append('(').append(String.join(", ", cls.bases())).append(')');
            }
            out.append(":\n");
            if (cls.kind() == Kind.NONE) {
                out.append("    pass\n\n");
                continue;
            }
            out.append("    def show(self):\n        print(\"").append(cls.name()).append("\", end=\" \")\n");
            if (cls.kind() == Kind.SUPER) {
                out.append("        super().show()\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String solution(String asked, List<String> mro, Map<String, PyClass> classes, String answer) {
        StringBuilder out = new StringBuilder("The C3 linearisation puts every class before its bases and keeps "
                + "the listed order of bases, so `" + asked + ".__mro__` is " + String.join(" → ", mro)
                + " → object.\n\nWalking that order:\n\n");
        for (String name : mro) {
            PyClass cls = classes.get(name);
            if (cls.kind() == Kind.NONE) {
                out.append("- `").append(name).append("` defines no `show`: nothing printed, lookup moves on.\n");
            } else if (cls.kind() == Kind.SUPER) {
                out.append("- `").append(name).append("` prints `").append(name)
                        .append("`, then `super().show()` continues with the next class in the MRO.\n");
            } else {
                out.append("- `").append(name).append("` prints `").append(name)
                        .append("` and does not call `super()`, so the chain ends here.\n");
                break;
            }
        }
        return out.append("\nOutput: **`").append(answer).append("`**").toString();
    }
}
