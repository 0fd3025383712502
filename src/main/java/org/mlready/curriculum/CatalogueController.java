package org.mlready.curriculum;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The browsable curriculum: areas, topics, pathways and search. */
@Controller
class CatalogueController {

    private final Curriculum curriculum;
    private final CurriculumSearch search;

    CatalogueController(Curriculum curriculum, CurriculumSearch search) {
        this.curriculum = curriculum;
        this.search = search;
    }

    @GetMapping("/areas/{id}")
    String area(@PathVariable String id, Model model) {
        Area area = curriculum.area(id).orElseThrow(() -> notFound("area", id));
        model.addAttribute("area", area);
        model.addAttribute("curriculum", curriculum);
        return "curriculum/area";
    }

    @GetMapping("/topics/{id}")
    String topic(@PathVariable String id, Model model) {
        Topic topic = curriculum.topic(id).orElseThrow(() -> notFound("topic", id));
        model.addAttribute("topic", topic);
        model.addAttribute("area", curriculum.areaOf(topic));
        model.addAttribute("prerequisites", curriculum.prerequisitesOf(topic));
        model.addAttribute("dependents", curriculum.dependentsOf(topic));
        model.addAttribute("reasons", curriculum.prerequisites().stream()
                .filter(p -> p.after().equals(id)).toList());
        return "curriculum/topic";
    }

    @GetMapping("/pathways/{id}")
    String pathway(@PathVariable String id, Model model) {
        Pathway pathway = curriculum.pathway(id).orElseThrow(() -> notFound("pathway", id));
        model.addAttribute("pathway", pathway);
        model.addAttribute("emphasis", pathway.emphasisAreaIds().stream().map(a -> curriculum.area(a).orElseThrow()).toList());
        model.addAttribute("supported", pathway.resources().stream().map(r -> Map.entry(r,
                pathway.topicsSupportedBy(r.id()).stream().map(t -> curriculum.topic(t).orElseThrow()).toList())).toList());
        return "curriculum/pathway";
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false, defaultValue = "") String query, Model model) {
        String trimmed = query.length() > 200 ? query.substring(0, 200) : query;
        model.addAttribute("query", trimmed);
        model.addAttribute("hits", search.search(trimmed, 50));
        return "curriculum/search";
    }

    private static ResponseStatusException notFound(String kind, String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no " + kind + " called '" + id + "'.");
    }
}
