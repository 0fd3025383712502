package org.mlready.assessment.cat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlready.curriculum.Area;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Topic;

/**
 * A multivariate normal prior over the topic abilities, {@code θ ~ N(mean, covariance)}, whose correlations follow
 * the prerequisite graph and the areas (see {@link PriorStructure}). Immutable; arrays are copied on the way out.
 */
public final class ReadinessPrior {

    private final List<String> topicIds;
    private final List<String> areaIds;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[] mean;
    private final double[][] covariance;
    private final double[][] loadings;

    private ReadinessPrior(List<String> topicIds, List<String> areaIds, double[] mean, double[][] covariance,
                           double[][] loadings) {
        this.topicIds = List.copyOf(topicIds);
        this.areaIds = List.copyOf(areaIds);
        for (int i = 0; i < topicIds.size(); i++) {
            index.put(topicIds.get(i), i);
        }
        this.mean = mean.clone();
        this.covariance = deepCopy(covariance);
        double[][] cholesky = Spd.cholesky(this.covariance); // also fails fast if not positive definite
        this.loadings = loadings == null ? cholesky : deepCopy(loadings);
    }

    /** A prior with an explicit mean and covariance (topics in the given order). */
    public static ReadinessPrior of(List<String> topicIds, List<String> areaIds, double[] mean, double[][] covariance) {
        if (topicIds.size() != areaIds.size() || mean.length != topicIds.size() || covariance.length != mean.length) {
            throw new IllegalArgumentException("sizes do not match");
        }
        return new ReadinessPrior(topicIds, areaIds, mean, covariance, null);
    }

    /** The prior for a learner who declared a background: background area means, correlations from the graph. */
    public static ReadinessPrior forBackground(Curriculum curriculum, Background background, PriorStructure structure) {
        Structure s = structure(curriculum, structure);
        double[] mean = new double[s.topics.size()];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = background.meanFor(s.areas.get(i));
        }
        return new ReadinessPrior(s.topics, s.areas, mean, s.covariance(), s.loadings);
    }

    public static ReadinessPrior forBackground(Curriculum curriculum, Background background) {
        return forBackground(curriculum, background, PriorStructure.defaults());
    }

    /**
     * The prior for a learner of unknown background: the normal with the same mean and covariance as the equal
     * mixture of the three background priors (between-background spread added to the covariance).
     */
    public static ReadinessPrior population(Curriculum curriculum, PriorStructure structure) {
        Structure s = structure(curriculum, structure);
        int n = s.topics.size();
        Background[] backgrounds = Background.values();
        double[][] means = new double[backgrounds.length][n];
        double[] mean = new double[n];
        for (int b = 0; b < backgrounds.length; b++) {
            for (int i = 0; i < n; i++) {
                means[b][i] = backgrounds[b].meanFor(s.areas.get(i));
                mean[i] += means[b][i] / backgrounds.length;
            }
        }
        double[][] cov = s.covariance();
        for (double[] m : means) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    cov[i][j] += (m[i] - mean[i]) * (m[j] - mean[j]) / backgrounds.length;
                }
            }
        }
        return new ReadinessPrior(s.topics, s.areas, mean, cov, null);
    }

    public static ReadinessPrior population(Curriculum curriculum) {
        return population(curriculum, PriorStructure.defaults());
    }

    private record Structure(List<String> topics, List<String> areas, double[][] loadings) {
        double[][] covariance() {
            int n = loadings.length;
            double[][] cov = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int k = 0; k < loadings[i].length; k++) {
                        s += loadings[i][k] * loadings[j][k];
                    }
                    cov[i][j] = s;
                }
            }
            return cov;
        }
    }

    /**
     * Loadings of each topic ability on independent standard normal factors: [G, A_1..A_m, ε_1..ε_n]. Built in
     * topological order so a topic can reuse its prerequisites' rows; each row is scaled to unit length.
     */
    private static Structure structure(Curriculum curriculum, PriorStructure p) {
        List<String> topics = curriculum.topics().stream().map(Topic::id).toList();
        List<String> areas = curriculum.topics().stream().map(Topic::areaId).toList();
        List<String> areaOrder = curriculum.studyAreas().stream().map(Area::id).toList();
        int n = topics.size();
        int m = areaOrder.size();
        int width = 1 + m + n;
        double[][] rows = new double[n][];
        for (String topic : curriculum.graph().order()) {
            int t = topics.indexOf(topic);
            double[] own = new double[width];
            own[0] = Math.sqrt(p.general());
            own[1 + areaOrder.indexOf(areas.get(t))] = Math.sqrt(p.area());
            own[1 + m + t] = Math.sqrt(1 - p.general() - p.area());
            List<String> before = curriculum.graph().prerequisitesOf(topic);
            double[] row = own;
            if (!before.isEmpty()) {
                double[] sum = new double[width];
                for (String pre : before) {
                    double[] r = rows[topics.indexOf(pre)];
                    for (int k = 0; k < width; k++) {
                        sum[k] += r[k];
                    }
                }
                normalise(sum);
                row = new double[width];
                double w = p.prerequisite();
                double v = Math.sqrt(1 - w * w);
                for (int k = 0; k < width; k++) {
                    row[k] = w * sum[k] + v * own[k];
                }
            }
            normalise(row);
            rows[t] = row;
        }
        return new Structure(topics, areas, rows);
    }

    private static void normalise(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        s = Math.sqrt(s);
        for (int k = 0; k < v.length; k++) {
            v[k] /= s;
        }
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    public List<String> topicIds() {
        return topicIds;
    }

    public List<String> areaIds() {
        return areaIds;
    }

    public int size() {
        return topicIds.size();
    }

    /** Position of a topic, or -1. */
    public int indexOf(String topicId) {
        return index.getOrDefault(topicId, -1);
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[][] covariance() {
        return deepCopy(covariance);
    }

    public double correlation(String topicA, String topicB) {
        int i = indexOf(topicA);
        int j = indexOf(topicB);
        return covariance[i][j] / Math.sqrt(covariance[i][i] * covariance[j][j]);
    }

    /**
     * Draws abilities from this prior: {@code mean + C z} with C a square root of the covariance (the factor loadings
     * when the prior was built from the curriculum, otherwise the Cholesky factor).
     */
    public double[] sample(java.util.Random random) {
        double[][] c = loadings;
        int width = c[0].length;
        double[] z = new double[width];
        for (int k = 0; k < width; k++) {
            z[k] = random.nextGaussian();
        }
        double[] theta = mean.clone();
        for (int i = 0; i < theta.length; i++) {
            for (int k = 0; k < width; k++) {
                theta[i] += c[i][k] * z[k];
            }
        }
        return theta;
    }

    List<String> areasInOrder() {
        List<String> out = new ArrayList<>();
        for (String a : areaIds) {
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    double[][] covarianceView() {
        return covariance;
    }

    double[] meanView() {
        return mean;
    }
}
