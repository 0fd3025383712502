package org.mlready.labs;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.mlready.account.AccountUser;
import org.mlready.account.Profiles;
import org.mlready.assessment.ItemBank;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.check.CheckResult;
import org.mlready.labs.classification.ClassificationLab;
import org.mlready.labs.classification.ClassificationResult;
import org.mlready.labs.classification.Leaderboard;
import org.mlready.labs.eda.AnswerResult;
import org.mlready.labs.eda.EdaGrade;
import org.mlready.labs.eda.EdaLab;
import org.mlready.labs.eda.EdaQuestion;
import org.mlready.labs.metrics.ClassificationScore;
import org.mlready.labs.metrics.RocPoint;
import org.mlready.labs.regression.RegressionGrade;
import org.mlready.labs.regression.RegressionLab;
import org.mlready.labs.summary.CellResult;
import org.mlready.labs.summary.SummaryGrade;
import org.mlready.labs.summary.SummaryLab;
import org.mlready.labs.upload.DecimalCell;
import org.mlready.labs.upload.PngPlot;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The learner's side of the labs: the list, each lab's instructions, personal dataset, submission form, result and
 * attempt history. A submission the lab rejects ({@link SubmissionRejected}) is shown with its problems and answered
 * with 400; it is not stored. Every graded submission is stored as an attempt.
 */
@Controller
class LabsController {

    /** One line of a leaderboard as shown: a learner, or the baseline at its place. */
    record BoardRow(String rank, String name, double rocAuc, Boolean beatsBaseline, Integer submissions,
                    boolean baseline, boolean you) {
    }

    private final LabAttempts attempts;
    private final LabPlots plots;
    private final SqlTasks sqlTasks;
    private final ItemBank items;
    private final Profiles profiles;

    LabsController(LabAttempts attempts, LabPlots plots, SqlTasks sqlTasks, ItemBank items, Profiles profiles) {
        this.attempts = attempts;
        this.plots = plots;
        this.sqlTasks = sqlTasks;
        this.items = items;
        this.profiles = profiles;
    }

    @GetMapping("/labs")
    String index(@AuthenticationPrincipal AccountUser user, Model model) {
        Map<Lab, LabAttempts.Summary> summaries = attempts.summaries(user.id());
        model.addAttribute("summaries", summaries.values());
        model.addAttribute("validated", attempts.allHandsOnPassed(user.id()));
        return "labs/index";
    }

    @GetMapping("/labs/{slug}")
    String lab(@PathVariable String slug, @AuthenticationPrincipal AccountUser user, Model model) {
        return show(lab(slug), user, model);
    }

    // ---- datasets ----

    @GetMapping("/labs/regression/regression.csv")
    ResponseEntity<byte[]> regressionCsv(@AuthenticationPrincipal AccountUser user) {
        return csv("regression.csv", regression(user).csv());
    }

    @GetMapping("/labs/eda/wine.csv")
    ResponseEntity<byte[]> wineCsv(@AuthenticationPrincipal AccountUser user) {
        return csv("wine.csv", eda(user).csv());
    }

    @GetMapping("/labs/classification/train.csv")
    ResponseEntity<byte[]> trainCsv() {
        return csv("breast_cancer_train.csv", ClassificationLab.breastCancer().trainCsv());
    }

    @GetMapping("/labs/classification/test.csv")
    ResponseEntity<byte[]> testCsv() {
        return csv("breast_cancer_test.csv", ClassificationLab.breastCancer().testCsv());
    }

    @GetMapping("/labs/classification/sample-submission.csv")
    ResponseEntity<byte[]> sampleSubmission() {
        return csv("sample_submission.csv", ClassificationLab.breastCancer().baselineCsv());
    }

    @GetMapping("/labs/visualisation/iris.csv")
    ResponseEntity<byte[]> irisCsv(@AuthenticationPrincipal AccountUser user) {
        return csv("iris.csv", summary(user).csv());
    }

    // ---- submissions ----

    @PostMapping("/labs/regression")
    String submitRegression(@RequestParam Map<String, String> form, @AuthenticationPrincipal AccountUser user,
                            Model model, HttpServletResponse response) {
        RegressionLab lab = regression(user);
        model.addAttribute("submitted", form);
        List<String> names = lab.dataset().featureNames();
        try {
            List<UploadProblem> problems = new ArrayList<>();
            double intercept = number(form, "intercept", "intercept", problems);
            double[] coefficients = new double[names.size()];
            for (int j = 0; j < names.size(); j++) {
                coefficients[j] = number(form, "coefficient-" + names.get(j), names.get(j), problems);
            }
            double mse = number(form, "mse", "mse", problems);
            if (!problems.isEmpty()) {
                throw new SubmissionRejected(problems, problems.size());
            }
            RegressionGrade grade = lab.grade(intercept, coefficients, mse);
            int parts = names.size() + 2;
            long right = (grade.interceptCorrect() ? 1 : 0) + (grade.mseCorrect() ? 1 : 0)
                    + grade.coefficientsCorrect().stream().filter(Boolean::booleanValue).count();
            StringBuilder details = new StringBuilder();
            details.append("intercept ").append(verdict(grade.interceptCorrect())).append('\n');
            for (int j = 0; j < names.size(); j++) {
                details.append("coefficient of ").append(names.get(j)).append(' ')
                        .append(verdict(grade.coefficientsCorrect().get(j))).append('\n');
            }
            details.append("mse ").append(verdict(grade.mseCorrect())).append('\n');
            grade.feedback().forEach(line -> details.append(line).append('\n'));
            model.addAttribute("attempt", attempts.record(user.id(), Lab.REGRESSION, grade.passed(),
                    (double) right / parts, details.toString().strip()));
            model.addAttribute("grade", grade);
        } catch (SubmissionRejected rejected) {
            reject(rejected, model, response);
        }
        return show(Lab.REGRESSION, user, model);
    }

    @PostMapping("/labs/eda")
    String submitEda(@RequestParam Map<String, String> form, @AuthenticationPrincipal AccountUser user, Model model) {
        EdaLab lab = eda(user);
        Map<String, String> answers = new LinkedHashMap<>();
        for (EdaQuestion question : lab.questions()) {
            answers.put(question.id(), form.getOrDefault("answer-" + question.id(), ""));
        }
        model.addAttribute("submitted", form);
        EdaGrade grade = lab.grade(answers);
        String details = grade.results().stream()
                .map(r -> r.questionId() + ": " + verdict(r.correct()) + (r.correct() ? "" : " (" + r.feedback() + ")"))
                .collect(Collectors.joining("\n"));
        model.addAttribute("attempt", attempts.record(user.id(), Lab.EDA, grade.allCorrect(),
                (double) grade.correctCount() / grade.results().size(), details));
        model.addAttribute("grade", grade);
        model.addAttribute("results", grade.results().stream()
                .collect(Collectors.toMap(AnswerResult::questionId, r -> r)));
        return show(Lab.EDA, user, model);
    }

    @PostMapping("/labs/classification")
    String submitClassification(@RequestParam(name = "predictions", required = false) MultipartFile file,
                                @AuthenticationPrincipal AccountUser user, Model model, HttpServletResponse response) {
        ClassificationLab lab = ClassificationLab.breastCancer();
        try {
            ClassificationResult result = lab.score(bytes(file, "predictions"));
            ClassificationScore pub = result.publicScore();
            double baselineAuc = lab.baseline().result().publicScore().rocAuc();
            boolean beats = pub.rocAuc() > baselineAuc;
            String details = String.format(Locale.ROOT, "public ROC AUC %.4f, F1 %.4f, accuracy %.4f; baseline "
                    + "public ROC AUC %.4f (%s)", pub.rocAuc(), pub.f1(), pub.accuracy(), baselineAuc,
                    beats ? "beaten" : "not beaten");
            model.addAttribute("attempt", attempts.record(user.id(), Lab.CLASSIFICATION, beats, pub.rocAuc(),
                    details, result));
            model.addAttribute("score", pub);
            model.addAttribute("rocFpr", roc(pub.rocCurve(), true));
            model.addAttribute("rocTpr", roc(pub.rocCurve(), false));
            model.addAttribute("beats", beats);
        } catch (SubmissionRejected rejected) {
            reject(rejected, model, response);
        }
        return show(Lab.CLASSIFICATION, user, model);
    }

    @PostMapping("/labs/visualisation/summary")
    String submitSummary(@RequestParam(name = "table", required = false) MultipartFile file,
                         @AuthenticationPrincipal AccountUser user, Model model, HttpServletResponse response) {
        try {
            SummaryGrade grade = summary(user).grade(bytes(file, "table"));
            String details = grade.cells().stream()
                    .map(c -> c.className() + " " + c.column() + ": " + verdict(c.correct())
                            + (c.correct() ? "" : " (" + c.feedback() + ")"))
                    .collect(Collectors.joining("\n"));
            model.addAttribute("attempt", attempts.record(user.id(), Lab.VISUALISATION, grade.allCorrect(),
                    (double) grade.correctCount() / grade.cells().size(), details));
            model.addAttribute("grade", grade);
        } catch (SubmissionRejected rejected) {
            reject(rejected, model, response);
        }
        return show(Lab.VISUALISATION, user, model);
    }

    @PostMapping("/labs/visualisation/plots")
    String submitPlot(@RequestParam(name = "plot", required = false) MultipartFile file,
                      @RequestParam(name = "title", defaultValue = "") String title,
                      @AuthenticationPrincipal AccountUser user, Model model, HttpServletResponse response) {
        try {
            String caption = title.strip();
            if (caption.isEmpty() || caption.length() > 200) {
                throw SubmissionRejected.because(UploadProblem.ofCell(0, "title",
                        "give the plot a title of 1 to 200 characters (what it shows)"));
            }
            PngPlot plot = summary(user).checkPlot(bytes(file, "plot"));
            plots.store(user.id(), caption, plot);
            model.addAttribute("plotUploaded", caption);
        } catch (SubmissionRejected rejected) {
            reject(rejected, model, response);
        }
        return show(Lab.VISUALISATION, user, model);
    }

    @PostMapping("/labs/sql")
    String submitSql(@RequestParam Map<String, String> form, @AuthenticationPrincipal AccountUser user, Model model,
                     HttpServletResponse response) {
        List<ItemInstance> tasks = sqlTasks.forLearner(Lab.SQL.seedFor(user.id()));
        model.addAttribute("submitted", form);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            queries.add(form.getOrDefault("task-" + i, "").strip());
        }
        if (queries.stream().allMatch(String::isEmpty)) {
            reject(SubmissionRejected.because(UploadProblem.ofFile("write a query for at least one task")), model,
                    response);
            return show(Lab.SQL, user, model);
        }
        List<CheckResult> results = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        for (int i = 0; i < tasks.size(); i++) {
            CheckResult result = queries.get(i).isEmpty()
                    ? CheckResult.incorrect("No query.") : items.check(tasks.get(i), queries.get(i));
            results.add(result);
            details.append("task ").append(i + 1).append(" (").append(tasks.get(i).familyId()).append("): ")
                    .append(verdict(result.isCorrect())).append('\n');
        }
        long right = results.stream().filter(CheckResult::isCorrect).count();
        model.addAttribute("attempt", attempts.record(user.id(), Lab.SQL, right == tasks.size(),
                (double) right / tasks.size(), details.toString().strip()));
        model.addAttribute("sqlResults", results);
        return show(Lab.SQL, user, model);
    }

    // ---- plots and leaderboard ----

    @GetMapping("/labs/plots/{id}.png")
    ResponseEntity<byte[]> plot(@PathVariable long id, @AuthenticationPrincipal AccountUser user) {
        LabPlots.Plot plot = plots.find(id).filter(p -> p.accountId() == user.id() || isStaff(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plot " + id + "."));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .header("X-Content-Type-Options", "nosniff")
                .body(plots.png(plot.id()).orElseThrow());
    }

    @GetMapping("/labs/classification/leaderboard")
    String leaderboard(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("rows", board(attempts.classificationSubmissions(), false, user.id(), false));
        model.addAttribute("baseline", ClassificationLab.breastCancer().baseline());
        return "labs/leaderboard";
    }

    /** The public (or, for instructors, private) standings with the baseline inserted at its place. */
    List<BoardRow> board(List<LabAttempts.Attempt> submissions, boolean privateSplit, long viewer, boolean emails) {
        ClassificationLab lab = ClassificationLab.breastCancer();
        Leaderboard leaderboard = new Leaderboard(lab.baseline());
        List<Leaderboard.Submission> scored = submissions.stream()
                .map(a -> new Leaderboard.Submission(String.valueOf(a.accountId()), a.submittedAt(),
                        new ClassificationResult(stored(a.publicAuc()), stored(a.privateAuc()))))
                .toList();
        List<Leaderboard.Standing> standings = privateSplit ? leaderboard.privateStandings(scored)
                : leaderboard.publicStandings(scored);
        ClassificationScore baselineScore = privateSplit ? lab.baseline().result().privateScore()
                : lab.baseline().result().publicScore();
        List<BoardRow> rows = new ArrayList<>();
        boolean baselinePlaced = false;
        for (Leaderboard.Standing s : standings) {
            if (!baselinePlaced && s.rocAuc() <= baselineScore.rocAuc()) {
                rows.add(baselineRow(baselineScore));
                baselinePlaced = true;
            }
            long accountId = Long.parseLong(s.learner());
            var account = profiles.get(accountId);
            String name = emails ? account.displayName() + " <" + account.email() + ">" : account.displayName();
            rows.add(new BoardRow(String.valueOf(s.rank()), name, s.rocAuc(), s.beatsBaseline(), s.submissions(),
                    false, accountId == viewer));
        }
        if (!baselinePlaced) {
            rows.add(baselineRow(baselineScore));
        }
        return rows;
    }

    private static BoardRow baselineRow(ClassificationScore score) {
        return new BoardRow("–", "Baseline", score.rocAuc(), null, null, true, false);
    }

    private static ClassificationScore stored(double auc) {
        return new ClassificationScore(0, auc, 0, 0, null, List.of());
    }

    // ---- helpers ----

    private String show(Lab lab, AccountUser user, Model model) {
        long seed = lab.seedFor(user.id());
        model.addAttribute("lab", lab);
        model.addAttribute("summary", attempts.summary(user.id(), lab));
        model.addAttribute("history", attempts.history(user.id(), lab));
        if (!model.containsAttribute("submitted")) {
            model.addAttribute("submitted", Map.of());
        }
        switch (lab) {
            case REGRESSION -> {
                RegressionLab regression = RegressionLab.forLearner(seed);
                model.addAttribute("featureNames", regression.dataset().featureNames());
                model.addAttribute("rows", regression.dataset().target().length);
            }
            case EDA -> model.addAttribute("questions", EdaLab.forLearner(seed).questions());
            case CLASSIFICATION -> {
                ClassificationLab classification = ClassificationLab.breastCancer();
                model.addAttribute("baseline", classification.baseline());
                model.addAttribute("trainSize", classification.trainSize());
                model.addAttribute("testSize", classification.testIds().size());
            }
            case VISUALISATION -> {
                SummaryLab summary = SummaryLab.forLearner(seed);
                model.addAttribute("columns", summary.columns());
                model.addAttribute("classes", summary.classes());
                model.addAttribute("plots", plots.ofAccount(user.id()));
                model.addAttribute("maxRubric", LabPlots.Review.MAX_TOTAL);
            }
            case SQL -> model.addAttribute("tasks", sqlTasks.forLearner(seed));
        }
        return "labs/" + lab.slug();
    }

    private static Lab lab(String slug) {
        return Lab.bySlug(slug).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no lab called '" + slug + "'."));
    }

    private static RegressionLab regression(AccountUser user) {
        return RegressionLab.forLearner(Lab.REGRESSION.seedFor(user.id()));
    }

    private static EdaLab eda(AccountUser user) {
        return EdaLab.forLearner(Lab.EDA.seedFor(user.id()));
    }

    private static SummaryLab summary(AccountUser user) {
        return SummaryLab.forLearner(Lab.VISUALISATION.seedFor(user.id()));
    }

    static boolean isStaff(AccountUser user) {
        return user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_INSTRUCTOR") || a.getAuthority().equals("ROLE_ADMIN"));
    }

    private static void reject(SubmissionRejected rejected, Model model, HttpServletResponse response) {
        model.addAttribute("rejection", rejected);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
    }

    private static byte[] bytes(MultipartFile file, String field) {
        if (file == null || file.isEmpty()) {
            throw SubmissionRejected.because(UploadProblem.ofCell(0, field, "no file was uploaded (or it is empty)"));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double number(Map<String, String> form, String field, String label, List<UploadProblem> problems) {
        String raw = form.getOrDefault(field, "").strip();
        OptionalDouble value = DecimalCell.parse(raw);
        if (raw.isEmpty()) {
            problems.add(UploadProblem.ofCell(0, label, "no value given"));
            return Double.NaN;
        }
        if (value.isEmpty()) {
            problems.add(UploadProblem.ofCell(0, label, "'" + raw + "' is not a number (use a decimal point, "
                    + "e.g. 12.345 or 1.2e-3)"));
            return Double.NaN;
        }
        return value.getAsDouble();
    }

    private static String verdict(boolean correct) {
        return correct ? "correct" : "wrong";
    }

    private static String roc(List<RocPoint> curve, boolean falsePositive) {
        return curve.stream()
                .map(p -> String.format(Locale.ROOT, "%.4f", falsePositive ? p.falsePositiveRate() : p.truePositiveRate()))
                .collect(Collectors.joining("|"));
    }

    private static ResponseEntity<byte[]> csv(String filename, String content) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(content.getBytes(StandardCharsets.UTF_8));
    }
}
