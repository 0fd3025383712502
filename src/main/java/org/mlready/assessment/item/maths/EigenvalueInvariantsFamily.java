package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.Random;

import org.mlready.assessment.item.ItemInstance;

/** Trace and determinant facts that follow from the eigenvalues of a 3x3 matrix. */
final class EigenvalueInvariantsFamily extends GeneratedFamily {

    enum Quantity {
        TRACE("\\operatorname{tr}(A)"),
        DETERMINANT("\\det(A)"),
        TRACE_OF_SQUARE("\\operatorname{tr}(A^2)"),
        DETERMINANT_OF_DOUBLE("\\det(2A)");

        final String latex;

        Quantity(String latex) {
            this.latex = latex;
        }
    }

    record Params(int[] eigenvalues, Quantity quantity) {
    }

    EigenvalueInvariantsFamily() {
        super("eigenvalue-trace-determinant", "eigen-diagonalisation", 1_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        return new Params(Draws.ints(random, 3, -4, 5), Quantity.values()[random.nextInt(Quantity.values().length)]);
    }

    @Override
    public ItemInstance generate(long seed) {
        Params p = draw(seed);
        int[] l = p.eigenvalues();
        String list = l[0] + ", " + l[1] + ", " + l[2];
        long value;
        String working;
        switch (p.quantity()) {
            case TRACE -> {
                value = l[0] + l[1] + l[2];
                working = "The trace is the sum of the eigenvalues: $" + l[0] + Tex.signed(l[1]) + Tex.signed(l[2]) + " = " + value + "$.";
            }
            case DETERMINANT -> {
                value = (long) l[0] * l[1] * l[2];
                working = "The determinant is the product of the eigenvalues: $" + Tex.factor(l[0]) + "\\cdot" + Tex.factor(l[1]) + "\\cdot" + Tex.factor(l[2]) + " = " + value + "$.";
            }
            case TRACE_OF_SQUARE -> {
                value = (long) l[0] * l[0] + l[1] * l[1] + l[2] * l[2];
                working = "$A^2$ has eigenvalues $\\lambda_i^2$, so $\\operatorname{tr}(A^2) = " + Tex.factor(l[0]) + "^2 + " + Tex.factor(l[1]) + "^2 + " + Tex.factor(l[2]) + "^2 = " + value + "$.";
            }
            default -> {
                value = 8L * l[0] * l[1] * l[2];
                working = "$2A$ has eigenvalues $2\\lambda_i$, so $\\det(2A) = 2^3\\det(A) = 8\\cdot" + Tex.factor(l[0] * l[1] * l[2]) + " = " + value + "$.";
            }
        }
        return draft(seed)
                .stem("A $3\\times3$ matrix $A$ has eigenvalues $" + list + "$ (with multiplicity). What is $"
                        + p.quantity().latex + "$?")
                .number(value, 1e-9)
                .solution(working + " You never need the matrix itself: these quantities depend only on the eigenvalues.")
                .hints("The trace equals the sum of the eigenvalues and the determinant equals their product.",
                        "If $A\\mathbf{v} = \\lambda\\mathbf{v}$ then $A^2\\mathbf{v} = \\lambda^2\\mathbf{v}$ and $(cA)\\mathbf{v} = c\\lambda\\mathbf{v}$.")
                .irt(1.0, p.quantity().ordinal() < 2 ? -0.9 : 0.0)
                .build();
    }
}
