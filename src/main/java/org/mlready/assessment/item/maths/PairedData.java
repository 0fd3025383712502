package org.mlready.assessment.item.maths;

import java.util.Random;

/** A small paired data set (x, y) with a clear but imperfect linear relation. */
record PairedData(int[] x, int[] y) {

    static PairedData draw(Random random) {
        while (true) {
            int n = Draws.between(random, 5, 7);
            int slope = Draws.nonZero(random, -3, 3);
            int[] x = new int[n];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = i + 1 + Draws.between(random, 0, 1) * i;
                y[i] = slope * x[i] + Draws.between(random, -4, 4) + 10;
            }
            PairedData data = new PairedData(x, y);
            if (data.syy() > 0) {
                return data;
            }
        }
    }

    double meanX() {
        return SmallDataSet.mean(x);
    }

    double meanY() {
        return SmallDataSet.mean(y);
    }

    double sxx() {
        return SmallDataSet.sumOfSquaredDeviations(x);
    }

    double syy() {
        return SmallDataSet.sumOfSquaredDeviations(y);
    }

    double sxy() {
        double mx = meanX();
        double my = meanY();
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            total += (x[i] - mx) * (y[i] - my);
        }
        return total;
    }

    double correlation() {
        return sxy() / Math.sqrt(sxx() * syy());
    }

    String table() {
        StringBuilder xs = new StringBuilder("| $x$ |");
        StringBuilder ys = new StringBuilder("| $y$ |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int i = 0; i < x.length; i++) {
            xs.append(' ').append(x[i]).append(" |");
            ys.append(' ').append(y[i]).append(" |");
            rule.append("---|");
        }
        return xs + "\n" + rule + "\n" + ys;
    }
}
