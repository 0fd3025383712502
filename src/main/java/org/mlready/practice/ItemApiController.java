package org.mlready.practice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.mlready.assessment.ItemBank;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.check.CheckResult;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/items")
@Validated
@Tag(name = "Items", description = "The item bank: preview (instructors) and answer checking")
class ItemApiController {

    record Preview(String id, String familyId, String skillId, long seed, String stem, String responseType, String key,
                   String solution, List<String> hints, List<Choice> choices, IrtParameters irt) {
        static Preview of(ItemInstance item) {
            return new Preview(item.id(), item.familyId(), item.skillId(), item.seed(), item.stem(), item.responseType().name(),
                    AnswerKeyText.of(item.key()), item.solution(), item.hints(), item.choices(), item.irt());
        }
    }

    record CheckRequest(@NotBlank(message = "skill is required.") String skill,
                        @NotNull(message = "seed is required.") @Min(value = 0, message = "seed must not be negative.") Long seed,
                        String family,
                        @NotNull(message = "response is required.") @Size(max = 4000, message = "response must be at most 4000 characters.") String response) {
    }

    record CheckResponse(String itemId, String verdict, String message) {
    }

    private final ItemBank bank;

    ItemApiController(ItemBank bank) {
        this.bank = bank;
    }

    @GetMapping("/preview")
    @Operation(summary = "An item with its key and worked solution (instructors and admins)",
            description = "The seed picks a family of the skill unless 'family' names one; the same seed always gives the same question.")
    Preview preview(@RequestParam(required = false) String skill, @RequestParam @Min(value = 0, message = "seed must not be negative.") long seed,
                    @RequestParam(required = false) String family) {
        return Preview.of(item(skill, seed, family));
    }

    @PostMapping("/check")
    @Operation(summary = "Check a response to the item given by (skill, seed[, family])")
    CheckResponse check(@Valid @RequestBody CheckRequest request) {
        ItemInstance item = item(request.skill(), request.seed(), request.family());
        CheckResult result = bank.check(item, request.response());
        return new CheckResponse(item.id(), result.verdict().name(), result.message());
    }

    @GetMapping("/coverage")
    @Operation(summary = "Distinct questions available per skill")
    Map<String, Long> coverage() {
        return bank.coverage();
    }

    private ItemInstance item(String skill, long seed, String family) {
        if (family != null && !family.isBlank()) {
            ItemInstance item = bank.instance(family, seed).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "There is no item family called '" + family + "'."));
            if (skill != null && !item.skillId().equals(skill)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "Item family '" + family + "' belongs to skill '" + item.skillId() + "', not '" + skill + "'.");
            }
            return item;
        }
        if (skill == null || skill.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give a skill (and optionally a family).");
        }
        return bank.forSkill(skill, seed).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no skill called '" + skill + "' with exercises."));
    }
}
