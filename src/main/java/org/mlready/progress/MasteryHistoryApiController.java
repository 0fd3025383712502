package org.mlready.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mlready.account.AccountUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Progress", description = "The signed-in learner's record of study")
class MasteryHistoryApiController {

    private final MasteryHistories histories;

    MasteryHistoryApiController(MasteryHistories histories) {
        this.histories = histories;
    }

    @GetMapping("/api/me/progress/history")
    @Operation(summary = "Mastery over time: per day (or per week for long histories) the skills mastered, mean "
            + "mastery per area and the practice answers given, replayed from every answer; finished readiness checks")
    MasteryHistory history(@AuthenticationPrincipal AccountUser user) {
        return histories.of(user.id());
    }
}
