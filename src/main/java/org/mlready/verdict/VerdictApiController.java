package org.mlready.verdict;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mlready.account.AccountUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Readiness verdict", description = "Whether the signed-in learner is ready for Module 1, with the evidence")
class VerdictApiController {

    private final Module1Verdicts verdicts;

    VerdictApiController(Module1Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    @GetMapping("/api/me/readiness-verdict")
    @Operation(summary = "READY or NOT_YET for Module 1; per area and topic the status, evidence and next actions; "
            + "the missing topics in prerequisite order")
    Module1Verdict verdict(@AuthenticationPrincipal AccountUser user) {
        return verdicts.of(user.id());
    }
}
