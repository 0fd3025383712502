package org.mlready.planner.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Topic;

/**
 * Puts topics' sessions in study order. A topic starts only once every topic it depends on (directly or through
 * others, among those being planned) has had all its sessions. Interleaved areas go first, alternating one session
 * from each area's current topic; after that one topic at a time, choosing among ready topics first those of an
 * emphasised area, then those leading to a pending emphasised topic, then the rest, ties in prerequisite-graph order.
 */
final class StudyOrder {

    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, Set<String>> allPrerequisites = new HashMap<>();
    private final Map<String, String> areaOf = new HashMap<>();

    StudyOrder(Curriculum curriculum) {
        List<String> order = curriculum.graph().order();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
            allPrerequisites.put(order.get(i), curriculum.graph().allPrerequisitesOf(order.get(i)));
        }
        for (Topic topic : curriculum.topics()) {
            areaOf.put(topic.id(), topic.areaId());
        }
    }

    /** @param work each planned topic's sessions, keyed in prerequisite-graph order */
    List<StudyTask> arrange(LinkedHashMap<String, List<StudyTask>> work, BackgroundAreas areas) {
        List<StudyTask> sequence = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> started = new HashSet<>();
        interleave(work, areas.interleaved(), done, started, sequence);
        while (started.size() < work.size()) {
            String next = bestReady(work, done, started, areas.emphasised());
            started.add(next);
            sequence.addAll(work.get(next));
            done.add(next);
        }
        return sequence;
    }

    private void interleave(Map<String, List<StudyTask>> work, List<String> laneAreas, Set<String> done,
                            Set<String> started, List<StudyTask> sequence) {
        List<Deque<StudyTask>> lanes = new ArrayList<>();
        List<String> laneTopics = new ArrayList<>();
        for (int i = 0; i < laneAreas.size(); i++) {
            lanes.add(new ArrayDeque<>());
            laneTopics.add(null);
        }
        boolean progressed = !laneAreas.isEmpty();
        while (progressed) {
            progressed = false;
            for (int lane = 0; lane < laneAreas.size(); lane++) {
                if (laneTopics.get(lane) == null) {
                    String next = firstReadyIn(laneAreas.get(lane), work, done, started);
                    if (next != null) {
                        started.add(next);
                        laneTopics.set(lane, next);
                        lanes.get(lane).addAll(work.get(next));
                    }
                }
                if (laneTopics.get(lane) != null) {
                    sequence.add(lanes.get(lane).removeFirst());
                    progressed = true;
                    if (lanes.get(lane).isEmpty()) {
                        done.add(laneTopics.get(lane));
                        laneTopics.set(lane, null);
                    }
                }
            }
        }
    }

    private String firstReadyIn(String area, Map<String, List<StudyTask>> work, Set<String> done, Set<String> started) {
        for (String topic : work.keySet()) {
            if (area.equals(areaOf.get(topic)) && !started.contains(topic) && ready(topic, work, done)) {
                return topic;
            }
        }
        return null;
    }

    private String bestReady(Map<String, List<StudyTask>> work, Set<String> done, Set<String> started,
                             Set<String> emphasised) {
        Set<String> leadingToEmphasis = new HashSet<>();
        for (String topic : work.keySet()) {
            if (!started.contains(topic) && emphasised.contains(areaOf.get(topic))) {
                leadingToEmphasis.addAll(allPrerequisites.get(topic));
            }
        }
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String topic : work.keySet()) {
            if (started.contains(topic) || !ready(topic, work, done)) {
                continue;
            }
            int tier = emphasised.contains(areaOf.get(topic)) ? 0 : leadingToEmphasis.contains(topic) ? 1 : 2;
            int rank = tier * position.size() + position.get(topic);
            if (rank < bestRank) {
                bestRank = rank;
                best = topic;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no topic is ready: the prerequisite graph is not acyclic");
        }
        return best;
    }

    private boolean ready(String topic, Map<String, List<StudyTask>> work, Set<String> done) {
        for (String prerequisite : allPrerequisites.get(topic)) {
            if (work.containsKey(prerequisite) && !done.contains(prerequisite)) {
                return false;
            }
        }
        return true;
    }
}
