package org.mlready.labs.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.mlready.assessment.item.SeededRandom;
import org.mlready.labs.dataset.ShippedDataset;

/**
 * The fixed split of the breast-cancer data: ids are a shuffled numbering (so they say nothing about the label), 70%
 * of each class is for training, and the test rows are halved, again per class, into the public and private parts of
 * the leaderboard.
 */
record CancerSplit(List<Row> train, List<Row> publicTest, List<Row> privateTest) {

    static final long SEED = 20_240_601L;
    static final String POSITIVE_CLASS = "malignant";

    record Row(int id, double[] features, boolean malignant) {
    }

    static CancerSplit of(ShippedDataset data) {
        Random random = SeededRandom.of(SEED);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.rows(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<Row> malignant = new ArrayList<>();
        List<Row> benign = new ArrayList<>();
        for (int position = 0; position < order.size(); position++) {
            int source = order.get(position);
            boolean positive = data.classes().get(source).equals(POSITIVE_CLASS);
            Row row = new Row(position + 1, data.features()[source].clone(), positive);
            (positive ? malignant : benign).add(row);
        }
        List<Row> train = new ArrayList<>();
        List<Row> publicTest = new ArrayList<>();
        List<Row> privateTest = new ArrayList<>();
        for (List<Row> rows : List.of(malignant, benign)) {
            int trainSize = (int) Math.round(rows.size() * 0.7);
            int publicSize = (rows.size() - trainSize) / 2;
            train.addAll(rows.subList(0, trainSize));
            publicTest.addAll(rows.subList(trainSize, trainSize + publicSize));
            privateTest.addAll(rows.subList(trainSize + publicSize, rows.size()));
        }
        return new CancerSplit(byId(train), byId(publicTest), byId(privateTest));
    }

    private static List<Row> byId(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return List.copyOf(sorted);
    }

    List<Row> test() {
        List<Row> test = new ArrayList<>(publicTest);
        test.addAll(privateTest);
        return byId(test);
    }
}
