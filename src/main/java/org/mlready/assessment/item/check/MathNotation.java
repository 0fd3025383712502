package org.mlready.assessment.item.check;

/**
 * Rewrites common ways of typing maths into the syntax exp4j reads: typographic minus and times signs, ** for
 * powers, superscript squares and cubes, and the root sign (\u221a2 is sqrt(2), \u221a(x+1) is sqrt(x+1)).
 */
final class MathNotation {

    private MathNotation() {
    }

    static String normalize(String text) {
        return text.strip()
                .replace('\u2212', '-')   // minus sign
                .replace('\u2013', '-')   // en dash, often typed for minus
                .replace('\u00d7', '*')   // multiplication sign
                .replace('\u00b7', '*')   // middle dot
                .replace('\u22c5', '*')   // dot operator
                .replace('\u00f7', '/')
                .replace("**", "^")
                .replace("\u00b2", "^2")
                .replace("\u00b3", "^3")
                .replaceAll("\u221a\\s*([0-9.]+|[A-Za-z]+)", "sqrt($1)")
                .replace("\u221a", "sqrt");
    }
}
