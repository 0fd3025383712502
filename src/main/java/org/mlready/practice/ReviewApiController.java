package org.mlready.practice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mlready.account.AccountUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reviews", description = "Spaced review of the skills the signed-in learner has mastered")
class ReviewApiController {

    record SkillDue(String skillId, String title, String topicId, LocalDate dueOn, int intervalDays, int successfulReviews,
                    LocalDate scheduledOn, Instant masteredAt) {
        static SkillDue of(Reviews.ScheduledSkill s) {
            return new SkillDue(s.skillId(), s.title(), s.topicId(), s.review().dueOn(), s.review().intervalDays(),
                    s.review().successes(), s.review().scheduledOn(), s.review().masteredAt());
        }
    }

    record ReviewsView(LocalDate today, List<SkillDue> due, List<SkillDue> upcoming) {
    }

    private final Reviews reviews;

    ReviewApiController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/api/me/reviews")
    @Operation(summary = "Skills due for review now (most overdue first) and upcoming (soonest first), with due dates",
            description = "Days are UTC calendar days. A skill enters review when practice first lifts its mastery estimate to 95%; "
                    + "the gaps are 1, 3, 7, 16, 35 days, then doubling up to a year; a wrong or hinted answer resets to 1 day.")
    ReviewsView reviews(@AuthenticationPrincipal AccountUser user) {
        Reviews.Overview overview = reviews.overview(user.id());
        return new ReviewsView(overview.today(), overview.due().stream().map(SkillDue::of).toList(),
                overview.upcoming().stream().map(SkillDue::of).toList());
    }
}
