package org.mlready.cohorts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.mlready.account.AccountUser;
import org.mlready.account.Profiles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me/cohorts")
@Tag(name = "Cohorts (learners)", description = "Joining and leaving an instructor's cohort")
class MyCohortsApiController {

    record MyCohortView(long id, String name, LocalDate targetDate, String instructor) {
    }

    record JoinRequest(@Schema(description = "The join code from your instructor", example = "7KQ2M9XPRT") String code) {
    }

    private final Cohorts cohorts;
    private final Profiles profiles;

    MyCohortsApiController(Cohorts cohorts, Profiles profiles) {
        this.cohorts = cohorts;
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "The cohorts you are a member of")
    List<MyCohortView> list(@AuthenticationPrincipal AccountUser user) {
        return cohorts.joinedBy(user.id()).stream().map(this::view).toList();
    }

    @PostMapping
    @Operation(summary = "Join a cohort with its code")
    ResponseEntity<MyCohortView> join(@AuthenticationPrincipal AccountUser user, @RequestBody JoinRequest request) {
        Cohort cohort = cohorts.join(user.id(), request.code());
        return ResponseEntity.created(URI.create("/api/me/cohorts")).body(view(cohort));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Leave a cohort")
    ResponseEntity<Void> leave(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        cohorts.leave(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    private MyCohortView view(Cohort cohort) {
        return new MyCohortView(cohort.id(), cohort.name(), cohort.targetDate(), profiles.get(cohort.ownerId()).displayName());
    }
}
