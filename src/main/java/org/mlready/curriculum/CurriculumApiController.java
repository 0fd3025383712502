package org.mlready.curriculum;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/curriculum")
@Tag(name = "Curriculum", description = "The whole curriculum, public")
class CurriculumApiController {

    record SkillView(String id, String title, String kind) {
    }

    record ResourceView(String id, String title, String description, String kind, boolean free, String access,
                        String url, int hours) {
        static ResourceView of(Resource r) {
            return new ResourceView(r.id(), r.title(), r.description(), r.kind().name().toLowerCase(), r.free(),
                    r.access(), r.url(), r.hours());
        }
    }

    record TopicView(String id, String title, String summary, int hours, List<String> prerequisites,
                     List<SkillView> skills, List<ResourceView> resources) {
    }

    record AreaView(String id, String title, String summary, int hours, List<TopicView> topics) {
    }

    /** @param supportedTopics for each of the pathway's resources, the topics a study plan schedules it with */
    record PathwayView(String id, String title, String background, int minWeeks, int maxWeeks, List<String> focus,
                       List<String> emphasisAreas, List<ResourceView> resources,
                       SortedMap<String, List<String>> supportedTopics) {
    }

    record CurriculumView(List<AreaView> areas, List<PathwayView> pathways, List<Prerequisite> prerequisites) {
    }

    private final CurriculumView view;
    private final CurriculumSearch search;

    CurriculumApiController(Curriculum curriculum, CurriculumSearch search) {
        this.search = search;
        this.view = new CurriculumView(
                curriculum.areas().stream().map(a -> new AreaView(a.id(), a.title(), a.summary(), a.hours(),
                        a.topics().stream().map(t -> new TopicView(t.id(), t.title(), t.summary(), t.hours(),
                                curriculum.graph().prerequisitesOf(t.id()),
                                t.skills().stream().map(s -> new SkillView(s.id(), s.title(), s.kind().name().toLowerCase())).toList(),
                                t.resources().stream().map(ResourceView::of).toList())).toList())).toList(),
                curriculum.pathways().stream().map(p -> new PathwayView(p.id(), p.title(), p.background(), p.minWeeks(),
                        p.maxWeeks(), p.focus(), p.emphasisAreaIds(), p.resources().stream().map(ResourceView::of).toList(),
                        new TreeMap<>(p.supportedTopicIds()))).toList(),
                curriculum.prerequisites());
    }

    @GetMapping
    @Operation(summary = "Areas, topics, skills, resources, prerequisites and pathways")
    CurriculumView curriculum() {
        return view;
    }

    @GetMapping("/search")
    @Operation(summary = "Search topics, skills and resources; every word must match")
    List<CurriculumSearch.Hit> search(@RequestParam("q") String query) {
        return search.search(query.length() > 200 ? query.substring(0, 200) : query, 50);
    }
}
