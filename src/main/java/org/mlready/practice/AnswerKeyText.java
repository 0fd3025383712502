package org.mlready.practice;

import java.util.stream.Collectors;
import org.mlready.assessment.item.AnswerKey;

/** The answer key as an author reads it in the item preview. */
final class AnswerKeyText {

    private AnswerKeyText() {
    }

    static String of(AnswerKey key) {
        if (key instanceof AnswerKey.Numeric n) {
            return number(n.value()) + tolerance(n.absoluteTolerance(), n.relativeTolerance());
        }
        if (key instanceof AnswerKey.Vector v) {
            return "(" + v.values().stream().map(AnswerKeyText::number).collect(Collectors.joining(", ")) + ")"
                    + tolerance(v.absoluteTolerance(), v.relativeTolerance());
        }
        if (key instanceof AnswerKey.Matrix m) {
            return "[" + m.rows().stream().map(r -> "[" + r.stream().map(AnswerKeyText::number).collect(Collectors.joining(", ")) + "]")
                    .collect(Collectors.joining(", ")) + "]" + tolerance(m.absoluteTolerance(), m.relativeTolerance());
        }
        if (key instanceof AnswerKey.Choices c) {
            return "choices " + c.correctIds().stream().sorted().collect(Collectors.joining(", "));
        }
        if (key instanceof AnswerKey.Shape s) {
            return "(" + s.dimensions().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (s.dimensions().size() == 1 ? ",)" : ")");
        }
        if (key instanceof AnswerKey.Expression e) {
            return e.expression() + " in " + String.join(", ", e.variables()) + " (checked on [" + number(e.low()) + ", " + number(e.high()) + "])";
        }
        AnswerKey.Sql sql = (AnswerKey.Sql) key;
        return sql.referenceQuery() + (sql.ordered() ? " (row order matters)" : " (any row order)");
    }

    private static String tolerance(double absolute, double relative) {
        return absolute > 0 || relative > 0 ? " ± " + (absolute > 0 ? number(absolute) : number(relative * 100) + "%") : "";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
