package org.mlready.assessment.item.maths;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.mlready.assessment.item.ItemInstance;

/** Shape of a product built from transposes of two matrices and a column vector. */
final class ProductShapeFamily extends GeneratedFamily {

    /** A product expression; {@code shape} maps (m, n, p) to its shape. */
    record Product(String latex, Function<int[], int[]> shape, String reason) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("AB", d -> new int[] {d[0], d[2]}, "$(m\\times n)(n\\times p)$ gives $m\\times p$"),
            new Product("A^\\top A", d -> new int[] {d[1], d[1]}, "$(n\\times m)(m\\times n)$ gives $n\\times n$"),
            new Product("AA^\\top", d -> new int[] {d[0], d[0]}, "$(m\\times n)(n\\times m)$ gives $m\\times m$"),
            new Product("B^\\top A^\\top", d -> new int[] {d[2], d[0]}, "$(p\\times n)(n\\times m)$ gives $p\\times m$"),
            new Product("A\\mathbf{x}", d -> new int[] {d[0], 1}, "$(m\\times n)(n\\times 1)$ gives $m\\times 1$"),
            new Product("\\mathbf{x}^\\top B", d -> new int[] {1, d[2]}, "$(1\\times n)(n\\times p)$ gives $1\\times p$"),
            new Product("\\mathbf{x}\\mathbf{x}^\\top", d -> new int[] {d[1], d[1]}, "$(n\\times 1)(1\\times n)$ gives $n\\times n$"));

    record Params(int m, int n, int p, int product) {
    }

    ProductShapeFamily() {
        super("matrix-product-shape", "matrix-operations", 1_000);
    }

    static Params draw(long seed) {
        Random random = SeededRandom.of(seed);
        int m = Draws.between(random, 2, 9);
        int n;
        int p;
        do {
            n = Draws.between(random, 2, 9);
            p = Draws.between(random, 2, 9);
        } while (n == m || p == m || p == n);
        return new Params(m, n, p, random.nextInt(PRODUCTS.size()));
    }

    @Override
    public ItemInstance generate(long seed) {
        Params q = draw(seed);
        Product product = PRODUCTS.get(q.product());
        int[] shape = product.shape().apply(new int[] {q.m(), q.n(), q.p()});
        return draft(seed)
                .stem("$A$ is a $" + q.m() + "\\times" + q.n() + "$ matrix, $B$ is $" + q.n() + "\\times" + q.p()
                        + "$ and $\\mathbf{x}$ is a column vector of length " + q.n()
                        + " (shape $" + q.n() + "\\times 1$). What is the shape of $" + product.latex() + "$?")
                .shape(shape)
                .solution("With $m = " + q.m() + "$, $n = " + q.n() + "$, $p = " + q.p() + "$: " + product.reason()
                        + ", so $" + product.latex() + "$ is $" + shape[0] + "\\times" + shape[1] + "$. "
                        + "The inner dimensions must agree and the outer ones remain; a transpose swaps rows and columns.")
                .hints("Write down the shape of every factor, transposing where needed.",
                        "$(a\\times b)(b\\times c)$ has shape $a\\times c$.")
                .irt(0.9, -1.5)
                .build();
    }
}
