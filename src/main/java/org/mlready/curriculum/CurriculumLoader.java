package org.mlready.curriculum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the curriculum from its YAML files and validates it: unique ids, every reference resolves, the
 * prerequisite graph is acyclic. All problems are reported together, each naming file, entry and fault.
 */
public final class CurriculumLoader {

    private static final Set<String> AREA_KEYS = Set.of("id", "title", "summary", "topics");
    private static final Set<String> TOPIC_KEYS = Set.of("id", "title", "summary", "skills", "resources");
    private static final Set<String> SKILL_KEYS = Set.of("id", "title", "kind");
    private static final Set<String> RESOURCE_KEYS =
            Set.of("id", "title", "description", "kind", "free", "access", "url", "hours");
    private static final Set<String> PATHWAY_RESOURCE_KEYS =
            Set.of("id", "title", "description", "kind", "free", "access", "url", "hours", "supports");
    private static final Set<String> PATHWAY_KEYS =
            Set.of("id", "title", "background", "weeks", "focus", "emphasis", "resources");
    private static final Set<String> EDGE_KEYS = Set.of("before", "after", "why");

    private final YAMLMapper yaml = new YAMLMapper();
    private final ContentProblems problems = new ContentProblems();
    private final Map<String, Map<String, String>> idsByKind = new HashMap<>();

    private CurriculumLoader() {
    }

    public static Curriculum load(List<ContentFile> areaFiles, ContentFile pathwaysFile, ContentFile prerequisitesFile) {
        return new CurriculumLoader().read(areaFiles, pathwaysFile, prerequisitesFile);
    }

    private Curriculum read(List<ContentFile> areaFiles, ContentFile pathwaysFile, ContentFile prerequisitesFile) {
        List<Area> areas = new ArrayList<>();
        for (ContentFile file : areaFiles) {
            YamlEntry root = parse(file, "");
            if (root != null) {
                areas.add(readArea(root, areas.size() + 1, file.name()));
            }
        }
        List<Pathway> pathways = new ArrayList<>();
        YamlEntry pathwaysRoot = parse(pathwaysFile, "");
        if (pathwaysRoot != null) {
            pathwaysRoot.allowOnly(Set.of("area", "pathways"));
            YamlEntry areaEntry = pathwaysRoot.child("area", "area");
            if (areaEntry != null) {
                areaEntry.allowOnly(Set.of("id", "title", "summary"));
                String id = unique("area", areaEntry.id(), areaEntry, pathwaysFile.name());
                areas.add(new Area(id, areaEntry.text("title"), areaEntry.text("summary"),
                        areas.size() + 1, List.of()));
            }
            for (YamlEntry entry : pathwaysRoot.children("pathways", "pathway", 0, Integer.MAX_VALUE)) {
                pathways.add(readPathway(entry, pathwaysFile.name(), areas));
            }
        }
        List<Prerequisite> edges = new ArrayList<>();
        YamlEntry prerequisitesRoot = parse(prerequisitesFile, "");
        if (prerequisitesRoot != null) {
            prerequisitesRoot.allowOnly(Set.of("edges"));
            for (YamlEntry entry : prerequisitesRoot.children("edges", "edge", 0, Integer.MAX_VALUE)) {
                entry.allowOnly(EDGE_KEYS);
                edges.add(new Prerequisite(entry.text("before"), entry.text("after"), entry.text("why")));
            }
        }
        checkReferences(pathways, edges, pathwaysFile.name(), prerequisitesFile.name());
        problems.throwIfAny();

        List<String> topicOrder = areas.stream().flatMap(a -> a.topics().stream()).map(Topic::id).toList();
        PrerequisiteGraph graph;
        try {
            graph = new PrerequisiteGraph(topicOrder, edges);
        } catch (PrerequisiteCycleException cycle) {
            problems.add(prerequisitesFile.name(), "edges", cycle.getMessage());
            problems.throwIfAny();
            throw cycle;
        }
        return new Curriculum(areas, pathways, edges, graph);
    }

    private YamlEntry parse(ContentFile file, String rootEntry) {
        JsonNode node;
        try {
            node = yaml.readTree(file.text());
        } catch (JacksonException e) {
            problems.add(file.name(), "file", "not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.add(file.name(), "file", "must hold a YAML mapping at the top level");
            return null;
        }
        return new YamlEntry(node, file.name(), rootEntry, problems.sink());
    }

    private Area readArea(YamlEntry root, int order, String file) {
        root.allowOnly(AREA_KEYS);
        String areaId = unique("area", root.id(), root, file);
        List<Topic> topics = new ArrayList<>();
        for (YamlEntry entry : root.children("topics", "topic", 0, Integer.MAX_VALUE)) {
            entry.allowOnly(TOPIC_KEYS);
            String topicId = unique("topic", entry.id(), entry, file);
            List<Skill> skills = new ArrayList<>();
            for (YamlEntry skill : entry.children("skills", "skill", 0, Integer.MAX_VALUE)) {
                skill.allowOnly(SKILL_KEYS);
                String skillId = unique("skill", skill.id(), skill, file);
                skills.add(new Skill(skillId, skill.text("title"),
                        parseEnum(SkillKind.class, skill, "kind"), topicId));
            }
            if (skills.isEmpty()) {
                entry.problem("a topic needs at least one skill");
            }
            List<Resource> resources = readResources(entry, file, null);
            topics.add(new Topic(topicId, entry.text("title"), entry.text("summary"), areaId,
                    skills, resources));
        }
        return new Area(areaId, root.text("title"), root.text("summary"), order, topics);
    }

    /**
     * @param supports where to put each resource's {@code supports} list, for a pathway's resources; null for a
     *                 topic's, which may not have one
     */
    private List<Resource> readResources(YamlEntry owner, String file, Map<String, List<String>> supports) {
        List<Resource> resources = new ArrayList<>();
        for (YamlEntry resource : owner.children("resources", "resource", 0, Integer.MAX_VALUE)) {
            resource.allowOnly(supports == null ? RESOURCE_KEYS : PATHWAY_RESOURCE_KEYS);
            String id = unique("resource", resource.id(), resource, file);
            if (supports != null && resource.has("supports")) {
                supports.put(id, supportedTopics(resource));
            }
            String url = resource.optionalText("url");
            if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
                resource.problem("url '" + url + "' must start with https:// or http://");
            }
            resources.add(new Resource(id, resource.text("title"), resource.text("description"),
                    parseEnum(ResourceKind.class, resource, "kind"), resource.flag("free"),
                    resource.optionalText("access"), url, resource.whole("hours", 1, 200)));
        }
        return resources;
    }

    /** A pathway resource's {@code supports}: one or more known topics, none twice. */
    private List<String> supportedTopics(YamlEntry resource) {
        List<String> topicIds = resource.texts("supports", 1, Integer.MAX_VALUE);
        Map<String, String> known = idsByKind.getOrDefault("topic", Map.of());
        Set<String> seen = new HashSet<>();
        for (String topicId : topicIds) {
            if (!known.containsKey(topicId)) {
                resource.problem("supports names unknown topic '" + topicId + "'");
            }
            if (!seen.add(topicId)) {
                resource.problem("supports names topic '" + topicId + "' twice");
            }
        }
        return topicIds;
    }

    private Pathway readPathway(YamlEntry entry, String file, List<Area> areas) {
        entry.allowOnly(PATHWAY_KEYS);
        String id = unique("pathway", entry.id(), entry, file);
        int min = 0;
        int max = 0;
        YamlEntry weeks = entry.child("weeks", "weeks");
        if (weeks != null) {
            weeks.allowOnly(Set.of("min", "max"));
            min = weeks.whole("min", 1, 104);
            max = weeks.whole("max", 1, 104);
            if (min > max) {
                weeks.problem("min " + min + " is greater than max " + max);
            }
        }
        List<String> emphasis = entry.texts("emphasis", 1, Integer.MAX_VALUE);
        Map<String, List<String>> supports = new HashMap<>();
        List<Resource> resources = readResources(entry, file, supports);
        List<String> emphasisTopics = areas.stream().filter(area -> emphasis.contains(area.id()))
                .flatMap(area -> area.topics().stream()).map(Topic::id).toList();
        for (Resource resource : resources) {
            supports.putIfAbsent(resource.id(), emphasisTopics);
        }
        return new Pathway(id, entry.text("title"), entry.text("background"), min, max,
                entry.texts("focus", 1, Integer.MAX_VALUE), emphasis, resources, supports);
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, YamlEntry entry, String key) {
        String text = entry.text(key);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        if (!text.isEmpty()) {
            entry.problem("unknown " + key + " '" + text + "' (expected one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()) + ")");
        }
        return type.getEnumConstants()[0];
    }

    private String unique(String kind, String id, YamlEntry entry, String file) {
        if (id.isEmpty()) {
            return id;
        }
        String previous = idsByKind.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, file);
        if (previous != null) {
            entry.problem("duplicate " + kind + " id '" + id + "' (already used in " + previous + ")");
        }
        return id;
    }

    private void checkReferences(List<Pathway> pathways, List<Prerequisite> edges, String pathwaysFile,
                                 String prerequisitesFile) {
        Map<String, String> areas = idsByKind.getOrDefault("area", Map.of());
        Map<String, String> topics = idsByKind.getOrDefault("topic", Map.of());
        for (Pathway pathway : pathways) {
            for (String areaId : pathway.emphasisAreaIds()) {
                if (!areas.containsKey(areaId)) {
                    problems.add(pathwaysFile, "pathway '" + pathway.id() + "'",
                            "emphasis names unknown area '" + areaId + "'");
                }
            }
        }
        for (Prerequisite edge : edges) {
            String entry = "edge " + edge.before() + " -> " + edge.after();
            for (String end : List.of(edge.before(), edge.after())) {
                if (!end.isEmpty() && !topics.containsKey(end)) {
                    problems.add(prerequisitesFile, entry, "unknown topic '" + end + "'");
                }
            }
            if (edge.before().equals(edge.after())) {
                problems.add(prerequisitesFile, entry, "a topic cannot be its own prerequisite");
            }
        }
    }
}
