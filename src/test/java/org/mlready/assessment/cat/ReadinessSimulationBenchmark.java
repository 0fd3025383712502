package org.mlready.assessment.cat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.ItemBank;
import org.mlready.curriculum.ContentProperties;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.mlready.support.TestCurriculum;

/**
 * The readiness simulation: simulated learners of the three backgrounds with known topic mastery (drawn from the
 * correlated prior structure with background means) take the real adaptive test and two baselines, scored by the
 * real estimator. Not part of the normal build (the class name does not match surefire's patterns); run with
 * <pre>mvn -o -q test -Dtest=ReadinessSimulationBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dlearners=10000]</pre>
 * Writes target/readiness-simulation.md and prints it.
 */
class ReadinessSimulationBenchmark {

    private static final double DONT_KNOW_SHARE_OF_WRONG = 0.2;

    @Test
    void simulate() throws IOException {
        int learners = Integer.getInteger("learners", 10_000);
        int instances = Integer.getInteger("instancesPerFamily", 3);
        String priorKind = System.getProperty("prior", "background");
        long started = System.nanoTime();
        Curriculum curriculum = TestCurriculum.load();
        ItemPool declared;
        try (ItemBank bank = new ItemBank(curriculum, new ContentProperties("file:content/"))) {
            declared = ItemPool.fromFamilies(bank.families(), curriculum, instances);
        }
        double discriminationScale = Double.parseDouble(System.getProperty("discriminationScale", "1"));
        // what-if: every item discriminates this many times more than its authors declared (truth and test)
        ItemPool pool = discriminationScale == 1 ? declared : new ItemPool(declared.items().stream().map(i -> new PoolItem(i.id(), i.topicId(), i.areaId(), i.skillId(),
                    new org.mlready.assessment.item.IrtParameters(i.irt().a() * discriminationScale, i.irt().b(),
                            i.irt().c()))).toList());
        CatSettings settings = settings();
        PriorStructure structure = new PriorStructure(
                Double.parseDouble(System.getProperty("general", String.valueOf(PriorStructure.defaults().general()))),
                Double.parseDouble(System.getProperty("area", String.valueOf(PriorStructure.defaults().area()))),
                Double.parseDouble(System.getProperty("prerequisite", String.valueOf(PriorStructure.defaults().prerequisite()))));
        Map<Background, ReadinessPrior> truth = new LinkedHashMap<>();
        ReadinessPrior population = ReadinessPrior.population(curriculum, structure);
        for (Background b : Background.values()) {
            truth.put(b, ReadinessPrior.forBackground(curriculum, b, structure));
        }
        double exposureTarget = Double.parseDouble(System.getProperty("exposureTarget", "0.2"));
        int calibrationRounds = Integer.getInteger("calibrationRounds", 8);
        int calibrationLearners = Integer.getInteger("calibrationLearners", 400);
        Map<String, Double> exposure = new java.util.HashMap<>();
        for (int r = 0; r < calibrationRounds; r++) {
            int round = r;
            CatSettings trial = settings.withExposureControl(exposure);
            Map<Background, ReadinessCat> trialEngines = engines(pool, truth, population, priorKind, trial);
            Outcome[] outcomes = new Outcome[calibrationLearners];
            IntStream.range(0, calibrationLearners).parallel().forEach(j -> {
                Background b = Background.values()[j % 3];
                Learner l = new Learner(-1 - j - round * calibrationLearners, b,
                        truth.get(b).sample(new Random(-1_000_003L * (j + 1) - 31L * round)));
                outcomes[j] = runAdaptive(trialEngines.get(b), l, List.of());
            });
            Map<String, Integer> counts = familyCounts(outcomes);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                double rate = e.getValue() / (double) calibrationLearners;
                if (rate > exposureTarget) {
                    exposure.put(e.getKey(), Math.max(0.01, exposure.getOrDefault(e.getKey(), 1.0) * exposureTarget / rate));
                }
            }
        }
        settings = settings.withExposureControl(exposure);
        Map<Background, ReadinessCat> engines = engines(pool, truth, population, priorKind, settings);
        ReadinessPrior reference = truth.get(Background.BEGINNER);
        List<String> topics = reference.topicIds();
        List<PoolItem> fixedForm = fixedForm(curriculum, pool, settings.cut());

        Learner[] people = new Learner[learners];
        for (int j = 0; j < learners; j++) {
            Background b = Background.values()[j % 3];
            people[j] = new Learner(j, b, truth.get(b).sample(new Random(1_000_003L * j + 17)));
        }
        Outcome[] adaptive = new Outcome[learners];
        Outcome[] fixed = new Outcome[learners];
        IntStream.range(0, learners).parallel().forEach(j -> {
            Learner l = people[j];
            ReadinessCat engine = engines.get(l.background);
            adaptive[j] = runAdaptive(engine, l, topics);
            fixed[j] = runFixed(engine, l, fixedForm, topics, new Random(7_000_001L * j + 3));
        });
        double adaptiveMean = Arrays.stream(adaptive).mapToInt(o -> o.items.size()).average().orElse(0);
        int randomLength = (int) Math.round(adaptiveMean);
        Outcome[] random = new Outcome[learners];
        IntStream.range(0, learners).parallel().forEach(j -> {
            Learner l = people[j];
            ReadinessCat engine = engines.get(l.background);
            random[j] = runRandom(engine, l, pool, randomLength, topics, new Random(9_000_011L * j + 5));
        });
        double seconds = (System.nanoTime() - started) / 1e9;

        StringBuilder md = new StringBuilder();
        md.append("# Readiness simulation\n\n");
        md.append(String.format(Locale.ROOT, "%d simulated learners (equal thirds maths-statistics, software-engineering, "
                + "beginner); pool of %d items (%d families, up to %d instances each) over %d topics; test prior: %s; "
                + "mastery cut θ ≥ %.1f; thresholds mastered ≥ %.2f, not yet ≤ %.2f; length %d..%d; randomesque %d; "
                + "%.0f%% of wrong answers given as \"I don't know\"; prior structure %s; Sympson-Hetter on %d families "
                + "(target %.2f, %d calibration rounds of %d other learners); selection %s; discrimination × %.2f; %.1f s.%n%n",
                learners, pool.size(), pool.items().stream().map(PoolItem::familyId).distinct().count(), instances,
                topics.size(), priorKind.equals("population") ? "population (background unknown)" : "declared background",
                settings.cut(), settings.masteredThreshold(), settings.notYetThreshold(), settings.minLength(),
                settings.maxLength(), settings.randomesque(), 100 * DONT_KNOW_SHARE_OF_WRONG, structure, exposure.size(),
                exposureTarget, calibrationRounds, calibrationLearners, settings.criterion(), discriminationScale, seconds));
        md.append("Accuracy: verdict MASTERED vs NOT_YET/UNCERTAIN read by P ≥ 0.5 against the true θ ≥ cut, per topic "
                + "over learners (min and mean over the topics). Strict: UNCERTAIN counted as wrong. False mastered: "
                + "share of truly-not-mastered (learner, topic) pairs reported MASTERED; FDR: share of MASTERED verdicts "
                + "that are false. Exposure: share of learners who saw the item (family: any instance of it).\n\n");
        md.append("| test | accuracy min | accuracy mean | strict mean | false mastered | FDR | uncertain | mean length "
                + "| p95 length | max item exposure | max family exposure |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        Summary a = summarise("adaptive", adaptive, people, topics, settings, pool);
        Summary f = summarise("fixed form (1 item/skill)", fixed, people, topics, settings, pool);
        Summary r = summarise("random order, length " + randomLength, random, people, topics, settings, pool);
        for (Summary s : List.of(a, f, r)) {
            md.append(s.row()).append('\n');
        }
        md.append("\nTargets: accuracy ≥ 0.90 per topic, false mastered ≤ 0.05, mean length ≤ 35, max exposure ≤ 0.30.\n\n");
        md.append("## Adaptive test per topic\n\n| topic | base rate mastered | accuracy | false mastered | uncertain "
                + "| items asked (mean) | families in pool |\n|---|---|---|---|---|---|---|\n");
        for (int t = 0; t < topics.size(); t++) {
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.2f | %d |%n", topics.get(t),
                    a.baseRate[t], a.accuracy[t], a.falseMastered[t], a.uncertain[t], a.itemsPerTopic[t],
                    pool.itemsFor(topics.get(t)).stream().map(PoolItem::familyId).distinct().count()));
        }
        md.append("\n## Adaptive test per background\n\n| background | accuracy mean | false mastered | mean length |\n"
                + "|---|---|---|---|\n");
        for (Background b : Background.values()) {
            int[] idx = IntStream.range(0, learners).filter(j -> people[j].background == b).toArray();
            Summary s = summarise(b.pathwayId(), pick(adaptive, idx), pick(people, idx), topics, settings, pool);
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.1f |%n", b.pathwayId(), s.meanAccuracy(),
                    s.falseMasteredRate, s.meanLength));
        }
        Map<StopReason, Long> reasons = new LinkedHashMap<>();
        for (Outcome o : adaptive) {
            reasons.merge(o.stop, 1L, Long::sum);
        }
        md.append("\nStop reasons (adaptive): ").append(reasons).append('\n');
        md.append("\nMost exposed families (adaptive): ").append(topExposed(adaptive)).append('\n');
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/readiness-simulation.md"), md.toString());
        StringBuilder csv = new StringBuilder("family,sympson_hetter_k\n");
        new java.util.TreeMap<>(exposure).forEach((k, v) -> csv.append(k).append(',').append(String.format(Locale.ROOT, "%.4f", v)).append('\n'));
        Files.writeString(Path.of("target/readiness-exposure-parameters.csv"), csv.toString());
        System.out.println(md);
    }

    static Map<Background, ReadinessCat> engines(ItemPool pool, Map<Background, ReadinessPrior> truth,
                                                 ReadinessPrior population, String priorKind, CatSettings settings) {
        Map<Background, ReadinessCat> engines = new LinkedHashMap<>();
        for (Background b : Background.values()) {
            engines.put(b, new ReadinessCat(pool, priorKind.equals("population") ? population : truth.get(b), settings));
        }
        return engines;
    }

    static Map<String, Integer> familyCounts(Outcome[] outcomes) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Outcome o : outcomes) {
            o.items.stream().map(id -> id.contains("#") ? id.substring(0, id.lastIndexOf('#')) : id).distinct()
                    .forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        return counts;
    }

    static CatSettings settings() {
        CatSettings s = CatSettings.defaults();
        if (System.getProperty("mastered") != null) {
            s = s.withThresholds(Double.parseDouble(System.getProperty("mastered")),
                    Double.parseDouble(System.getProperty("notYet", "0.1")));
        }
        if (System.getProperty("maxLength") != null) {
            s = s.withLengths(s.minLength(), Integer.getInteger("maxLength"));
        }
        if (System.getProperty("randomesque") != null) {
            s = s.withRandomesque(Integer.getInteger("randomesque"));
        }
        if (System.getProperty("minItemsPerTopic") != null) {
            s = s.withMinItemsPerTopic(Integer.getInteger("minItemsPerTopic"));
        }
        if (System.getProperty("criterion") != null) {
            s = s.withCriterion(SelectionCriterion.valueOf(System.getProperty("criterion")));
        }
        return s;
    }

    record Learner(int index, Background background, double[] theta) {
    }

    record Outcome(List<String> items, double[] pMastered, StopReason stop) {
    }

    static Answer respond(PoolItem item, double theta, Random random) {
        if (random.nextDouble() < Irt.correct(item.irt(), theta)) {
            return Answer.CORRECT;
        }
        return random.nextDouble() < DONT_KNOW_SHARE_OF_WRONG ? Answer.DONT_KNOW : Answer.INCORRECT;
    }

    static Outcome runAdaptive(ReadinessCat engine, Learner l, List<String> topics) {
        Random random = new Random(5_000_011L * l.index + 1);
        AdaptiveTest test = engine.start(31L * l.index + 7);
        assert topics != null;
        List<String> asked = new ArrayList<>();
        for (PoolItem item = test.next().orElse(null); item != null; item = test.next().orElse(null)) {
            test.record(item.id(), respond(item, l.theta[engine.prior().indexOf(item.topicId())], random));
            asked.add(item.id());
        }
        return new Outcome(asked, probabilities(test.posteriors()), test.stopReason().orElseThrow());
    }

    static Outcome runFixed(ReadinessCat engine, Learner l, List<PoolItem> form, List<String> topics, Random random) {
        ReadinessEstimator estimator = engine.newEstimator();
        List<String> asked = new ArrayList<>();
        for (PoolItem item : form) {
            estimator.add(item, respond(item, l.theta[engine.prior().indexOf(item.topicId())], random));
            asked.add(item.id());
        }
        return new Outcome(asked, probabilities(estimator.posterior()), StopReason.MAX_LENGTH);
    }

    static Outcome runRandom(ReadinessCat engine, Learner l, ItemPool pool, int length, List<String> topics, Random random) {
        ReadinessEstimator estimator = engine.newEstimator();
        List<PoolItem> items = new ArrayList<>(pool.items());
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < length && i < items.size(); i++) {
            int j = i + random.nextInt(items.size() - i);
            PoolItem item = items.get(j);
            items.set(j, items.get(i));
            items.set(i, item);
            estimator.add(item, respond(item, l.theta[engine.prior().indexOf(item.topicId())], random));
            asked.add(item.id());
        }
        return new Outcome(asked, probabilities(estimator.posterior()), StopReason.MAX_LENGTH);
    }

    static double[] probabilities(List<TopicPosterior> posteriors) {
        return posteriors.stream().mapToDouble(TopicPosterior::pMastered).toArray();
    }

    /** One item per skill: the pool item most informative at the cut. */
    static List<PoolItem> fixedForm(Curriculum curriculum, ItemPool pool, double cut) {
        List<PoolItem> form = new ArrayList<>();
        for (Skill skill : curriculum.skills()) {
            pool.items().stream().filter(i -> i.skillId().equals(skill.id()))
                    .max(Comparator.comparingDouble(i -> Irt.information(i.irt(), cut)))
                    .ifPresent(form::add);
        }
        return form;
    }

    static <T> T[] pick(T[] all, int[] idx) {
        T[] out = Arrays.copyOf(all, idx.length);
        for (int i = 0; i < idx.length; i++) {
            out[i] = all[idx[i]];
        }
        return out;
    }

    record Summary(String name, double[] accuracy, double[] strict, double[] falseMastered, double[] uncertain,
                   double[] baseRate, double[] itemsPerTopic, double falseMasteredRate, double fdr, double uncertainRate,
                   double meanLength, int p95Length, double maxItemExposure, double maxFamilyExposure) {

        double meanAccuracy() {
            return Arrays.stream(accuracy).average().orElse(0);
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f | %d | %.3f | %.3f |",
                    name, Arrays.stream(accuracy).min().orElse(0), meanAccuracy(), Arrays.stream(strict).average().orElse(0),
                    falseMasteredRate, fdr, uncertainRate, meanLength, p95Length, maxItemExposure, maxFamilyExposure);
        }
    }

    static Summary summarise(String name, Outcome[] outcomes, Learner[] people, List<String> topics, CatSettings settings,
                             ItemPool pool) {
        int n = topics.size();
        int m = outcomes.length;
        double[] accuracy = new double[n];
        double[] strict = new double[n];
        double[] falseMastered = new double[n];
        double[] uncertain = new double[n];
        double[] baseRate = new double[n];
        double[] itemsPerTopic = new double[n];
        long notMastered = 0;
        long falseM = 0;
        long masteredVerdicts = 0;
        long uncertainCount = 0;
        int[] notMasteredPerTopic = new int[n];
        for (int j = 0; j < m; j++) {
            for (int t = 0; t < n; t++) {
                boolean truth = people[j].theta[t] >= settings.cut();
                double p = outcomes[j].pMastered[t];
                MasteryStatus status = settings.statusOf(p);
                baseRate[t] += truth ? 1 : 0;
                accuracy[t] += (p >= 0.5) == truth ? 1 : 0;
                strict[t] += (status == MasteryStatus.MASTERED && truth) || (status == MasteryStatus.NOT_YET && !truth) ? 1 : 0;
                uncertain[t] += status == MasteryStatus.UNCERTAIN ? 1 : 0;
                if (status == MasteryStatus.UNCERTAIN) {
                    uncertainCount++;
                }
                if (status == MasteryStatus.MASTERED) {
                    masteredVerdicts++;
                }
                if (!truth) {
                    notMastered++;
                    notMasteredPerTopic[t]++;
                    if (status == MasteryStatus.MASTERED) {
                        falseM++;
                        falseMastered[t]++;
                    }
                }
            }
            for (String id : outcomes[j].items) {
                itemsPerTopic[topics.indexOf(pool.item(id).orElseThrow().topicId())]++;
            }
        }
        for (int t = 0; t < n; t++) {
            accuracy[t] /= m;
            strict[t] /= m;
            uncertain[t] /= m;
            baseRate[t] /= m;
            itemsPerTopic[t] /= m;
            falseMastered[t] = notMasteredPerTopic[t] == 0 ? 0 : falseMastered[t] / notMasteredPerTopic[t];
        }
        int[] lengths = Arrays.stream(outcomes).mapToInt(o -> o.items.size()).sorted().toArray();
        double mean = Arrays.stream(lengths).average().orElse(0);
        int p95 = lengths[Math.min(lengths.length - 1, (int) Math.ceil(0.95 * lengths.length) - 1)];
        return new Summary(name, accuracy, strict, falseMastered, uncertain, baseRate, itemsPerTopic,
                notMastered == 0 ? 0 : (double) falseM / notMastered,
                masteredVerdicts == 0 ? 0 : (double) falseM / masteredVerdicts, (double) uncertainCount / ((long) m * n),
                mean, p95, maxExposure(outcomes, id -> id), maxExposure(outcomes, id -> id.contains("#")
                        ? id.substring(0, id.lastIndexOf('#')) : id));
    }

    static String topExposed(Outcome[] outcomes) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Outcome o : outcomes) {
            o.items.stream().map(id -> id.contains("#") ? id.substring(0, id.lastIndexOf('#')) : id).distinct()
                    .forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue() / (double) outcomes.length))
                .toList().toString();
    }

    static double maxExposure(Outcome[] outcomes, Function<String, String> key) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Outcome o : outcomes) {
            o.items.stream().map(key).distinct().forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) outcomes.length;
    }
}
