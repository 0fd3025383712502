package org.mlready.practice;

import org.mlready.assessment.ItemBank;
import org.mlready.curriculum.Curriculum;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Authors and instructors browse the item bank: any skill, any seed, with key, solution and explanations. */
@Controller
class ItemPreviewController {

    private final ItemBank bank;
    private final Curriculum curriculum;

    ItemPreviewController(ItemBank bank, Curriculum curriculum) {
        this.bank = bank;
        this.curriculum = curriculum;
    }

    @GetMapping("/instructor/items")
    String preview(@RequestParam(required = false) String skill, @RequestParam(defaultValue = "1") long seed,
                   @RequestParam(required = false) String family, Model model) {
        model.addAttribute("curriculum", curriculum);
        model.addAttribute("coverage", bank.coverage());
        model.addAttribute("seed", Math.max(0, seed));
        model.addAttribute("skill", skill);
        model.addAttribute("family", family);
        if (skill != null && curriculum.skill(skill).isPresent()) {
            var item = family != null && !family.isBlank()
                    ? bank.instance(family, Math.max(0, seed)).filter(i -> i.skillId().equals(skill))
                    : bank.forSkill(skill, Math.max(0, seed));
            item.ifPresent(i -> {
                model.addAttribute("item", i);
                model.addAttribute("key", AnswerKeyText.of(i.key()));
            });
            model.addAttribute("families", bank.familiesFor(skill));
        }
        return "practice/item-preview";
    }
}
