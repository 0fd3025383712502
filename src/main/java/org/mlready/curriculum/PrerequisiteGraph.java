package org.mlready.curriculum;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The directed acyclic graph "topic A must come before topic B", with topics kept in curriculum order. */
public final class PrerequisiteGraph {

    private final List<String> topics;
    private final Map<String, List<String>> before = new LinkedHashMap<>();
    private final Map<String, List<String>> after = new LinkedHashMap<>();
    private final List<String> order;

    public PrerequisiteGraph(List<String> topicsInCurriculumOrder, List<Prerequisite> edges) {
        this.topics = List.copyOf(topicsInCurriculumOrder);
        for (String topic : topics) {
            before.put(topic, new ArrayList<>());
            after.put(topic, new ArrayList<>());
        }
        for (Prerequisite edge : edges) {
            if (!before.containsKey(edge.before()) || !before.containsKey(edge.after())) {
                throw new IllegalArgumentException("edge names an unknown topic: " + edge);
            }
            before.get(edge.after()).add(edge.before());
            after.get(edge.before()).add(edge.after());
        }
        this.order = topologicalOrder();
    }

    /** Direct prerequisites of a topic, in curriculum order. */
    public List<String> prerequisitesOf(String topic) {
        return sorted(before.getOrDefault(topic, List.of()));
    }

    /** Topics that directly build on this one, in curriculum order. */
    public List<String> dependentsOf(String topic) {
        return sorted(after.getOrDefault(topic, List.of()));
    }

    /** Every topic that must come before this one, directly or through others, in curriculum order. */
    public Set<String> allPrerequisitesOf(String topic) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(before.getOrDefault(topic, List.of()));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (seen.add(next)) {
                pending.addAll(before.get(next));
            }
        }
        Set<String> result = new LinkedHashSet<>();
        for (String candidate : topics) {
            if (seen.contains(candidate)) {
                result.add(candidate);
            }
        }
        return result;
    }

    /** All topics, each after its prerequisites; ties keep curriculum order. */
    public List<String> order() {
        return order;
    }

    private List<String> sorted(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        copy.sort((a, b) -> Integer.compare(topics.indexOf(a), topics.indexOf(b)));
        return Collections.unmodifiableList(copy);
    }

    private List<String> topologicalOrder() {
        Map<String, Integer> waiting = new HashMap<>();
        for (String topic : topics) {
            waiting.put(topic, before.get(topic).size());
        }
        List<String> result = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (result.size() < topics.size()) {
            String next = null;
            for (String topic : topics) {
                if (!placed.contains(topic) && waiting.get(topic) == 0) {
                    next = topic;
                    break;
                }
            }
            if (next == null) {
                throw new PrerequisiteCycleException("prerequisites form a cycle: " + describeCycle(placed));
            }
            placed.add(next);
            result.add(next);
            for (String dependent : after.get(next)) {
                waiting.merge(dependent, -1, Integer::sum);
            }
        }
        return List.copyOf(result);
    }

    /** Walks back along unplaced prerequisites until a topic repeats; that loop is the cycle. */
    private String describeCycle(Set<String> placed) {
        String current = topics.stream().filter(t -> !placed.contains(t)).findFirst().orElseThrow();
        List<String> path = new ArrayList<>();
        while (!path.contains(current)) {
            path.add(current);
            current = before.get(current).stream().filter(t -> !placed.contains(t)).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        Collections.reverse(cycle);
        // Start the report at the cycle's earliest topic in curriculum order, so the message is stable.
        String first = cycle.stream().min((x, y) -> Integer.compare(topics.indexOf(x), topics.indexOf(y))).orElseThrow();
        Collections.rotate(cycle, -cycle.indexOf(first));
        cycle.add(cycle.get(0));
        return String.join(" -> ", cycle);
    }
}
