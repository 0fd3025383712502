package org.mlready.labs;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The hands-on labs, the curriculum skills a pass validates, and whether they count towards Technical Skills Validation. */
enum Lab {

    REGRESSION("regression", "Linear regression from scratch",
            "Fit a least-squares model to your own generated house-price data with your own code and report it.",
            List.of("task-linear-regression-numpy"), true),
    EDA("eda", "Exploratory data analysis on the Wine data",
            "Find the defects planted in your copy of the UCI Wine data and answer findings questions.",
            List.of("task-complete-eda"), true),
    CLASSIFICATION("classification", "Classification on breast-cancer data",
            "Train any classifier on the Breast Cancer Wisconsin data and upload test-set probabilities; beat the baseline.",
            List.of("task-classification-model"), true),
    VISUALISATION("visualisation", "Visualisation and statistical summaries",
            "Summarise the iris data per species in a table (graded) and upload plots for an instructor's review.",
            List.of("task-visual-summaries"), true),
    SQL("sql", "SQL tasks",
            "Write queries against the read-only sandbox database; graded by the result set they return.",
            List.of("relational-sql", "warehousing-etl"), false);

    /** The curriculum topic marked studied once every hands-on lab is passed. */
    static final String VALIDATION_TOPIC = "technical-skills-validation";

    private final String slug;
    private final String title;
    private final String summary;
    private final List<String> skillIds;
    private final boolean handsOn;

    Lab(String slug, String title, String summary, List<String> skillIds, boolean handsOn) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.skillIds = skillIds;
        this.handsOn = handsOn;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public List<String> skillIds() {
        return skillIds;
    }

    public boolean handsOn() {
        return handsOn;
    }

    static Optional<Lab> bySlug(String slug) {
        return Arrays.stream(values()).filter(lab -> lab.slug.equals(slug)).findFirst();
    }

    /**
     * The learner's seed for this lab: the same account always gets the same dataset or tasks, and different labs get
     * unrelated seeds. A SplitMix64 finaliser over the account id and a fixed per-lab constant (String.hashCode is
     * specified, so the seed is stable across JVMs and restarts).
     */
    long seedFor(long accountId) {
        long z = accountId * 0x9E3779B97F4A7C15L + slug.hashCode() * 0xBF58476D1CE4E5B9L + 0x5DEECE66DL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
