package org.mlready.web;

import org.mlready.curriculum.Curriculum;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Curriculum curriculum;

    HomeController(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("curriculum", curriculum);
        return "web/home";
    }
}
