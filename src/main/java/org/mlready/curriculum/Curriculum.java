package org.mlready.curriculum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole loaded curriculum: areas, topics, skills, resources, pathways and the prerequisite graph. */
public final class Curriculum {

    private final List<Area> areas;
    private final List<Pathway> pathways;
    private final List<Prerequisite> prerequisites;
    private final PrerequisiteGraph graph;
    private final Map<String, Area> areasById;
    private final Map<String, Topic> topicsById;
    private final Map<String, Skill> skillsById;
    private final Map<String, Resource> resourcesById;
    private final Map<String, Pathway> pathwaysById;
    private final Map<String, String> topicOfResource;
    private final Map<String, Resource> pathwayResourcesById;
    private final Map<String, String> pathwayOfResource;

    public Curriculum(List<Area> areas, List<Pathway> pathways, List<Prerequisite> prerequisites,
                      PrerequisiteGraph graph) {
        this.areas = List.copyOf(areas);
        this.pathways = List.copyOf(pathways);
        this.prerequisites = List.copyOf(prerequisites);
        this.graph = graph;
        this.areasById = index(this.areas, Area::id);
        this.topicsById = index(topics(), Topic::id);
        this.skillsById = index(skills(), Skill::id);
        this.resourcesById = index(topics().stream().flatMap(t -> t.resources().stream()).toList(), Resource::id);
        this.pathwaysById = index(this.pathways, Pathway::id);
        this.topicOfResource = topics().stream().flatMap(t -> t.resources().stream().map(r -> Map.entry(r.id(), t.id())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.pathwayResourcesById = index(this.pathways.stream().flatMap(p -> p.resources().stream()).toList(), Resource::id);
        this.pathwayOfResource = this.pathways.stream()
                .flatMap(p -> p.resources().stream().map(r -> Map.entry(r.id(), p.id())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(id.apply(v), v));
        return map;
    }

    public List<Area> areas() {
        return areas;
    }

    /** Areas that hold topics (all but the pathways area). */
    public List<Area> studyAreas() {
        return areas.stream().filter(a -> !a.isPathwaysArea()).toList();
    }

    public List<Topic> topics() {
        return areas.stream().flatMap(a -> a.topics().stream()).toList();
    }

    public List<Skill> skills() {
        return topics().stream().flatMap(t -> t.skills().stream()).toList();
    }

    /** Resources of the topics (the pathways' own resources are listed on each pathway). */
    public List<Resource> topicResources() {
        return List.copyOf(resourcesById.values());
    }

    public List<Pathway> pathways() {
        return pathways;
    }

    public List<Prerequisite> prerequisites() {
        return prerequisites;
    }

    public PrerequisiteGraph graph() {
        return graph;
    }

    public Optional<Area> area(String id) {
        return Optional.ofNullable(areasById.get(id));
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topicsById.get(id));
    }

    public Optional<Skill> skill(String id) {
        return Optional.ofNullable(skillsById.get(id));
    }

    public Optional<Resource> resource(String id) {
        return Optional.ofNullable(resourcesById.get(id));
    }

    /** One of a pathway's own resources. */
    public Optional<Resource> pathwayResource(String id) {
        return Optional.ofNullable(pathwayResourcesById.get(id));
    }

    /** A topic's resource or a pathway's own: anything a learner can tick done. */
    public Optional<Resource> anyResource(String id) {
        return resource(id).or(() -> pathwayResource(id));
    }

    /** The pathway one of the pathways' own resources belongs to. */
    public Optional<Pathway> pathwayOfResource(String resourceId) {
        return Optional.ofNullable(pathwayOfResource.get(resourceId)).map(pathwaysById::get);
    }

    public Optional<Pathway> pathway(String id) {
        return Optional.ofNullable(pathwaysById.get(id));
    }

    /** The topic a (topic) resource belongs to. */
    public Optional<Topic> topicOfResource(String resourceId) {
        return Optional.ofNullable(topicOfResource.get(resourceId)).map(topicsById::get);
    }

    public Area areaOf(Topic topic) {
        return areasById.get(topic.areaId());
    }

    public List<Topic> prerequisitesOf(Topic topic) {
        return graph.prerequisitesOf(topic.id()).stream().map(topicsById::get).toList();
    }

    public List<Topic> dependentsOf(Topic topic) {
        return graph.dependentsOf(topic.id()).stream().map(topicsById::get).toList();
    }

    public int totalHours() {
        return topics().stream().mapToInt(Topic::hours).sum();
    }
}
