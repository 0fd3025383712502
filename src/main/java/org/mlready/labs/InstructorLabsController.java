package org.mlready.labs;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mlready.account.AccountUser;
import org.mlready.account.Profiles;
import org.mlready.labs.classification.ClassificationLab;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Instructors' side of the labs (under /instructor, so INSTRUCTOR or ADMIN only): plot reviews, private standings. */
@Controller
class InstructorLabsController {

    /** A plot in the queue with its author's name. */
    record QueuedPlot(LabPlots.Plot plot, String author) {
    }

    private final LabPlots plots;
    private final LabAttempts attempts;
    private final LabsController labs;
    private final Profiles profiles;

    InstructorLabsController(LabPlots plots, LabAttempts attempts, LabsController labs, Profiles profiles) {
        this.plots = plots;
        this.attempts = attempts;
        this.labs = labs;
        this.profiles = profiles;
    }

    @GetMapping("/instructor/labs/reviews")
    String reviews(Model model) {
        model.addAttribute("queue", named(plots.pending()));
        model.addAttribute("reviewed", named(plots.recentlyReviewed(20)));
        return "labs/reviews";
    }

    @PostMapping("/instructor/labs/reviews/{id}")
    String review(@PathVariable long id, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal AccountUser user) {
        plots.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plot " + id + "."));
        String comment = form.getOrDefault("comment", "").strip();
        if (comment.length() > 4000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The comment is limited to 4000 characters.");
        }
        plots.review(id, user.id(), new LabPlots.Review(score(form, "axes"), score(form, "chartType"),
                score(form, "readability"), score(form, "honesty"), comment));
        return "redirect:/instructor/labs/reviews?reviewed=" + id;
    }

    @GetMapping("/instructor/labs/leaderboard")
    String leaderboard(@AuthenticationPrincipal AccountUser user, Model model) {
        List<LabAttempts.Attempt> submissions = attempts.classificationSubmissions();
        model.addAttribute("publicRows", labs.board(submissions, false, user.id(), true));
        model.addAttribute("privateRows", labs.board(submissions, true, user.id(), true));
        model.addAttribute("baseline", ClassificationLab.breastCancer().baseline());
        return "labs/private-leaderboard";
    }

    private List<QueuedPlot> named(List<LabPlots.Plot> list) {
        Map<Long, String> names = list.stream().map(LabPlots.Plot::accountId).distinct()
                .collect(Collectors.toMap(id -> id, id -> profiles.get(id).displayName()));
        return list.stream().map(p -> new QueuedPlot(p, names.get(p.accountId()))).toList();
    }

    private static int score(Map<String, String> form, String criterion) {
        String raw = form.getOrDefault(criterion, "").strip();
        if (!raw.matches("[012]")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Score every criterion 0, 1 or 2 (" + criterion + " was '" + raw + "').");
        }
        return Integer.parseInt(raw);
    }
}
