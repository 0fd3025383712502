package org.mlready.practice;

import org.mlready.assessment.item.ItemInstance;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** Hint number {@code number} of a question, as the htmx fragment that practice and review both show. */
final class HintFragment {

    private HintFragment() {
    }

    static String of(ItemInstance item, int number, String hintsUrl, Model model) {
        if (number < 1 || number > item.hints().size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This question has " + item.hints().size() + " hints.");
        }
        model.addAttribute("item", item);
        model.addAttribute("number", number);
        model.addAttribute("hintsUrl", hintsUrl);
        return "practice/hint :: hint";
    }
}
