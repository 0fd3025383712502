package org.mlready.assessment.item.python;

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
 * Class attributes versus instance attributes: a number and a list defined on the class, then a generated mix of
 * {@code +=}, assignments and appends through the class and two instances. Which object does each line change?
 */
public final class ClassAttributeFamily extends GeneratedItemFamily {

    public ClassAttributeFamily() {
        super("class-attribute-sharing", "advanced-python-oop", 2000);
    }

    private static final List<String> CLASSES = List.of("Counter", "Tracker", "Cart", "Session", "Sensor");
    private static final List<String> NUMBERS = List.of("hits", "count", "total");
    private static final List<String> LISTS = List.of("log", "items", "history");

    /** The state of the class and its two instances; lists are shared objects, referred to by index. */
    private static final class State {
        final List<List<Integer>> lists = new ArrayList<>();
        int classNumber;
        int classList;
        final Integer[] number = new Integer[2];
        final Integer[] list = new Integer[2];

        int number(int who) {
            return who < 0 || number[who] == null ? classNumber : number[who];
        }

        int list(int who) {
            return who < 0 || list[who] == null ? classList : list[who];
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String cls = RandomDraw.pick(random, CLASSES);
        String num = RandomDraw.pick(random, NUMBERS);
        String lst = RandomDraw.pick(random, LISTS);
        String[] owners = {"a", "b"};
        State state = new State();
        state.classNumber = RandomDraw.between(random, 0, 5);
        state.lists.add(new ArrayList<>());
        state.classList = 0;

        StringBuilder code = new StringBuilder("class " + cls + ":\n    " + num + " = " + state.classNumber + "\n    "
                + lst + " = []\n\na = " + cls + "()\nb = " + cls + "()\n");
        StringBuilder trace = new StringBuilder();
        int steps = RandomDraw.between(random, 5, 7);
        boolean inPlaceAdd = false;
        boolean shadowed = false;
        for (int i = 0; i < steps; i++) {
            int who = random.nextInt(2);
            String target = owners[who];
            int k = RandomDraw.between(random, 1, 9);
            int op = random.nextInt(10);
            String line;
            String effect;
            if (op < 2) {
                int before = state.number(who);
                boolean own = state.number[who] != null;
                state.number[who] = before + k;
                line = target + "." + num + " += " + k;
                effect = "reads `" + target + "." + num + "` (" + before + (own ? ", its own attribute"
                        : ", found on the class") + ") and stores " + (before + k)
                        + " as an instance attribute of `" + target + "`; the class is unchanged.";
                shadowed = true;
            } else if (op < 4) {
                state.classNumber += k;
                line = cls + "." + num + " += " + k;
                effect = "changes the class attribute to " + state.classNumber
                        + "; instances without their own `" + num + "` see the new value.";
            } else if (op < 7) {
                int id = state.list(who);
                state.lists.get(id).add(k);
                line = target + "." + lst + ".append(" + k + ")";
                effect = "mutates " + (id == state.classList ? "the list shared through the class" : "`" + target
                        + "`'s own list") + ", which is now " + state.lists.get(id) + ".";
            } else if (op < 9) {
                state.lists.add(new ArrayList<>(List.of(k)));
                state.list[who] = state.lists.size() - 1;
                line = target + "." + lst + " = [" + k + "]";
                effect = "binds a new list [" + k + "] to `" + target + "` only, shadowing the class attribute.";
                shadowed = true;
            } else {
                int id = state.list(who);
                state.lists.get(id).add(k);
                state.list[who] = id;
                line = target + "." + lst + " += [" + k + "]";
                effect = "extends the list `" + target + "." + lst + "` refers to *in place* (now "
                        + state.lists.get(id) + ") and then binds that same list object as an instance attribute of `"
                        + target + "`.";
                inPlaceAdd = true;
            }
            code.append(line).append('\n');
            trace.append("- `").append(line).append("` ").append(effect).append('\n');
        }

        int question = random.nextInt(7);
        String expression;
        int answer;
        if (question < 3) {
            int who = question - 1;
            expression = (who < 0 ? cls : owners[who]) + "." + num;
            answer = state.number(who);
        } else {
            int who = random.nextInt(3) - 1;
            boolean sum = question < 6;
            expression = (sum ? "sum(" : "len(") + (who < 0 ? cls : owners[who]) + "." + lst + ")";
            List<Integer> values = state.lists.get(state.list(who));
            answer = sum ? values.stream().mapToInt(Integer::intValue).sum() : values.size();
        }
        code.append("print(").append(expression).append(")\n");

        String stem = "What number does the last line print?\n\n```python\n" + code + "```";
        String solution = "Attribute lookup on an instance checks the instance first and falls back to the class; "
                + "assigning through an instance (including `+=` on a number) creates an instance attribute, while "
                + "mutating a list found on the class changes the one list every instance shares.\n\n" + trace
                + "\nSo `" + expression + "` is **" + answer + "**.";
        List<String> hints = List.of("For each line, decide whether it *rebinds* a name on an instance or *mutates* "
                        + "an object that may be shared through the class.",
                "`x.attr += v` first reads `x.attr` (possibly from the class), then assigns the result to `x.attr` "
                        + "on the instance; for a list the read object is also extended in place.");
        double difficulty = -0.4 + (shadowed ? 0.4 : 0) + (inPlaceAdd ? 0.6 : 0) + 0.1 * (steps - 5);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.2, difficulty));
    }
}
